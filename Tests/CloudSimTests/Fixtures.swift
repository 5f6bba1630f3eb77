import CloudSim

/// Architectures built in code for engine tests (no YAML involved).
enum Fixtures {
    static let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]

    /// traffic -> ALB -> ASG across three zones.
    static func webApp(
        rps: RatePattern = .ramp(from: 150, to: 650, start: 60, duration: 480), minSize: Int = 2, maxSize: Int = 12,
        desired: Int = 3, instanceType: String = "m5.large", policies: [ScalingPolicyConfig]? = nil,
        healthCheckType: HealthCheckType = .elb, warmup: Double? = 60, algorithm: RoutingAlgorithm = .roundRobin,
        kind: LoadBalancerKind = .application, timeline: [TimelineEntry] = [], monitoring: Monitoring = .detailed,
        creditMode: CreditMode? = nil, deregistrationDelay: Double = 300, grace: Double = 120
    ) -> Architecture {
        Architecture(
            name: "web-app", title: "test",
            regions: [RegionConfig(name: "us-east-1", availabilityZones: zones)],
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
}

extension Simulation {
    /// Steps until simulated second `seconds`.
    mutating func run(until seconds: Double) {
        while time < seconds - 1e-9 { step() }
    }
}
