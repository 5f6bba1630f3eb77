import CloudSim
import Dashboard
import Testing

/// Edge faults in the `f` menu: offered only when the scenario has an edge, the focused
/// edge panel's first, and as heal entries while active.
@Suite struct EdgeMenuTests {
    private func menu(_ snapshot: Snapshot, keys: String = "", width: Int = 160, height: Int = 48) -> Menu? {
        var model = AppFixture.model(snapshot, width: width, height: height)
        model.type(keys + "f")
        if case .menu(let menu) = model.overlay { return menu }
        return nil
    }

    private func offered(_ menu: Menu?) -> [(FaultKind, String)] {
        (menu?.options ?? []).compactMap { option in
            if case .injectFault(let spec) = option.command { return (spec.kind, spec.target) }
            return nil
        }
    }

    @Test func computeOnlyScenariosOfferNoEdgeFaults() {
        for snapshot in [AppFixture.calm, AppFixture.bare] {
            #expect(!offered(menu(snapshot)).contains { FaultKind.edge.contains($0.0) })
        }
    }

    @Test func anEdgeScenarioOffersRegionsDistributionsAndBuckets() {
        let faults = offered(menu(EdgeFixture.calm))
        let edge = faults.filter { FaultKind.edge.contains($0.0) }
        #expect(edge.map(\.0) == [.regionOutage, .regionOutage, .originFailure, .invalidate, .originFailure])
        #expect(edge.map(\.1) == ["us-east-1", "eu-west-1", "web-cdn", "web-cdn", "site-bucket"])
        // Traffic stays last, as before.
        #expect(faults.suffix(2).map(\.0) == [.trafficSpike, .trafficDDoS])
    }

    @Test func invalidateActsOnceAndTheOthersLastFiveMinutes() throws {
        let options = try #require(menu(EdgeFixture.calm)).options
        for option in options {
            guard case .injectFault(let spec) = option.command, FaultKind.edge.contains(spec.kind) else { continue }
            #expect(spec.durationSeconds == (spec.kind == .invalidate ? nil : 300), "\(option.title)")
        }
    }

    @Test func theCloudFrontPanelPutsItsDistributionFirst() {
        let faults = offered(menu(EdgeFixture.calm, keys: "5"))
        #expect(faults.prefix(2).map(\.0) == [.originFailure, .invalidate])
        #expect(faults.prefix(2).map(\.1) == ["web-cdn", "web-cdn"])
        #expect(faults.filter { $0 == (.invalidate, "web-cdn") }.count == 1)
    }

    @Test func theRoute53PanelPutsRegionOutagesFirst() {
        let faults = offered(menu(EdgeFixture.calm, keys: "6"))
        #expect(faults.prefix(2).map(\.0) == [.regionOutage, .regionOutage])
        #expect(faults.filter { $0.0 == .regionOutage }.count == 2)
    }

    @Test func anActiveEdgeFaultIsOfferedAsHeal() throws {
        var snapshot = EdgeFixture.calm
        var outage = try #require(AppFixture.faulted.faults.first)
        outage.spec = FaultSpec(kind: .regionOutage, target: "us-east-1", durationSeconds: 300)
        snapshot.faults = [outage]
        let options = try #require(menu(snapshot, keys: "6")).options
        #expect(options[0].title == "heal region:outage us-east-1")
        #expect(options[0].command == .heal(kind: .regionOutage, target: "us-east-1"))
        #expect(!offered(menu(snapshot)).contains { $0 == (.regionOutage, "us-east-1") })
        var model = AppFixture.model(snapshot)
        model.type("6f")
        #expect(model.press(options[0].key) == [.submit(.heal(kind: .regionOutage, target: "us-east-1"))])
    }

    @Test(arguments: ["f", "1f", "5f", "6f", "6jjjjf", "3jf"])
    func everyEdgeMenuOptionIsVisibleAtTheMinimumSize(_ keys: String) throws {
        var model = AppFixture.model(EdgeFixture.failover, width: 80, height: 24)
        model.type(keys)
        guard case .menu(let menu) = model.overlay else {
            Issue.record("no menu for \(keys)")
            return
        }
        let text = AppFixture.text(model)
        for option in menu.options {
            #expect(text.contains(" \(option.key)  \(option.title)"), "option \(option.key) \(option.title)")
        }
        let keys = menu.options.map(\.key)
        #expect(Set(keys).count == keys.count)
    }
}
