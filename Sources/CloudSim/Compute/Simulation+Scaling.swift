extension Simulation {
    /// The control plane of every group: scheduled actions, alarms and policies once a
    /// minute, cooldowns, rolling replacement, then launches and terminations toward desired.
    mutating func runScaling() {
        for g in groups.indices {
            runScheduledActions(g)
            if tick % ticksPerMinute == 0 {
                publishMinuteMetrics(g)
                evaluateAlarms(g)
                invokePolicies(g)
            }
            progressRefresh(g)
            reconcileCapacity(g)
            // After the launches and terminations of this tick, so an activity that has only
            // just been decided is not taken for finished.
            finishSimpleActivity(g)
            if tick % (10 * ticksPerSecond) == 0 { groups[g].desiredHistory.append(Double(groups[g].desired)) }
        }
    }

    /// Counts of a group's instances by what scaling cares about.
    func census(_ g: Int) -> (serving: Int, warming: Int, pending: Int, terminating: Int) {
        var c = (serving: 0, warming: 0, pending: 0, terminating: 0)
        for i in instances.indices where hot[i].group == g {
            switch hot[i].state {
            case .inService: if isWarmingUp(i) { c.warming += 1 } else { c.serving += 1 }
            case .pending: c.pending += 1
            case .terminating: c.terminating += 1
            default: break
            }
        }
        return c
    }

    /// Sets desired capacity within [min, max] and says why in the event log.
    mutating func setDesired(_ g: Int, _ value: Int, reason: String) {
        let clamped = min(groups[g].maxSize, max(groups[g].minSize, value))
        guard clamped != groups[g].desired else { return }
        let old = groups[g].desired
        groups[g].desired = clamped
        log(clamped > old ? .warning : .info, groups[g].config.name, "desired \(old) -> \(clamped) (\(reason))")
    }

    /// Each alarm in ALARM re-invokes its policy once a minute. Scale out if any policy
    /// wants to, to the largest capacity asked; scale in only if every target-tracking
    /// policy agrees, and never while instances are pending or warming up.
    private mutating func invokePolicies(_ g: Int) {
        let c = census(g)
        let desired = groups[g].desired
        var outWant: (Int, String)?
        var inWant: (Int, String)?
        var trackingDisagrees = false
        var simpleCooldown: Double?
        let trackingWithScaleIn = Set(groups[g].alarms.filter { !$0.isHigh }.map(\.policy))
        var trackingWantingIn = Set<Int>()
        for alarm in groups[g].alarms where alarm.state == .alarm {
            guard let value = alarm.datapoints.last.flatMap({ $0 }) ?? lastValue(g, alarm) else { continue }
            var proposal: Int?
            let policy = groups[g].config.policies[alarm.policy]
            switch policy {
            case .targetTracking(let tt):
                if alarm.isHigh {
                    // Warming and pending instances already count toward desired.
                    proposal = ScalingMath.targetTracking(
                        current: c.serving, metric: value, target: tt.target, scaleOut: true
                    ).flatMap { $0 > desired ? $0 : nil }
                } else if c.warming == 0 && c.pending == 0 {
                    proposal = ScalingMath.targetTracking(current: c.serving, metric: value, target: tt.target, scaleOut: false)
                    if proposal != nil { trackingWantingIn.insert(alarm.policy) }
                }
            case .step(let s):
                guard let band = s.steps.first(where: { ScalingMath.step($0, contains: value - s.alarm.threshold) })
                else { continue }
                let want = ScalingMath.apply(
                    s.adjustmentType, band.adjustment, base: c.serving, minMagnitude: s.minAdjustmentMagnitude)
                // Repeated breaches in the same band while instances warm up add nothing.
                if want > desired || (want < desired && c.warming == 0 && c.pending == 0) { proposal = want }
            case .simple(let s):
                guard time >= groups[g].cooldownUntil, !groups[g].simpleActivityRunning else { continue }
                let want = ScalingMath.apply(s.adjustmentType, s.adjustment, base: desired)
                if want != desired {
                    proposal = want
                    simpleCooldown = s.cooldown ?? groups[g].config.defaultCooldown
                }
            }
            guard let p = proposal, p != desired else { continue }
            let reason = "\(policy.name): \(alarm.config.name) \(fixed(value, 1))"
            if p > desired {
                if outWant == nil || p > outWant!.0 { outWant = (p, reason) }
            } else if inWant == nil || p > inWant!.0 {
                inWant = (p, reason)
            }
        }
        trackingDisagrees = !trackingWithScaleIn.isSubset(of: trackingWantingIn) && !trackingWantingIn.isEmpty
        if let (p, reason) = outWant {
            setDesired(g, p, reason: reason)
        } else if let (p, reason) = inWant, !trackingDisagrees || trackingWantingIn.isEmpty {
            setDesired(g, p, reason: reason)
        } else {
            return
        }
        if let cooldown = simpleCooldown, groups[g].desired != desired {
            groups[g].simpleActivityRunning = true
            groups[g].cooldownUntil = .infinity
            groups[g].pendingCooldown = cooldown
        }
    }

    private func lastValue(_ g: Int, _ alarm: AlarmRuntime) -> Double? {
        alarm.datapoints.values.reversed().compactMap { $0 }.first
    }

    /// The simple-scaling cooldown starts when the activity's last instance is done.
    private mutating func finishSimpleActivity(_ g: Int) {
        guard groups[g].simpleActivityRunning else { return }
        let c = census(g)
        if c.pending == 0 && c.terminating == 0 {
            groups[g].simpleActivityRunning = false
            groups[g].cooldownUntil = time + groups[g].pendingCooldown
        }
    }

    private mutating func runScheduledActions(_ g: Int) {
        for (k, action) in groups[g].config.scheduledActions.enumerated() where time >= groups[g].nextScheduled[k] {
            groups[g].nextScheduled[k] = action.every.map { groups[g].nextScheduled[k] + max($0, tickSeconds) } ?? .infinity
            if let m = action.minSize { groups[g].minSize = m }
            if let m = action.maxSize { groups[g].maxSize = max(m, groups[g].minSize) }
            log(.command, groups[g].config.name, "scheduled action \(action.name)")
            setDesired(g, action.desiredCapacity ?? groups[g].desired, reason: "scheduled action \(action.name)")
            if groups[g].desired < groups[g].minSize || groups[g].desired > groups[g].maxSize {
                setDesired(g, groups[g].desired, reason: "new limits")
                groups[g].desired = min(groups[g].maxSize, max(groups[g].minSize, groups[g].desired))
            }
        }
    }

    /// Launches or terminates until pending + InService equals desired; at capacity, rebalances
    /// the zones.
    private mutating func reconcileCapacity(_ g: Int) {
        var active = 0
        for i in instances.indices where hot[i].group == g && (hot[i].state == .pending || hot[i].state == .inService) { active += 1 }
        let desired = groups[g].desired
        var rebalanced = false
        if groups[g].isRebalancing && census(g).pending == 0 {
            groups[g].isRebalancing = false
            rebalanced = true
        }
        if active == desired {
            rebalanceZones(g)
        } else if active < desired {
            for _ in 0..<(desired - active) {
                guard let z = zoneForLaunch(group: g) else {
                    if tick % healthCheckTicks == 0 {
                        log(.critical, groups[g].config.name, "launch failed: no availability zone can take it")
                    }
                    return
                }
                launch(group: g, zone: z, warm: false)
            }
        } else if active > desired {
            // Rebalancing launches first and terminates once the new instance is InService.
            guard !groups[g].isRebalancing else { return }
            for _ in 0..<(active - desired) {
                guard let victim = terminationVictim(g) else { return }
                beginTermination(victim, reason: rebalanced ? "zone rebalancing" : "scale-in")
            }
        }
    }

    /// AZRebalance: when the zones that can take launches hold instance counts more than one
    /// apart, launch one in the emptiest zone, then (once it is InService) let the default
    /// termination policy remove one from the fullest. One at a time, so the group exceeds its
    /// capacity by one instance at most (AWS allows 10 % of max or one instance).
    private mutating func rebalanceZones(_ g: Int) {
        guard !groups[g].isRefreshing, tick % healthCheckTicks == 0 else { return }
        var counts = [Int](repeating: 0, count: zones.count)
        for i in instances.indices where hot[i].group == g && hot[i].state != .terminated {
            // Replacements and scaling activities first.
            if hot[i].state != .inService || instances[i].isMarkedUnhealthy || !hot[i].isRunning { return }
            counts[instances[i].zoneIndex] += 1
        }
        let usable = groups[g].zoneIndices.filter { !zoneDown[$0] }.map { counts[$0] }
        guard let fewest = usable.min(), let most = usable.max(), most - fewest > 1 else { return }
        guard let z = zoneForLaunch(group: g) else { return }
        log(.info, groups[g].config.name, "rebalancing zones: \(most) vs \(fewest) instances, launching in \(zones[z])")
        groups[g].isRebalancing = true
        launch(group: g, zone: z, warm: false)
    }
}

