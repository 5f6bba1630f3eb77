extension Simulation {
    /// CPU, credit and group-metric bookkeeping of one tick at utilisation `util`.
    @inline(__always)
    mutating func account(_ h: inout InstanceHot, _ i: Int, utilisation: Double, _ pass: inout ServingPass) {
        let util = min(1, utilisation, h.utilCap)
        h.busySecond += util
        if h.isBurstable { spendCredits(&h, i, utilisation: util) }
        addGroupCPU(&h, util, now: pass.now, &pass.sums)
    }

    /// Adds an InService group member's utilisation to its group's CPU sums (not for scaling
    /// while it warms up).
    @inline(__always)
    mutating func addGroupCPU(_ h: inout InstanceHot, _ util: Double, now: Double, _ sums: inout GroupCPUSums) {
        if let g = h.group, h.state == .inService {
            // Inline warm-up check: calling `isWarmingUp` copied the whole simulation each time.
            let warming = h.warmupSeconds.map { warmup in now - (h.inServiceSince ?? -.infinity) < warmup } ?? false
            sums.add(util, group: g, countsForScaling: !warming, groups: &groups)
        }
    }

    /// Whether an InService group member is inside its group's warm-up window.
    func isWarmingUp(_ i: Int) -> Bool {
        guard let warmup = hot[i].warmupSeconds, hot[i].state == .inService,
            let since = hot[i].inServiceSince
        else { return false }
        return time - since < warmup
    }

    /// Burstable credit accounting for one tick at utilisation `util` (0...1 of the instance).
    @inline(never)
    private mutating func spendCredits(_ h: inout InstanceHot, _ i: Int, utilisation util: Double) {
        let type = instances[i].type
        guard type.isBurstable else { return }
        let earned = type.creditsPerHour * tickSeconds / 3600
        var spent = Double(type.vcpus) * util * tickSeconds / 60
        if instances[i].launchCredits > 0 {
            let fromLaunch = min(spent, instances[i].launchCredits)
            instances[i].launchCredits -= fromLaunch
            spent -= fromLaunch
        }
        var balance = min(type.maxCredits, instances[i].credits + earned - spent)
        switch instances[i].creditMode {
        case .standard:
            balance = max(0, balance)
        case .unlimited:
            // Surplus beyond a day's earnings is billed at once; the rest is paid back by earnings.
            if balance < -type.maxCredits {
                bill.chargeSurplusCredits(-type.maxCredits - balance)
                balance = -type.maxCredits
            }
        }
        instances[i].credits = balance
        if instances[i].creditMode == .standard {
            Self.refreshRate(
                &h, &servingConditions, i, type: type, creditMode: .standard, credits: balance,
                launchCredits: instances[i].launchCredits, app: instances[i].app, tickSeconds: tickSeconds)
        }
    }

    /// Recomputes the cached service rate and backlog limit (type, stress or credits changed).
    mutating func refreshRate(_ i: Int) {
        Self.refreshRate(
            &hot[i], &servingConditions, i, type: instances[i].type, creditMode: instances[i].creditMode,
            credits: instances[i].credits, launchCredits: instances[i].launchCredits, app: instances[i].app,
            tickSeconds: tickSeconds)
    }

    /// `refreshRate(_:)` from the cold fields it needs (passed one by one: copying a whole
    /// `InstanceState` costs more than the computation).
    private static func refreshRate(
        _ h: inout InstanceHot, _ table: inout ServingConditionsTable, _ i: Int, type: InstanceType,
        creditMode: CreditMode, credits: Double, launchCredits: Double, app: AppProfile, tickSeconds: Double
    ) {
        // A standard-mode burstable instance may use its baseline (paid for by this tick's
        // earnings) plus what its balance can fund; once the balance is gone it runs at exactly
        // the baseline, not at full speed every time a tick's earnings leave a sliver of credit.
        var share = 1.0
        if let baseline = type.baselinePerVCPU, creditMode == .standard {
            let fullTick = Double(type.vcpus) * tickSeconds / 60
            share = min(1, baseline + max(0, credits + launchCredits) / fullTick)
        }
        let rate = 1000 / max(0.001, app.cpuMillisPerRequest) * share * (1 - min(0.99, h.stress))
        var c = table.rows[i]
        c.ratePerVCPU = rate
        c.vcpus = Double(type.vcpus)
        h.utilCap = share
        h.isBurstable = type.isBurstable
        h.backlogLimit = max(1, Int(rate * Double(type.vcpus) * app.maxQueueSeconds))
        c.cpuMillisPerRequest = app.cpuMillisPerRequest
        c.baseLatencyMillis = app.baseLatencyMillis
        c.tickCapacity = c.vcpus * rate * tickSeconds
        // -1: not a representable count; serving then converts (and traps) as it always did.
        c.tickCapacityWhole = c.tickCapacity >= 0 && c.tickCapacity < 0x1p62 ? Int(c.tickCapacity) : -1
        c.servers = Int(c.vcpus)
        h.hasErrorRate = app.errorRate > 0
        table.set(i, c)
    }
}
