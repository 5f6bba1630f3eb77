import CloudSim
import Testing

@testable import Scenarios

/// A Worker environment's daemon settings, and the queue it names.
@Suite struct BeanstalkWorkerSectionTests {
    private func yaml(queue: String, extra: String = "", tier: String = "Worker") -> String {
        """
        name: worker
        regions:
          - {name: us-east-1, availabilityZones: [us-east-1a]}
        queues:
          - name: jobs
        beanstalkEnvironments:
          - name: workers
            tier: \(tier)
            instances: 2
            queue: \(queue)
        \(extra)
        """
    }

    @Test func theDaemonKeysReachTheWorkerTier() throws {
        let a = try ScenarioLoader.parse(
            yaml: yaml(queue: "jobs", extra: "    httpConnections: 20\n    processingTime: 300ms"), file: "w.yaml")
        guard case .worker(let daemon)? = a.beanstalkEnvironments.first?.config.tier else {
            Issue.record("not a worker environment")
            return
        }
        #expect(daemon.queue == "jobs" && daemon.httpConnections == 20 && daemon.meanProcessingSeconds == 0.3)
    }

    @Test func anUnknownQueueIsReportedWithASuggestion() {
        let lines = ServiceScenario.diagnostics(yaml(queue: "jbos"))
        #expect(lines.count == 1)
        #expect(lines.first == "x.yaml:10:12: unknown queue 'jbos' in beanstalkEnvironments[0]; valid queues are jobs", "\(lines)")
    }

    @Test func daemonKeysOnAWebServerAreRefused() {
        let lines = ServiceScenario.diagnostics(
            yaml(queue: "jobs", extra: "    httpConnections: 20", tier: "WebServer").replacingOccurrences(
                of: "    queue: jobs\n", with: ""))
        #expect(lines == ["x.yaml:10:22: 'httpConnections' applies to a Worker environment's daemon"], "\(lines)")
    }
}
