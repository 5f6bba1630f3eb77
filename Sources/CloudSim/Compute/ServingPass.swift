/// What one tick's serving loop carries from instance to instance: the tick's constants, the
/// last load balancer's figures, and sums written back once at the end.
///
/// Every sum here is of integers, or is added in the same order as before (`GroupCPUSums`),
/// so the results are bit for bit those of per-instance writes.
struct ServingPass {
    /// Simulated seconds now, and per tick.
    let now: Double
    let dt: Double
    /// Requests served without an application error, for the run, interval and second totals.
    var succeeded = 0
    var sums = GroupCPUSums()
    /// The latency class alike instances in a row add to, and what they added so far.
    private var runClass = -1
    private var runEntry = LatencyClasses.Entry(
        balancer: 0, servers: 0, serviceRate: 0, rhoStep: 0, offsetMillis: 0, weight: 0)
    /// (The repeated ticks add to it directly what `addLatency` would add.)
    var runWeight = 0.0
    private var workMemo = (WorkShare(), WorkShare())
    /// The serving conditions in use: a copy of row `conditionsIndex` of the table, taken at
    /// its `conditionsVersion` (-1 = none yet).
    var conditions = ServingConditions()
    var conditionsIndex = -1
    var conditionsVersion = 0
    /// The load step and mean sojourn last computed, and the arrival rate, vCPUs and service
    /// rate they were computed for (0 vCPUs = none yet).
    private var loadArrivalRate = 0.0
    private var loadVCPUs = 0.0
    private var loadServiceRate = 0.0
    private(set) var rhoStep = 0
    private(set) var sojournMillis = 0.0
    /// The last plain busy tick, for alike instances after it to repeat.
    var repeatable = RepeatableTick()
    /// The load balancer whose figures are cached below (-1 = none yet).
    private(set) var balancer = -1
    private(set) var faultLatencyMillis = 0.0

    init(now: Double, dt: Double) {
        self.now = now
        self.dt = dt
    }

    /// Adds served requests to their latency class; false when the class table is full (the
    /// caller records them directly). Alike instances in a row sum into one pending weight.
    @inline(__always)
    mutating func addLatency(_ e: LatencyClasses.Entry, to classes: inout LatencyClasses) -> Bool {
        if runClass >= 0, runEntry.matches(e) {
            runWeight += e.weight
            return true
        }
        return openRun(e, in: &classes)
    }

    private mutating func openRun(_ e: LatencyClasses.Entry, in classes: inout LatencyClasses) -> Bool {
        flushRun(into: &classes)
        guard let k = classes.classIndex(matching: e) else { return false }
        runClass = k
        runEntry = e
        runWeight = e.weight
        return true
    }

    /// Adds the pending weight to its class.
    mutating func flushRun(into classes: inout LatencyClasses) {
        guard runClass >= 0 else { return }
        classes.addWeight(runWeight, toClass: runClass)
        runClass = -1
    }

    /// The CPU share `served` requests take on an instance: `served * cpuMillisPerRequest /
    /// 1000 / (vcpus * dt)`, remembered for the last two argument sets (round robin hands
    /// alike instances one of two counts a tick), saving two divisions per instance.
    @inline(__always)
    mutating func workShare(served: Int, cpuMillisPerRequest: Double, vcpus: Double) -> Double {
        if let hit = workMemo.0.share(served, cpuMillisPerRequest, vcpus) { return hit }
        if let hit = workMemo.1.share(served, cpuMillisPerRequest, vcpus) { return hit }
        let work = Double(served) * cpuMillisPerRequest / 1000
        let share = work / (vcpus * dt)
        workMemo.1 = workMemo.0
        workMemo.0 = WorkShare(served: served, cpuMillisPerRequest: cpuMillisPerRequest, vcpus: vcpus, share: share)
        return share
    }

    /// Whether `rhoStep` and `sojournMillis` are those of these arguments (bit for bit).
    @inline(__always)
    func loadHolds(arrivalRate: Double, vcpus: Double, serviceRate: Double) -> Bool {
        loadArrivalRate.bitPattern == arrivalRate.bitPattern && loadVCPUs.bitPattern == vcpus.bitPattern
            && loadServiceRate.bitPattern == serviceRate.bitPattern
    }

    /// Remembers the load step and mean sojourn computed for these arguments.
    mutating func remember(
        arrivalRate: Double, vcpus: Double, serviceRate: Double, rhoStep: Int, sojournMillis: Double
    ) {
        loadArrivalRate = arrivalRate
        loadVCPUs = vcpus
        loadServiceRate = serviceRate
        self.rhoStep = rhoStep
        self.sojournMillis = sojournMillis
    }

    /// Caches a load balancer's added latency.
    mutating func use(balancer b: Int, faultLatencyMillis: Double) {
        balancer = b
        self.faultLatencyMillis = faultLatencyMillis
    }
}

/// One remembered result of `ServingPass.workShare` (bit-for-bit argument match).
struct WorkShare {
    var served = -1
    var cpuMillisPerRequest = 0.0
    var vcpus = 0.0
    var share = 0.0

    /// The share, if the arguments are these.
    @inline(__always)
    func share(_ served: Int, _ cpuMillisPerRequest: Double, _ vcpus: Double) -> Double? {
        self.served == served && self.cpuMillisPerRequest.bitPattern == cpuMillisPerRequest.bitPattern
            && self.vcpus.bitPattern == vcpus.bitPattern ? share : nil
    }
}
