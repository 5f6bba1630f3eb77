import Yams

extension ObjectReader {
    /// A duration from `low` to `high` seconds; the complaint writes the limits as durations
    /// ("between 0s and 12h"), as the AWS console does.
    func duration(_ key: String, required: Bool = false, from low: Double, to high: Double) -> Double? {
        guard let value = duration(key, required: required, bound: .any) else { return nil }
        guard value < low || value > high else { return value }
        let text = scalar(key, required: false, expected: "a duration")?.text ?? ScalarText.format(value)
        report(
            "'\(key)' must be between \(ScalarText.durationText(low)) and \(ScalarText.durationText(high)), "
                + "got \(text)",
            about: key)
        return nil
    }

    /// Reports each of `keys` present, which only apply when `condition` names what is missing.
    func reportInapplicable(_ keys: [String], unless applies: Bool, condition: String) {
        guard !applies else { return }
        for key in present(keys) {
            log.report("'\(key)' applies only \(condition)", at: keyMark(key))
        }
    }

    /// The one key of `choices` present; reports none or several (naming `what`).
    func exactlyOne(of choices: [String], what: String) -> String? {
        let given = present(choices)
        if given.count == 1 { return given[0] }
        if given.isEmpty {
            report("\(subject) needs \(what): one of \(ScenarioDecoder.either(choices.map { "'\($0)'" }))")
        } else {
            log.report(
                "give only one of \(ScenarioDecoder.either(given.map { "'\($0)'" })) in \(subject)",
                at: keyMark(given[1]))
        }
        return nil
    }
}
