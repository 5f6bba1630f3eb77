import CloudSim
import Dashboard
import Testing

/// `{` `}` step a weighted record's weight, `w` picks one, `c` fails or restores a health
/// check: each sends the right command, only for the right selection, and a second press
/// before the next tick builds on the first.
@Suite struct Route53KeyTests {
    /// The failover fixture with the Route 53 panel focused on row `row` of `route53Rows`
    /// (0 blue, 1 green, 2 primary, 3 secondary, 4 hc-primary, 5 hc-secondary).
    private func model(row: Int, isPaused: Bool = false) -> DashboardModel {
        var m = AppFixture.model(EdgeFixture.failover, isPaused: isPaused)
        m.press("6")
        #expect(m.focus == .route53)
        for _ in 0..<row { m.press("j") }
        return m
    }

    @Test func rowsAreRecordsGroupedByNameThenHealthChecks() {
        let labels = model(row: 0).route53Rows.map { row -> String in
            switch row {
            case .record(let r): r.label
            case .healthCheck(let c): c.id
            }
        }
        #expect(labels == ["blue", "green", "primary", "secondary", "hc-primary", "hc-secondary"])
    }

    @Test func closingBraceRaisesTheSelectedWeightByTenAndBuildsOnAnUnappliedPress() {
        var m = model(row: 0)
        #expect(m.press("}") == [.submit(.setRecordWeight(setIdentifier: "blue", weight: 90))])
        #expect(m.press("}") == [.submit(.setRecordWeight(setIdentifier: "blue", weight: 100))])
        // The next tick's snapshot is the truth again.
        var next = EdgeFixture.failover
        next.tick += 1
        _ = m.update(.snapshotArrived(next))
        #expect(m.press("}") == [.submit(.setRecordWeight(setIdentifier: "blue", weight: 90))])
    }

    @Test func weightsStopAtZeroAndAt255() {
        var m = model(row: 1)
        #expect(m.press("{") == [.submit(.setRecordWeight(setIdentifier: "green", weight: 10))])
        #expect(m.press("{") == [.submit(.setRecordWeight(setIdentifier: "green", weight: 0))])
        #expect(m.press("{").isEmpty)
        m.pendingRecordWeights["green"] = 250
        #expect(m.press("}") == [.submit(.setRecordWeight(setIdentifier: "green", weight: 255))])
        #expect(m.press("}").isEmpty)
    }

    @Test(arguments: [2, 3, 4, 5])
    func bracesDoNothingOnRowsWithoutAWeight(_ row: Int) {
        var m = model(row: row)
        #expect(m.press("}").isEmpty)
        #expect(m.press("{").isEmpty)
        #expect(m.press("w").isEmpty)
        #expect(m.overlay == nil)
    }

    @Test func bracesDoNothingOutsideTheRoute53Panel() {
        var m = AppFixture.model(EdgeFixture.failover)
        #expect(m.focus == .scaling)
        #expect(m.press("}").isEmpty)
        #expect(m.press("c").isEmpty)
    }

    @Test func squareBracketsStillChangeDesiredCapacity() {
        var m = model(row: 0)
        #expect(m.press("]") == [.submit(.adjustDesiredCapacity(group: "web", delta: 1))])
    }

    @Test func wOffersTheWeightsAndPickingOneSendsItAndCountsAsPending() throws {
        var m = model(row: 0)
        m.press("w")
        guard case .menu(let menu) = m.overlay else {
            Issue.record("no weight menu")
            return
        }
        #expect(menu.title == "Weight of blue (now 80)")
        #expect(menu.options.map(\.command) == DashboardModel.weightChoices.map { .setRecordWeight(setIdentifier: "blue", weight: $0) })
        let fifty = try #require(menu.options.first { $0.title.hasPrefix("weight 50") })
        #expect(m.press(fifty.key) == [.submit(.setRecordWeight(setIdentifier: "blue", weight: 50))])
        #expect(m.overlay == nil)
        #expect(m.press("}") == [.submit(.setRecordWeight(setIdentifier: "blue", weight: 60))])
    }

    @Test func weightMenuLeavesOutTheCurrentWeight() throws {
        var m = model(row: 0)
        m.pendingRecordWeights["blue"] = 100
        m.press("w")
        guard case .menu(let menu) = m.overlay else {
            Issue.record("no weight menu")
            return
        }
        #expect(!menu.options.contains { $0.command == .setRecordWeight(setIdentifier: "blue", weight: 100) })
        #expect(menu.options.count == DashboardModel.weightChoices.count - 1)
    }

    @Test func cRestoresAForcedCheckAndFailsItAgain() {
        var m = model(row: 4)
        #expect(m.press("c") == [.submit(.setHealthCheckFailing(id: "hc-primary", failing: false))])
        #expect(m.press("c") == [.submit(.setHealthCheckFailing(id: "hc-primary", failing: true))])
    }

    @Test func cFailsAHealthyCheckAndNothingOnARecord() {
        var m = model(row: 5)
        #expect(m.press("c") == [.submit(.setHealthCheckFailing(id: "hc-secondary", failing: true))])
        var onRecord = model(row: 0)
        #expect(onRecord.press("c").isEmpty)
    }

    @Test func pressesWhilePausedQueueForTheNextTick() {
        var m = model(row: 0, isPaused: true)
        m.press("}")
        m.press("}")
        #expect(
            m.queuedWhilePaused == [
                .setRecordWeight(setIdentifier: "blue", weight: 90), .setRecordWeight(setIdentifier: "blue", weight: 100),
            ])
        #expect(AppFixture.text(m).contains("weighted 100"))
    }

    @Test func theSelectedHealthCheckScrollsIntoViewAndIsHighlighted() {
        var m = model(row: 5)
        _ = m.update(.resized(width: 120, height: 40))
        let buffer = AppFixture.screen(m)
        let row = buffer.lines.firstIndex { $0.contains("hc-secondary") }
        #expect(row != nil)
        if let row {
            let x = buffer.lines[row].distance(
                from: buffer.lines[row].startIndex, to: buffer.lines[row].range(of: "hc-secondary")!.lowerBound)
            #expect(buffer[x, row].style == m.theme.selection)
        }
    }
}
