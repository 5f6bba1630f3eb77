/// One round of a health check (every checker region probed once), for the panel's history.
public struct Route53HealthCheckResult: Sendable, Equatable {
    /// Tick of the round.
    public var tick: Int
    /// Checkers whose probe passed in this round.
    public var passingProbes: Int
    /// Checkers that currently consider the endpoint healthy (after their threshold).
    public var healthyCheckers: Int
    /// Number of checkers.
    public var checkers: Int
    /// Status Route 53 reports after the round (inversion applied).
    public var isHealthy: Bool

    /// Creates a result.
    public init(tick: Int, passingProbes: Int, healthyCheckers: Int, checkers: Int, isHealthy: Bool) {
        self.tick = tick
        self.passingProbes = passingProbes
        self.healthyCheckers = healthyCheckers
        self.checkers = checkers
        self.isHealthy = isHealthy
    }
}

/// A running Route 53 health check: one checker per region, all probing at the same instants.
///
/// The first round runs one interval after `startTick`, then one every interval (a
/// simplification: real checkers are staggered, so an endpoint sees a probe every ~2 s).
/// Each checker flips its view after `failureThreshold` consecutive opposite results; the
/// check is healthy while more than 18 % of checkers say healthy. So an endpoint that fails
/// at tick 0 is reported unhealthy at exactly `interval × threshold` (90 s by default).
/// New checks start healthy (unhealthy when inverted); a disabled check probes nothing and
/// is always healthy.
public struct Route53HealthCheckState: Sendable {
    /// Rounds kept in `history`.
    public static let historyCapacity = 30

    /// The configuration.
    public let config: Route53HealthCheckConfig
    /// Each checker region's current view, in `config.regions` order.
    public private(set) var checkerHealthy: [Bool]
    /// Status Route 53 reports (disabled and inverted applied).
    public private(set) var isHealthy: Bool
    /// Rounds run so far.
    public private(set) var rounds = 0
    /// Recent rounds, oldest first.
    public private(set) var history = RingBuffer(
        capacity: historyCapacity,
        filler: Route53HealthCheckResult(
            tick: 0, passingProbes: 0, healthyCheckers: 0, checkers: 0, isHealthy: true))
    private var opposingStreak: [Int]
    private let intervalTicks: Int
    private var nextRoundTick: Int

    /// Starts a check at `startTick`; `tickSeconds` converts the interval to ticks.
    public init(config: Route53HealthCheckConfig, startTick: Int = 0, tickSeconds: Double) {
        self.config = config
        checkerHealthy = Array(repeating: true, count: config.regions.count)
        opposingStreak = Array(repeating: 0, count: config.regions.count)
        intervalTicks = max(1, Int((config.interval.seconds / tickSeconds).rounded()))
        nextRoundTick = startTick + intervalTicks
        isHealthy = config.isDisabled || !config.isInverted
    }

    /// Checkers that currently see the endpoint healthy.
    public var healthyCheckers: Int { checkerHealthy.count { $0 } }

    /// What the checkers conclude before inversion: more than 18 % of them healthy.
    public var isEndpointHealthy: Bool {
        Double(healthyCheckers) > Route53HealthCheckConfig.healthyCheckerShare * Double(checkerHealthy.count)
    }

    /// Runs the round due at `tick`, if any; returns whether the reported status changed.
    ///
    /// `passProbability(region)` is the chance a probe from that checker region passes this
    /// round: 1 for a reachable endpoint, 0 for an unreachable one (no random draw is made
    /// for 0 or 1), in between for an endpoint failing part of its requests.
    public mutating func step(
        tick: Int, passProbability: (_ checkerRegion: String) -> Double, random: inout SimRandom
    ) -> Bool {
        guard !config.isDisabled, tick >= nextRoundTick else { return false }
        nextRoundTick = max(nextRoundTick + intervalTicks, tick + 1)
        var passing = 0
        for (i, region) in config.regions.enumerated() {
            let passed = random.binomial(1, min(1, max(0, passProbability(region)))) == 1
            if passed { passing += 1 }
            if passed == checkerHealthy[i] {
                opposingStreak[i] = 0
            } else {
                opposingStreak[i] += 1
                if opposingStreak[i] >= config.failureThreshold {
                    checkerHealthy[i] = passed
                    opposingStreak[i] = 0
                }
            }
        }
        rounds += 1
        let was = isHealthy
        isHealthy = isEndpointHealthy != config.isInverted
        history.append(
            Route53HealthCheckResult(
                tick: tick, passingProbes: passing, healthyCheckers: healthyCheckers,
                checkers: checkerHealthy.count, isHealthy: isHealthy))
        return was != isHealthy
    }
}
