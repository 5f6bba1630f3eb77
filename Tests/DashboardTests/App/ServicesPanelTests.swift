import CloudSim
import Testing

@testable import Dashboard

/// What the queues, topics, serverless, containers and Beanstalk panels say, row by row.
@Suite struct ServicesPanelTests {
    private func text(
        _ snapshot: Snapshot, focus: PanelID, width: Int = 160, height: Int = 48, keys: String = ""
    )
        -> String
    {
        var model = AppFixture.model(snapshot, width: width, height: height)
        model.focus = focus
        model.isZoomed = focus != .architecture
        model.type(keys)
        return AppFixture.text(model)
    }

    @Test func queuesShowTheDepthSplitAgeConsumersAndThroughput() {
        let screen = text(ServicesFixture.messaging, focus: .queues)
        #expect(screen.contains("orders"))
        #expect(screen.contains("1.2k"))  // visible
        #expect(screen.contains("340"))  // in flight
        #expect(screen.contains("4:12"))  // oldest message
        #expect(screen.contains("40/40"))  // consumers busy / total
        #expect(screen.contains("in 120/s  out 95/s"))
        #expect(screen.contains("in flight"))
        #expect(screen.contains("DLQ"))
    }

    @Test func aQueueWithoutConsumersACrashAndADeadLetterQueueOnlyReadInWords() {
        let screen = text(ServicesFixture.extremes, focus: .queues)
        #expect(screen.contains("none"))
        #expect(screen.contains("× crashed"))
        #expect(screen.contains("dlq-only (FIFO)"))
        #expect(screen.contains("10k"))  // 9,999 in the DLQ column
    }

    @Test func topicsShowFanOutAndFailedDeliveries() {
        let screen = text(ServicesFixture.messaging, focus: .topics)
        #expect(screen.contains("order-events"))
        #expect(screen.contains("fans out to 3"))
        #expect(screen.contains("→ partner-webhook"))
        #expect(screen.contains("412"))
    }

    @Test func serverlessShowsConcurrencyAgainstTheLimitAndTheStage() {
        let screen = text(ServicesFixture.messaging, focus: .serverless)
        #expect(screen.contains("λ thumbnailer"))
        #expect(screen.contains("45/1.0k"))
        #expect(screen.contains("10/10"))
        #expect(screen.contains("⌁ prod → thumbnailer"))
        #expect(screen.contains("180 ms"))
        #expect(screen.contains("920 ms"))
    }

    @Test func selectingTheStageSumsItUpOnTop() {
        let screen = text(ServicesFixture.messaging, focus: .serverless, keys: "jj")
        #expect(screen.contains("⌁ prod 240 rps  limit 210/s burst 5.0k"))
    }

    @Test func containersShowCountsDeploymentsAndTheHPA() {
        let screen = text(ServicesFixture.containers, focus: .containers)
        #expect(screen.contains("▥ api ECS  desired 6  running 6  pending 1"))
        #expect(screen.contains("api:4 IN_PROGRESS  3 tasks, 2 healthy"))
        #expect(screen.contains("api:3 COMPLETED"))
        #expect(screen.contains("☸ k8s EKS  nodes 2  pods 6/6 slots"))
        #expect(screen.contains("replicas 8  ready 5  starting 1  pending 2"))
        #expect(screen.contains("5 → 8"))
    }

    @Test func beanstalkShowsHealthBatchesAndVersions() {
        let screen = text(ServicesFixture.containers, focus: .beanstalk)
        #expect(screen.contains("○ Grey  Info  running v3"))
        #expect(screen.contains("deploy v3 → v4 Rolling  in progress  batch 2 of 3"))
        #expect(screen.contains("batches ✓ 2 ▶ 2 · 2"))
        #expect(screen.contains("■ 2 in service ◐ 2 draining"))
        #expect(screen.contains("traffic v3 50% v4 50%"))
    }

    @Test func theMapDrawsAsynchronousPathsDashedWithAKey() {
        let screen = text(ServicesFixture.messaging, focus: .architecture)
        #expect(screen.contains("⌁ prod API"))
        #expect(screen.contains("✉ order-events"))
        #expect(screen.contains("▭ orders SQS"))
        #expect(screen.contains("▣ 40 workers"))
        #expect(screen.contains("╌►"))
        #expect(screen.contains("╌► msg/s"))
    }

    @Test func theMapPutsServicesAndEnvironmentsBehindTheLoadBalancer() throws {
        let s = ServicesFixture.containers
        let links = ArchitecturePanel.serviceLinks(s)
        #expect(links.contains { $0.0 == "lb:web-alb" && $0.1 == "ecs:api" && !$0.3 })
        let screen = text(s, focus: .architecture)
        #expect(screen.contains("▥ api ECS 6/6"))
        #expect(screen.contains("◆ shop-env EB"))
    }

    @Test func noPanelPrintsNaN() {
        for panel in PanelID.allCases {
            for size in [(160, 48), (80, 24)] {
                var model = AppFixture.model(ServicesFixture.extremes, width: size.0, height: size.1)
                model.focus = panel
                model.isZoomed = true
                let screen = AppFixture.text(model).lowercased()
                #expect(!screen.contains("nan"), "\(panel) at \(size)")
            }
        }
    }
}
