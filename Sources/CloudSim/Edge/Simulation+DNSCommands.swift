extension Simulation {
    /// Changes the weight of a weighted record in whichever zone has it.
    mutating func setRecordWeight(_ setIdentifier: String, weight: Int) {
        let clamped = min(255, max(0, weight))
        var found = false
        for z in zones53.indices where zones53[z].zone.records.contains(where: { $0.setIdentifier == setIdentifier }) {
            log(.command, setIdentifier, "Route 53 weight of \(setIdentifier) set to \(clamped)")
            zones53[z].setWeight(clamped, of: setIdentifier, tick: tick)
            found = true
        }
        if !found { log(.warning, setIdentifier, "no weighted record \(setIdentifier) in any hosted zone") }
    }

    /// Makes every probe of a health check's endpoint fail, or stops doing so.
    mutating func setHealthCheckFailing(_ id: String, failing: Bool) {
        guard zones53.contains(where: { $0.healthChecks.contains { $0.config.id == id } }) else {
            log(.warning, id, "no health check \(id) in any hosted zone")
            return
        }
        if failing {
            forcedFailingChecks.insert(id)
            log(.critical, id, "health check \(id): its endpoint now fails every probe")
        } else {
            forcedFailingChecks.remove(id)
            log(.info, id, "health check \(id): its endpoint answers probes again")
        }
    }
}
