import CloudSim

/// Timeline commands that steer Route 53: record weights and health check outcomes.
extension ScenarioDecoder {
    func decodeRoute53Command(_ action: String, in entry: ObjectReader) -> Command? {
        if action == "setRecordWeight" {
            guard let body = entry.object(action, keys: ["setIdentifier", "weight"]) else { return nil }
            let record = body.located("setIdentifier", required: true)
            let known =
                record.map {
                    weightedRecords.check(
                        $0, noun: "weighted record", plural: "weighted records", in: body.path, log: log)
                } ?? false
            let weight = body.whole("weight", required: true, bound: .range(0, 255))
            guard let record, known, let weight else { return nil }
            return .setRecordWeight(setIdentifier: record.value, weight: weight)
        }
        guard let body = entry.object(action, keys: ["check"]) else { return nil }
        guard let check = body.located("check", required: true),
            healthChecks.check(check, noun: "health check", plural: "health checks", in: body.path, log: log)
        else { return nil }
        return .setHealthCheckFailing(id: check.value, failing: action == "failHealthCheck")
    }
}
