/// Engine benchmarks: how many simulated seconds one wall second buys.
public enum Benchmark {
    /// One benchmark result.
    public struct Result: Sendable {
        /// Case name.
        public var name: String
        /// Simulated seconds per wall second.
        public var realTimeFactor: Double
        /// Simulated seconds run.
        public var simulatedSeconds: Double
        /// Wall seconds taken.
        public var wallSeconds: Double
        /// Free-form details.
        public var details: String

        /// `name  12345x  details`.
        public var line: String {
            let figure = fixed(realTimeFactor, 0) + "x"
            let padded = name + String(repeating: " ", count: max(1, 34 - name.count))
            return padded + figure + String(repeating: " ", count: max(1, 10 - figure.count)) + details
        }
    }

    /// A uniform fleet behind one ALB: `instances` c5.large at about 50 % CPU when the
    /// offered rate is `designRPS`, receiving `rps`.
    public static func fleet(instances: Int, rps: Double, designRPS: Double? = nil) -> Architecture {
        let zones = ["us-east-1a", "us-east-1b", "us-east-1c"]
        let perInstance = (designRPS ?? rps) / Double(instances)
        let app = AppProfile(cpuMillisPerRequest: 0.5 * 2000 / max(perInstance, 1e-6), baseLatencyMillis: 5)
        return Architecture(
            name: "fleet-\(instances)", title: "benchmark fleet",
            regions: [RegionConfig(name: "us-east-1", availabilityZones: zones)],
            traffic: [TrafficSourceConfig(name: "load", target: "lb", pattern: .steady(rps: rps))],
            autoScalingGroups: [
                AutoScalingGroupConfig(
                    name: "fleet", instanceType: "c5.large", minSize: instances, maxSize: instances,
                    desiredCapacity: instances, availabilityZones: zones, targetGroups: ["tg"], app: app)
            ],
            loadBalancers: [
                LoadBalancerConfig(
                    name: "lb", availabilityZones: zones, targetGroups: [TargetGroupConfig(name: "tg")],
                    defaultForward: [WeightedTargetGroup(targetGroup: "tg")])
            ])
    }

    /// Steps a fresh simulation of `architecture` for `seconds` simulated seconds and times it.
    public static func measure(name: String, _ architecture: Architecture, seconds: Double, details: String) -> Result {
        var sim = Simulation(architecture: architecture, seed: 1)
        let ticks = Int((seconds / sim.tickSeconds).rounded())
        let clock = ContinuousClock()
        let start = clock.now
        sim.step(ticks)
        let elapsed = clock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return Result(
            name: name, realTimeFactor: seconds / max(wall, 1e-9), simulatedSeconds: seconds, wallSeconds: wall,
            details: details)
    }
}
