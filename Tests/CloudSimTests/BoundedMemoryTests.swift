@testable import CloudSim
import Testing

/// A simulated day at full speed does not grow the engine's storage (ARCHITECTURE.md 2,
/// "Bounded memory").
@Suite struct BoundedMemoryTests {
    @Test func aSimulatedDayKeepsEveryCollectionWithinFixedBounds() {
        let day = 86_400.0
        // An instance killed and a CPU stress every 15 minutes keep the group launching and
        // terminating and fill the event log past its ring.
        var timeline: [TimelineEntry] = []
        for quarter in 1..<(24 * 4) {
            let at = Double(quarter) * 900
            timeline.append(
                TimelineEntry(at: at, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "web"))))
            timeline.append(
                TimelineEntry(
                    at: at + 300,
                    command: .injectFault(FaultSpec(kind: .cpuStress, target: "web", durationSeconds: 300))))
        }
        // Big instances keep the fleet small (1-6) so the day runs in well under a minute of a
        // debug build; a debug tick costs roughly a microsecond per instance.
        let maxSize = 6
        var sim = Simulation(
            architecture: Fixtures.webApp(
                rps: .diurnal(low: 50, high: 1200, period: day, peakAt: day / 2), minSize: 1, maxSize: maxSize,
                desired: 1, instanceType: "c5.2xlarge", timeline: timeline),
            seed: 21)
        var largestFootprint = 0
        var largestSlots = 0
        var longestQueue = 0
        var desiredSeen = Set<Int>()
        for _ in 0..<(24 * 60) {
            sim.run(until: sim.time + 60)
            largestFootprint = max(largestFootprint, sim.storageFootprint)
            largestSlots = max(largestSlots, sim.instances.count)
            longestQueue = max(longestQueue, sim.hot.map(\.queue.slotCount).max() ?? 0)
            desiredSeen.insert(sim.groups[0].desired)
        }
        #expect(desiredSeen.count > 4, "the fleet followed the day: \(desiredSeen.sorted())")
        #expect(sim.instanceCounter > 2 * maxSize, "many more launches than slots")
        // Terminated instances' slots are reused: never more than twice the group's maximum.
        #expect(largestSlots <= 2 * maxSize, "instance slots: \(largestSlots)")
        #expect(sim.freeSlots.count <= sim.instances.count)
        // A queue holds at most one cohort per tick of the 60 s idle timeout.
        #expect(longestQueue <= 601)
        // Commands: exactly the timeline; instantaneous and expired faults are gone.
        #expect(sim.commandLog.count == timeline.count)
        #expect(sim.faults.isEmpty)
        // Fixed rings: events, history at both resolutions, group metrics, alarm datapoints.
        #expect(sim.events.totalCount > 1000)
        #expect(sim.events.recent(Int.max).count == 1000)
        #expect(sim.history.rps.perSecond.count == 600)
        #expect(sim.history.rps.perMinute.count == 1440)
        #expect(sim.groups[0].cpuHistory.count <= sim.groups[0].cpuHistory.capacity)
        #expect(sim.groups[0].desiredHistory.count <= sim.groups[0].desiredHistory.capacity)
        #expect(sim.groups[0].alarms.allSatisfy { $0.datapoints.count <= $0.datapoints.capacity })
        // Everything growable together: slots, free slots, registrations, targets, commands, cohorts.
        let bound = 2 * maxSize * 4 + timeline.count + 2 * maxSize * 60
        #expect(largestFootprint <= bound, "footprint \(largestFootprint) within \(bound)")
        print("bounded-memory: footprint max \(largestFootprint), slots \(largestSlots), longest queue \(longestQueue)")
    }
}
