import CloudSim

/// `traffic`: client populations, their rate patterns, regions and request mix.
extension ScenarioDecoder {
    static let trafficKeys = ["name", "target", "pattern", "clientRegions", "requestMix", "apiKey"]
    /// Requests per second accepted at most: far beyond any lesson, well inside Double's exact range.
    static let maximumRate = 1_000_000_000.0

    /// Keys each pattern type takes, besides `type`.
    static let patternKeys: [(type: String, keys: [String])] = [
        ("steady", ["rps"]),
        ("ramp", ["from", "to", "start", "duration"]),
        ("diurnal", ["low", "high", "period", "peakAt"]),
        ("spike", ["base", "peak", "at", "duration"]),
    ]

    func decodeTraffic(_ source: ObjectReader) -> TrafficSourceConfig? {
        let name = source.located("name", required: true)
        if let name { trafficSources.declare(name, noun: "traffic source", log: log) }
        let target = source.located("target", required: true)
        if let target { checkTrafficTarget(target, in: source.path) }
        let patternKeys = ["type"] + Self.patternKeys.flatMap(\.keys)
        let pattern = source.object("pattern", required: true, keys: Array(Set(patternKeys)).sorted())
            .flatMap(decodePattern)
        let regions = source.object("clientRegions", keys: nil).map(decodeClientRegions) ?? []
        let mix = source.objects("requestMix", keys: ["path", "host", "share"]).compactMap(decodeRequestClass)
        let apiKey = source.located("apiKey")
        if let apiKey, let target { checkApiKey(apiKey, target: target, in: source.path) }
        guard let name, let target, let pattern else { return nil }
        var config = TrafficSourceConfig(
            name: name.value, target: target.value, pattern: pattern, clientRegions: regions, requestMix: mix)
        config.apiKey = apiKey?.value
        return config
    }

    private func decodePattern(_ pattern: ObjectReader) -> RatePattern? {
        let types = Self.patternKeys.map { (name: $0.type, value: $0.type) }
        guard let type = pattern.choice("type", required: true, noun: "pattern type", options: types) else {
            return nil
        }
        let allowed = Self.patternKeys.first { $0.type == type }?.keys ?? []
        for key in pattern.orderedKeys where key.value != "type" && !allowed.contains(key.value) {
            let list = allowed.joined(separator: ", ")
            log.report(
                "'\(key.value)' does not apply to a \(type) pattern, which takes \(list)", at: key.mark)
        }
        let rate = NumberBound.upTo(Self.maximumRate)
        switch type {
        case "steady":
            return pattern.number("rps", required: true, bound: rate).map { .steady(rps: $0) }
        case "ramp":
            let from = pattern.number("from", required: true, bound: rate)
            let to = pattern.number("to", required: true, bound: rate)
            let start = pattern.duration("start") ?? 0
            let duration = pattern.duration("duration", required: true)
            guard let from, let to, let duration else { return nil }
            return .ramp(from: from, to: to, start: start, duration: duration)
        case "diurnal":
            return decodeDiurnal(pattern, rate: rate)
        default:
            let base = pattern.number("base", required: true, bound: rate)
            let peak = pattern.number("peak", required: true, bound: rate)
            let at = pattern.duration("at", required: true)
            let duration = pattern.duration("duration", required: true, bound: .positive)
            guard let base, let peak, let at, let duration else { return nil }
            return .spike(base: base, peak: peak, at: at, duration: duration)
        }
    }

    private func decodeDiurnal(_ pattern: ObjectReader, rate: NumberBound) -> RatePattern? {
        let low = pattern.number("low", required: true, bound: rate)
        let high = pattern.number("high", required: true, bound: rate)
        let period = pattern.duration("period", bound: .positive) ?? 86_400
        let peakAt = pattern.duration("peakAt") ?? period / 2
        if let low, let high, low > high {
            pattern.report(
                "'low' (\(ScalarText.format(low))) must not exceed 'high' (\(ScalarText.format(high)))",
                about: "low")
        }
        if peakAt > period {
            pattern.report(
                "'peakAt' must fall within one period (at most \(ScalarText.format(period)) s)",
                about: "peakAt")
        }
        guard let low, let high else { return nil }
        return .diurnal(low: low, high: high, period: period, peakAt: peakAt)
    }

    private func decodeClientRegions(_ regions: ObjectReader) -> [RegionShare] {
        regions.orderedKeys.compactMap { region in
            regions.number(region.value, bound: .positive).map {
                RegionShare(region: region.value, share: $0)
            }
        }
    }

    private func decodeRequestClass(_ request: ObjectReader) -> RequestClass? {
        let path = request.located("path", required: true)
        if let path, !path.value.hasPrefix("/") {
            log.report("'path' must start with '/', got \(ScalarText.quoted(path.value))", at: path.mark)
        }
        let host = request.string("host") ?? ""
        let share = request.number("share", bound: .positive) ?? 1
        return path.map { RequestClass(path: $0.value, host: host, share: share) }
    }
}
