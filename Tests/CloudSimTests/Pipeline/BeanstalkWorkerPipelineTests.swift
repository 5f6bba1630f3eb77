import Testing

@testable import CloudSim

/// An Elastic Beanstalk worker environment: its instances' SQS daemons drain the queue.
@Suite struct BeanstalkWorkerPipelineTests {
    private func architecture(instances: Int) -> Architecture {
        var a = Architecture(
            name: "worker-env", regions: [RegionConfig(name: "us-east-1", availabilityZones: ["us-east-1a"])],
            traffic: [TrafficSourceConfig(name: "jobs-in", target: "jobs", pattern: .steady(rps: 40))])
        a.queues = [
            QueueSpec(config: SQSQueueConfig(name: "jobs"), consumer: SQSConsumerConfig(consumers: 0), fleet: .none)
        ]
        var daemon = BeanstalkWorkerDaemon(queue: "jobs")
        daemon.httpConnections = 10
        daemon.meanProcessingSeconds = 0.5
        a.beanstalkEnvironments = [
            BeanstalkEnvironmentSpec(
                config: BeanstalkEnvironmentConfig(
                    name: "workers", tier: .worker(daemon), instances: instances,
                    initialVersion: BeanstalkApplicationVersion(label: "v1")),
                instanceType: "t3.small")
        ]
        return a
    }

    @Test func theDaemonsOfEveryServingInstanceAreTheQueuesConsumers() throws {
        var sim = Simulation(architecture: architecture(instances: 2), seed: 7)
        sim.step(600)
        let queue = try #require(sim.snapshot().queues.first)
        #expect(queue.consumersTotal == 20, "2 instances x 10 HTTP connections")
        // 40 messages/s at 0.5 s each keep 20 of 20 daemons busy on average: a queue at utilisation 1.
        #expect(queue.deletedPerSecond > 30, "the daemons delete what they process: \(queue.deletedPerSecond)/s")
        #expect(sim.invariantViolations().isEmpty)
    }

    @Test func consumersFollowTheServingInstancesThroughABadDeploy() throws {
        var sim = Simulation(architecture: architecture(instances: 2), seed: 7)
        sim.step(300)
        sim.submit(.injectFault(FaultSpec(kind: .badDeploy, target: "workers")))
        var fewest = Int.max
        for _ in 0..<60 {
            sim.step(100)
            let s = sim.snapshot()
            let env = try #require(s.beanstalk.first)
            let queue = try #require(s.queues.first)
            #expect(queue.consumersTotal == env.capacityInService * 10, "daemons only on serving instances")
            fewest = min(fewest, env.capacityInService)
        }
        #expect(fewest < 2, "the all-at-once bad deploy takes instances out of service (fewest \(fewest))")
        #expect(sim.invariantViolations().isEmpty)
    }
}
