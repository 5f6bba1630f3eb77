/// The Lambda functions of one account in one Region, sharing its concurrency.
///
/// The account limit (default 1,000, section 8.1) is shared by every function without
/// reserved concurrency; a function with reserved concurrency has that pool to itself and
/// no more. At least 100 must stay unreserved. Within a tick the unreserved pool is offered
/// to functions in an order that rotates every tick, so no function is always first.
public struct LambdaAccount: Sendable {
    /// Concurrency that must stay unreserved (section 8.1).
    public static let minimumUnreserved = 100

    /// Concurrent executions per Region.
    public let concurrencyLimit: Int
    /// The functions, in configuration order.
    public internal(set) var functions: [LambdaFunctionState]

    /// An account running `functions`.
    public init(
        functions: [LambdaFunctionConfig], concurrencyLimit: Int = LambdaFunctionState.defaultAccountConcurrency,
        tickSeconds: Double = 0.1
    ) {
        self.concurrencyLimit = max(0, concurrencyLimit)
        self.functions = functions.map { LambdaFunctionState(config: $0, tickSeconds: tickSeconds) }
        let unreserved = unreservedConcurrency
        for i in self.functions.indices { self.functions[i].accountConcurrency = unreserved }
    }

    /// Problems with the reservations: AWS refuses a reservation that leaves fewer than 100 unreserved.
    public static func validate(_ functions: [LambdaFunctionConfig], concurrencyLimit: Int) -> [String] {
        let reserved = functions.reduce(0) { $0 + ($1.reservedConcurrency ?? 0) }
        guard concurrencyLimit - reserved < minimumUnreserved else { return [] }
        return [
            "reserved concurrency \(reserved) leaves \(concurrencyLimit - reserved) of \(concurrencyLimit) unreserved; at least \(minimumUnreserved) must stay unreserved"
        ]
    }

    /// Concurrency left to functions without a reservation.
    public var unreservedConcurrency: Int {
        max(0, concurrencyLimit - functions.reduce(0) { $0 + ($1.config.reservedConcurrency ?? 0) })
    }

    /// Concurrent executions of every function in the last tick.
    public var concurrency: Double { functions.reduce(0) { $0 + $1.concurrency } }

    /// Index of the function named `name`.
    public func index(of name: String) -> Int? { functions.firstIndex { $0.name == name } }

    /// Advances every function one tick; `demands[i]` goes to `functions[i]` (missing = none).
    public mutating func step(tick: Int, demands: [LambdaDemand], random: inout SimRandom) -> [LambdaTickResult] {
        for i in functions.indices { functions[i].beginTick(tick) }
        var unreservedFree = Double(unreservedConcurrency)
        for f in functions where f.config.reservedConcurrency == nil { unreservedFree -= Double(f.busyEnvironments) }
        var results = Array(repeating: LambdaTickResult(), count: functions.count)
        let n = functions.count
        for offset in 0..<n {
            let i = (tick + offset) % n
            let demand = i < demands.count ? demands[i] : LambdaDemand()
            if let reserved = functions[i].config.reservedConcurrency {
                results[i] = functions[i].serve(tick: tick, demand: demand, ceiling: reserved, random: &random)
                continue
            }
            let busyBefore = Double(functions[i].busyEnvironments)
            let ceiling = functions[i].busyEnvironments + Int(max(0, unreservedFree).rounded(.down))
            results[i] = functions[i].serve(tick: tick, demand: demand, ceiling: ceiling, random: &random)
            unreservedFree -= functions[i].concurrency - busyBefore
        }
        return results
    }

    /// `lambda:throttle` on the function named `function` (new limit; nil heals); false if unknown.
    @discardableResult
    public mutating func setThrottleFault(function: String, limit: Int?, tick: Int) -> Bool {
        guard let i = index(of: function) else { return false }
        functions[i].setThrottleFault(limit: limit, tick: tick)
        return true
    }

    /// `lambda:errors` on the function named `function` (error rate; nil heals); false if unknown.
    @discardableResult
    public mutating func setErrorFault(function: String, rate: Double?, tick: Int) -> Bool {
        guard let i = index(of: function) else { return false }
        functions[i].setErrorFault(rate: rate, tick: tick)
        return true
    }

    /// Events of every function since the last call.
    public mutating func takeEvents() -> [SimEvent] {
        var all: [SimEvent] = []
        for i in functions.indices { all += functions[i].takeEvents() }
        return all
    }
}
