/// Seconds EC2 takes from `pending` to `running` (billing starts there), and to stop.
let ec2PendingSeconds = 10.0
let ec2StoppingSeconds = 10.0
/// Seconds a stopped instance needs for its type to be changed before it starts again.
let typeChangeSeconds = 10.0

extension Simulation {
    /// Moves every instance along its state machine.
    mutating func runLifecycle() {
        // Settled instances are skipped on their per-tick record alone: most of a large fleet
        // is InService, and its cold part is then never touched.
        for i in hot.indices where hot[i].state != .terminated && hot[i].state != .inService {
            let age = time - instances[i].stateSince
            switch hot[i].state {
            case .pending:
                guard !hot[i].isZoneDown else { continue }
                if !hot[i].isRunning && age >= min(ec2PendingSeconds, instances[i].bootSeconds) {
                    hot[i].isRunning = true
                    instances[i].runningSince = time
                }
                if age >= instances[i].bootSeconds { becomeInService(i) }
            case .stopping:
                if age >= ec2StoppingSeconds { setState(i, .stopped) }
            case .stopped:
                if let newType = instances[i].pendingType, age >= typeChangeSeconds {
                    instances[i].type = newType
                    instances[i].pendingType = nil
                    if newType.family == "t2" { instances[i].credits = 0 }
                    resetCredits(i, launch: false)
                    setState(i, .pending)
                    log(.info, instances[i].id, "started as \(newType.name)")
                }
            case .terminating:
                if !isRegisteredAnywhere(i) { finishTermination(i) }
            case .inService, .terminated:
                break
            }
        }
    }

    mutating func setState(_ i: Int, _ state: LifecycleState) {
        hot[i].state = state
        instances[i].stateSince = time
    }

    private mutating func becomeInService(_ i: Int) {
        setState(i, .inService)
        hot[i].inServiceSince = time
        // With a load balancer, registration comes before InService.
        for ref in instances[i].registrations { register(i, ref, healthy: false) }
        let owner = hot[i].group.map { groups[$0].config.name } ?? instances[i].id
        log(.info, owner, "\(instances[i].id) InService in \(instances[i].zone)")
    }

    func isRegisteredAnywhere(_ i: Int) -> Bool {
        instances[i].registrations.contains { ref in
            balancers[ref.balancer].groups[ref.group].targets.contains { $0.instance == i }
        }
    }

    /// Starts terminating an instance: deregister (drain) first, terminate when drained.
    mutating func beginTermination(_ i: Int, reason: String) {
        guard (hot[i].state != .terminated), hot[i].state != .terminating else { return }
        let wasServing = hot[i].state == .inService
        setState(i, .terminating)
        let owner = hot[i].group.map { groups[$0].config.name } ?? instances[i].id
        log(.warning, owner, "terminating \(instances[i].id): \(reason)")
        if wasServing && hot[i].isRunning && isRegisteredAnywhere(i) {
            deregister(i)
        } else {
            finishTermination(i)
        }
    }

    /// The instance is gone: in-flight requests fail, billing closes, the slot is freed.
    mutating func finishTermination(_ i: Int) {
        dropQueue(i)
        unregisterNow(i)
        stopBilling(i)
        if instances[i].credits < 0 { bill.chargeSurplusCredits(-instances[i].credits) }
        hot[i].isRunning = false
        setState(i, .terminated)
        freeSlots.append(i)
    }

    /// An instance dies suddenly (fault): its group only notices at its next health check.
    mutating func kill(_ i: Int) {
        hot[i].isRunning = false
        stopBilling(i)
        dropQueue(i)
        if hot[i].group == nil {
            log(.critical, instances[i].id, "\(instances[i].id) terminated")
            finishTermination(i)
        } else {
            instances[i].isDeadUnnoticed = true
            log(.critical, instances[i].id, "\(instances[i].id) terminated unexpectedly")
        }
    }

    /// Stops an instance (type change or zone outage): requests in flight fail, billing stops,
    /// a T2 loses its accrued credits (T3 keeps them for 7 days).
    mutating func stop(_ i: Int) {
        hot[i].isRunning = false
        stopBilling(i)
        dropQueue(i)
        if instances[i].type.family == "t2" && instances[i].credits > 0 { instances[i].credits = 0 }
        if hot[i].group == nil {
            unregisterNow(i)
            setState(i, .stopping)
        }
    }

    /// Closes the instance's billing period, charging the 60-second minimum.
    mutating func stopBilling(_ i: Int) {
        guard let since = instances[i].runningSince else { return }
        // recordMetrics has billed it up to the last completed second (this tick's comes later).
        let lastAccrual = Double((tick - 1) / ticksPerSecond * ticksPerSecond) * tickSeconds
        bill.closeRunningPeriod(
            ranFor: time - since, accrued: max(0, lastAccrual - since), pricePerHour: instances[i].type.pricePerHour)
        instances[i].runningSince = nil
    }
}
