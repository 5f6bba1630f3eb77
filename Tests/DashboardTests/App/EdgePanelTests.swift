import CloudSim
import Testing

@testable import Dashboard

/// The CloudFront and Route 53 panels and the edge map draw at any size, zero included, and
/// say their states in words.
@Suite struct EdgePanelTests {
    static let sizes = [(0, 0), (1, 1), (2, 2), (3, 3), (10, 3), (30, 4), (31, 5), (50, 6), (80, 20)]

    private func draw(_ panel: PanelID, _ snapshot: Snapshot, width: Int, height: Int) -> Buffer {
        var model = AppFixture.model(snapshot)
        model.focus = panel
        model.selection[panel] = 5
        var buffer = Buffer(width: width, height: height)
        let ctx = PanelContext(model: model, theme: model.theme, isFocused: true)
        switch panel {
        case .cloudFront: CloudFrontPanel.render(ctx, in: buffer.area, into: &buffer)
        case .route53: Route53Panel.render(ctx, in: buffer.area, into: &buffer)
        default: ArchitecturePanel.render(ctx, in: buffer.area, into: &buffer)
        }
        return buffer
    }

    @Test(arguments: sizes)
    func edgePanelsDrawAtAnySize(_ size: (Int, Int)) {
        for snapshot in [EdgeFixture.calm, EdgeFixture.failover, AppFixture.calm] {
            for panel in [PanelID.cloudFront, .route53, .architecture] {
                let buffer = draw(panel, snapshot, width: size.0, height: size.1)
                #expect(buffer.width == size.0 && buffer.height == size.1)
            }
        }
    }

    @Test func anEmptyAreaStaysUntouched() {
        var buffer = Buffer(width: 4, height: 4)
        let model = AppFixture.model(EdgeFixture.failover)
        let ctx = PanelContext(model: model, theme: model.theme, isFocused: false)
        CloudFrontPanel.render(ctx, in: Rect(x: 1, y: 1, width: 0, height: 0), into: &buffer)
        Route53Panel.render(ctx, in: Rect(x: 1, y: 1, width: 0, height: 2), into: &buffer)
        #expect(buffer == Buffer(width: 4, height: 4))
    }

    @Test func cloudFrontSaysTheOriginStateInWords() {
        let text = draw(.cloudFront, EdgeFixture.failover, width: 60, height: 14).lines.joined(separator: "\n")
        #expect(text.contains("× unreachable"))
        #expect(text.contains("340 waiting on it"))
        #expect(text.contains("errors 12%"))
        let calm = draw(.cloudFront, EdgeFixture.calm, width: 60, height: 14).lines.joined(separator: "\n")
        #expect(calm.contains("● healthy"))
        #expect(calm.contains("hit 91%"))
        #expect(calm.contains("saved 5.2 GB +13 MB/s"))
    }

    @Test func route53ShowsTheFailoverAndWhenClientsMove() {
        let text = draw(.route53, EdgeFixture.failover, width: 80, height: 20).lines.joined(separator: "\n")
        #expect(text.contains("us-east-1 → secondary  clients move in 42 s  api.example.com (users)"))
        #expect(text.contains("failover PRIMARY"))
        #expect(text.contains("× unhealthy"))
        #expect(text.contains("failed by hand"))
        #expect(text.contains("0/8"))
        #expect(text.contains("30 s ×3"))
    }

    @Test func healthHistoryMarksProbeResultsNewestRight() {
        let text = draw(.route53, EdgeFixture.failover, width: 80, height: 20).lines.joined(separator: "\n")
        #expect(text.contains("✓✓✓✓✓✓✓✓✗✗✗✗✗✗"))
    }

    @Test func theMapGoesClientsDnsCdnOriginCompute() {
        let columns = ArchitecturePanel.nodes(EdgeFixture.calm).map { $0.map(\.key) }
        #expect(columns == [["src:users"], ["dns:example.com"], ["cdn:web-cdn"], ["lb:web-alb", "bucket:site-bucket"], ["asg:web"]])
        let links = ArchitecturePanel.links(EdgeFixture.calm).map { "\($0.0)>\($0.1) \(Int($0.2))" }
        #expect(links.contains("src:users>dns:example.com 358"))
        #expect(links.contains("dns:example.com>cdn:web-cdn 232"))
        #expect(links.contains("dns:example.com>lb:web-alb 58"))
        #expect(links.contains("cdn:web-cdn>lb:web-alb 26"))
    }

    @Test func aFailedOverDistributionFlowsToItsSecondary() {
        var snapshot = EdgeFixture.calm
        snapshot.cloudFront[0].originStatus = .failedOver
        let links = ArchitecturePanel.links(snapshot).map { "\($0.0)>\($0.1)" }
        #expect(links.contains("cdn:web-cdn>bucket:site-bucket"))
        #expect(!links.contains("cdn:web-cdn>lb:web-alb"))
    }

    @Test func aComputeOnlyMapKeepsItsThreeColumns() {
        #expect(ArchitecturePanel.nodes(AppFixture.calm).count == 3)
    }

    @Test(arguments: [(160, 48), (120, 40), (80, 24)])
    func monochromeEdgeScreensUseNoColour(_ size: (Int, Int)) {
        for panel in [PanelID.cloudFront, .route53, .architecture] {
            var model = AppFixture.model(EdgeFixture.failover, width: size.0, height: size.1, theme: AppFixture.monochrome)
            model.themes = [AppFixture.monochrome]
            model.focus = panel
            let appendix = AppFixture.screen(model).textSnapshot()
            #expect(!appendix.contains("fg=") && !appendix.contains("bg="), "\(panel) at \(size)")
        }
    }

    @Test func bytesUseDecimalUnits() {
        #expect(Format.bytes(0) == "0 B")
        #expect(Format.bytes(999) == "999 B")
        #expect(Format.bytes(2_300) == "2.3 kB")
        #expect(Format.bytes(13_200_000) == "13 MB")
        #expect(Format.bytes(5_200_000_000) == "5.2 GB")
        #expect(Format.bytes(.nan) == "-")
    }
}
