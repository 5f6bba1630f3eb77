extension Simulation {
    /// The default termination policy: the zone with the most instances first (balance wins),
    /// then the oldest launch-template version, then the instance closest to its next billing
    /// hour, then at random.
    mutating func terminationVictim(_ g: Int) -> Int? {
        var candidates: [Int] = []
        var perZone = [Int](repeating: 0, count: zones.count)
        for i in instances.indices
        where hot[i].group == g && (hot[i].state == .pending || hot[i].state == .inService) && !instances[i].isMarkedUnhealthy {
            candidates.append(i)
            perZone[instances[i].zoneIndex] += 1
        }
        guard let most = perZone.max(), most > 0 else { return nil }
        candidates.removeAll { perZone[instances[$0].zoneIndex] != most }
        let oldest = candidates.map { instances[$0].templateVersion }.min() ?? 0
        candidates.removeAll { instances[$0].templateVersion != oldest }
        func sinceBillingHour(_ i: Int) -> Int {
            let since = instances[i].runningSince ?? time
            return Int(((time - since) * 10).rounded()) % 36_000
        }
        let closest = candidates.map(sinceBillingHour).max() ?? 0
        candidates.removeAll { sinceBillingHour($0) != closest }
        guard !candidates.isEmpty else { return nil }
        return candidates.count == 1 ? candidates[0] : candidates[Int(random.next() % UInt64(candidates.count))]
    }

    /// Rolling replacement after a group's instance type changed: terminate up to 10 % of
    /// desired (at least one) outdated instances at a time, launch their replacements with the
    /// new type, and wait until they are InService before the next batch (90 % stay healthy).
    mutating func progressRefresh(_ g: Int) {
        guard groups[g].isRefreshing else { return }
        let version = groups[g].templateVersion
        var outdated: [Int] = []
        for i in instances.indices
        where hot[i].group == g && (hot[i].state == .pending || hot[i].state == .inService) && instances[i].templateVersion < version {
            outdated.append(i)
        }
        let c = census(g)
        // The last batch is done only when its replacements are InService and the old
        // instances are gone, not as soon as the last old one starts terminating.
        guard c.pending == 0, c.terminating == 0 else { return }
        if outdated.isEmpty {
            groups[g].isRefreshing = false
            log(.info, groups[g].config.name, "instance refresh complete: all on \(groups[g].instanceType.name)")
            return
        }
        let batch = max(1, Int(0.1 * Double(groups[g].desired)))
        for i in outdated.sorted(by: { instances[$0].launchedAt < instances[$1].launchedAt }).prefix(batch) {
            instances[i].isBeingReplaced = true
            beginTermination(i, reason: "instance refresh to \(groups[g].instanceType.name)")
        }
    }
}
