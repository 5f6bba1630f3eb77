import CloudSim
import Testing

/// Same seed, same run: the container and Beanstalk models draw only from `SimRandom`.
struct ContainersDeterminismTests {
    static func run(seed: UInt64) -> (ECSServiceSnapshot, EKSClusterSnapshot) {
        var capacity = ECSCapacity.fargate
        var service = ECSServiceState(
            config: ContainersTestSupport.service(desired: 6, min: 50, breaker: .init(enable: true, rollback: true)),
            capacity: &capacity)
        var cluster = EKSClusterState(config: EKSClusterConfig(name: "k"))
        cluster.addDeployment(EKSDeploymentConfig(name: "f", replicas: 3, onFargate: true, hpa: HPAConfig(maxReplicas: 12)))
        var random = SimRandom(seed: seed)
        for tick in 0..<6_000 {
            if tick == 100 { service.deploy(ContainersTestSupport.webTask(failure: .failsToStart), tick: tick) }
            if tick % 700 == 0 { service.stopTask(tick: tick) }
            service.step(tick: tick, offeredRequestsPerSecond: 250, capacity: &capacity, random: &random)
            cluster.step(tick: tick, offered: ["f": 100 + Double(tick % 3_000) / 10], random: &random)
        }
        return (service.snapshot(tick: 6_000), cluster.snapshot(tick: 6_000))
    }

    @Test func sameSeedGivesTheSameSnapshots() {
        let a = Self.run(seed: 99)
        let b = Self.run(seed: 99)
        #expect(a.0 == b.0 && a.1 == b.1)
        #expect(a.0 != Self.run(seed: 100).0, "the Fargate start-up draws depend on the seed")
    }
}
