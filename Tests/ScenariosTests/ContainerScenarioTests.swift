import CloudSim
import Testing

@testable import Scenarios

/// The ECS, EKS and Beanstalk sections read into the engine's values, `deploy` commands read
/// back equal, and the two built-in scenarios make their points.
@Suite struct ContainerScenarioTests {
    /// Deploy commands of every shape `CommandText` writes.
    static let deploys: [Command] = [
        .deploy(DeploySpec(target: "shop", version: "v2")),
        .deploy(DeploySpec(target: "shop", version: "v3", policy: .rolling, batchSize: .percentage(30))),
        .deploy(
            DeploySpec(
                target: "shop", version: "v4", policy: .rollingWithAdditionalBatch, batchSize: .fixed(2))),
        .deploy(DeploySpec(target: "shop", version: "v5", policy: .immutable, failsHealthChecks: true)),
        .deploy(
            DeploySpec(
                target: "shop", version: "v6",
                policy: .trafficSplitting(newVersionPercent: 25, evaluationSeconds: 420))),
        .deploy(
            DeploySpec(target: "shop", version: "v\"7\"", policy: .allAtOnce, batchSize: .percentage(100))),
        .injectFault(FaultSpec(kind: .badDeploy, target: "shop", durationSeconds: 300)),
    ]

    @Test func deployCommandsReadBackEqualFromARecording() throws {
        let builtIn = try #require(BuiltInScenarios.named("beanstalk-deploys"))
        let commands = Self.deploys.enumerated().map {
            RecordedCommand(tick: 100 * ($0.offset + 1), command: $0.element)
        }
        let recording = Recording(
            recordedFrom: "beanstalk-deploys", scenarioYAML: builtIn.yaml, seed: 3, tickSeconds: 0.1,
            endTick: 9_000,
            commands: commands)
        let loaded = try RecordingLoader.parse(text: recording.text, file: "deploys.cloudtop")
        #expect(loaded.recording == recording)
    }

    @Test func ecsDeploysAndStopTaskFaultsReadBackEqualFromARecording() throws {
        let builtIn = try #require(BuiltInScenarios.named("containers"))
        let commands: [Command] = [
            .deploy(DeploySpec(target: "api", version: "v9", failsHealthChecks: true)),
            .injectFault(FaultSpec(kind: .stopTask, target: "api")),
        ]
        let recording = Recording(
            recordedFrom: "containers", scenarioYAML: builtIn.yaml, seed: 3, tickSeconds: 0.1, endTick: 900,
            commands: commands.enumerated().map { RecordedCommand(tick: 10 + $0.offset, command: $0.element) }
        )
        #expect(try RecordingLoader.parse(text: recording.text, file: "c.cloudtop").recording == recording)
    }

    @Test func theContainersScenarioReadsIntoTheEnginesValues() throws {
        let a = try #require(BuiltInScenarios.named("containers")).architecture()
        let service = try #require(a.ecsServices.first)
        #expect(
            service.launchType == .fargate && service.targetGroup == "api-tg" && service.cluster == "shop")
        #expect(service.config.taskDefinition.size == FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024))
        #expect(service.config.healthCheck == .loadBalancer)
        #expect(service.config.circuitBreaker == ECSCircuitBreakerConfig(enable: true, rollback: true))
        #expect(
            service.config.autoScaling?.targetValue == 60 && service.config.autoScaling?.maxCapacity == 12)
        let eks = try #require(a.eksClusters.first)
        #expect(eks.config.nodeGroups.map(\.nodes) == [2] && eks.nodeInstanceTypes == ["m5.large"])
        #expect(eks.deployments.first?.config.hpa?.targetCPUUtilizationPercent == 50)
        #expect(eks.deployments.first?.targetGroup == "catalog-tg")
    }

    @Test func theBeanstalkScenarioOwnsALoadBalancerTrafficTargets() throws {
        let a = try #require(BuiltInScenarios.named("beanstalk-deploys")).architecture()
        let env = try #require(a.beanstalkEnvironments.first)
        #expect(
            env.balancerName == "shop-alb" && env.config.instances == 6 && env.config.batchSize == .fixed(2))
        #expect(a.allLoadBalancers.map(\.name) == ["shop-alb"] && a.traffic.first?.target == "shop-alb")
        let policies = a.timeline.compactMap { entry -> String? in
            if case .deploy(let spec) = entry.command { return spec.policy?.name }
            return nil
        }
        #expect(
            policies == [
                "AllAtOnce", "Rolling", "RollingWithAdditionalBatch", "Immutable", "TrafficSplitting",
                "Rolling", "Immutable",
            ])
    }

    @Test func theContainersScenarioScalesPendsDeploysAndRollsBack() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("containers"))
        sim.step(Int(540 / sim.tickSeconds))
        let nine = sim.snapshot()
        #expect(nine.ecsServices[0].desired > 3, "the service scaled out on the ramp")
        #expect(nine.eksClusters[0].deployments[0].pending > 0, "two nodes are full; pods wait Pending")
        _ = sim.takeInterval()
        sim.step(Int((1_200 - 540) / sim.tickSeconds))
        let report = sim.takeInterval()
        let s = sim.snapshot()
        #expect(report.errorRate < 0.001, "the broken v3 never served a request: \(report.errorRate)")
        #expect(s.ecsServices[0].primary.isRollback && s.ecsServices[0].primary.rolloutState == .completed)
        #expect(s.events.contains { $0.message.contains("circuit breaker tripped") })
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func theBeanstalkScenarioShowsEachPolicysCapacity() throws {
        var sim = Simulation(architecture: try ScenarioSource.resolve("beanstalk-deploys"))
        var lowest: [Int: Int] = [:]  // deployment index -> lowest capacity seen
        var highest: [Int: Int] = [:]
        var index = 0
        var wasDeploying = false
        while sim.time < 3_600 {
            sim.step(10)
            let env = sim.snapshot().beanstalk[0]
            let deploying = env.deployment?.status == .inProgress
            if deploying {
                lowest[index] = min(lowest[index] ?? .max, env.capacityInService)
                highest[index] = max(highest[index] ?? 0, env.instances.reduce(0) { $0 + $1.count })
            }
            if wasDeploying && !deploying { index += 1 }
            wasDeploying = deploying
        }
        #expect(index == 7, "seven deployments ran to their end")
        #expect(lowest[0] == 0, "all at once: outage")
        #expect(lowest[1] == 4 && highest[1] == 6, "rolling: minus one batch")
        #expect(lowest[2] == 6 && highest[2] == 8, "with an additional batch: full capacity")
        #expect(lowest[3] == 6 && highest[3] == 12, "immutable: double, then back")
        #expect(lowest[4] == 6 && highest[4] == 12, "traffic splitting: double, then back")
        #expect(lowest[5] == 4, "the broken version takes out one batch")
        #expect(
            sim.snapshot().beanstalk[0].currentVersion == "v8"
                && sim.snapshot().beanstalk[0].capacityInService == 6)
    }
}
