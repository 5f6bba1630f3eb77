@testable import CloudSim
import Testing

/// Architectures built in code for engine tests (no YAML involved).
enum Fixtures {
    static let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
    static let region = RegionConfig(name: "us-east-1", availabilityZones: zones)

    /// traffic -> ALB -> ASG across three zones.
    ///
    /// Capacity to keep in mind: an m5.large (2 vCPUs, 20 ms of CPU per request) serves 100
    /// requests per second at 100 % CPU, so `rps / (100 * instances)` is the fleet's CPU.
    /// The initial fleet starts InService (not warming) in zones a, b, c, a, b, c ...
    static func webApp(
        rps: RatePattern = .ramp(from: 150, to: 650, start: 60, duration: 480), minSize: Int = 2, maxSize: Int = 12,
        desired: Int = 3, instanceType: String = "m5.large", policies: [ScalingPolicyConfig]? = nil,
        healthCheckType: HealthCheckType = .elb, warmup: Double? = 60, algorithm: RoutingAlgorithm = .roundRobin,
        kind: LoadBalancerKind = .application, timeline: [TimelineEntry] = [], monitoring: Monitoring = .detailed,
        creditMode: CreditMode? = nil, deregistrationDelay: Double = 300, grace: Double = 120
    ) -> Architecture {
        Architecture(
            name: "web-app", title: "test",
            regions: [region],
            traffic: [TrafficSourceConfig(name: "users", target: "web-alb", pattern: rps)],
            autoScalingGroups: [
                AutoScalingGroupConfig(
                    name: "web", instanceType: instanceType, minSize: minSize, maxSize: maxSize,
                    desiredCapacity: desired, availabilityZones: zones, targetGroups: ["web-tg"],
                    healthCheckType: healthCheckType, healthCheckGracePeriod: grace, defaultInstanceWarmup: warmup,
                    monitoring: monitoring, creditMode: creditMode,
                    policies: policies ?? [.targetTracking(TargetTrackingConfig(name: "cpu60", target: 60))])
            ],
            loadBalancers: [
                LoadBalancerConfig(
                    name: "web-alb", kind: kind, availabilityZones: zones,
                    targetGroups: [
                        TargetGroupConfig(name: "web-tg", algorithm: algorithm, deregistrationDelay: deregistrationDelay)
                    ],
                    defaultForward: [WeightedTargetGroup(targetGroup: "web-tg")])
            ],
            timeline: timeline)
    }

    /// traffic -> ALB -> stand-alone instances (no Auto Scaling group).
    static func standalone(
        _ instances: [InstanceConfig], rps: RatePattern, targetGroups: [String] = ["web-tg"],
        rules: [ListenerRuleConfig] = [], defaultForward: [WeightedTargetGroup]? = nil,
        requestMix: [RequestClass] = []
    ) -> Architecture {
        Architecture(
            name: "standalone", title: "test", regions: [region],
            traffic: [
                TrafficSourceConfig(name: "users", target: "web-alb", pattern: rps, requestMix: requestMix)
            ],
            instances: instances,
            loadBalancers: [
                LoadBalancerConfig(
                    name: "web-alb", availabilityZones: zones,
                    targetGroups: targetGroups.map { TargetGroupConfig(name: $0) }, rules: rules,
                    defaultForward: defaultForward ?? [WeightedTargetGroup(targetGroup: targetGroups[0])])
            ])
    }
}

extension Simulation {
    /// Steps until simulated second `seconds`.
    mutating func run(until seconds: Double) {
        while time < seconds - 1e-9 { step() }
    }

    /// Steps until `condition` holds; records an issue if it does not within `seconds` more simulated seconds.
    mutating func step(
        until condition: (Simulation) -> Bool, within seconds: Double, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let deadline = time + seconds
        while !condition(self) {
            if time >= deadline - 1e-9 {
                Issue.record("condition not met within \(seconds) s (t = \(time))", sourceLocation: sourceLocation)
                return
            }
            step()
        }
    }

    /// Slot of the live instance with this id.
    func index(of id: String) -> Int? {
        instances.indices.first { hot[$0].state != .terminated && instances[$0].id == id }
    }

    /// The target entry of a live instance in a target group (first balancer, first group by default).
    func target(_ id: String, balancer b: Int = 0, group g: Int = 0) -> TargetEntry? {
        balancers[b].groups[g].targets.first { hot[$0.instance].state != .terminated && instances[$0.instance].id == id }
    }

    /// Live instances of the first group, by zone name.
    func liveZoneCounts(group g: Int = 0) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (inst, h) in zip(instances, hot) where h.group == g && (h.state == .pending || h.state == .inService) {
            counts[inst.zone, default: 0] += 1
        }
        return counts
    }

    /// Steps one tick and returns, per target group of balancer `b`, the requests each target
    /// (by instance id) was handed during that tick.
    mutating func stepCountingRoutes(balancer b: Int = 0) -> [[String: Int]] {
        let before = balancers[b].groups.map { tg in
            Dictionary(tg.targets.map { (instances[$0.instance].id, $0.routedSecond) }, uniquingKeysWith: +)
        }
        step()
        // At the end of a second the counter was rolled into `rps` (requests in that second) and reset.
        let rolled = tick % ticksPerSecond == 0
        let span = Double(ticksPerSecond) * tickSeconds
        return balancers[b].groups.indices.map { g in
            var counts: [String: Int] = [:]
            for t in balancers[b].groups[g].targets {
                let id = instances[t.instance].id
                let now = rolled ? Int((t.rps * span).rounded()) : t.routedSecond
                counts[id, default: 0] += now - (before[g][id] ?? 0)
            }
            return counts
        }
    }
}
