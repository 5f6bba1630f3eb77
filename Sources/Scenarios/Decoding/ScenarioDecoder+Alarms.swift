import CloudSim

/// CloudWatch alarms of step and simple policies, and the bands of step policies.
extension ScenarioDecoder {
    static let alarmKeys = [
        "name", "metric", "comparison", "threshold", "period", "evaluationPeriods", "datapointsToAlarm",
        "treatMissingData",
    ]
    /// Comparison spellings: the symbols, and CloudWatch's operator names.
    static let comparisons: [(name: String, value: ComparisonOperator)] =
        ComparisonOperator.allCases.map { ($0.rawValue, $0) } + [
            ("GreaterThanThreshold", .greaterThan), ("GreaterThanOrEqualToThreshold", .greaterThanOrEqual),
            ("LessThanThreshold", .lessThan), ("LessThanOrEqualToThreshold", .lessThanOrEqual),
        ]

    func decodeAlarm(_ alarm: ObjectReader, defaultName: String) -> AlarmConfig? {
        let name = alarm.string("name") ?? defaultName
        let metric = alarm.choice("metric", noun: "metric", of: ScalingMetric.self) ?? .cpu
        let comparison = alarm.choice(
            "comparison", required: true, noun: "comparison", options: Self.comparisons)
        let threshold = alarm.number("threshold", required: true, bound: .any)
        let period = alarm.duration("period", bound: .positive) ?? 60
        if period != 10, period != 30, period.truncatingRemainder(dividingBy: 60) != 0 {
            alarm.report(
                "'period' must be 10, 30 or a multiple of 60 seconds, got \(ScalarText.format(period))",
                about: "period")
        }
        let evaluations = alarm.whole("evaluationPeriods", bound: .range(1, 1440)) ?? 1
        let needed = alarm.whole("datapointsToAlarm", bound: .range(1, 1440))
        if let needed, needed > evaluations {
            alarm.report(
                "'datapointsToAlarm' (\(needed)) must not exceed 'evaluationPeriods' (\(evaluations))",
                about: "datapointsToAlarm")
        }
        let missing = alarm.choice(
            "treatMissingData", noun: "missing-data treatment", of: MissingDataTreatment.self)
        guard let comparison, let threshold else { return nil }
        return AlarmConfig(
            name: name, metric: metric, comparison: comparison, threshold: threshold, periodSeconds: period,
            evaluationPeriods: evaluations, datapointsToAlarm: needed, treatMissingData: missing ?? .missing)
    }

    /// The bands of a step policy: each band must start where the previous one ends.
    func decodeSteps(_ policy: ObjectReader, type: AdjustmentType) -> [StepAdjustment]? {
        let readers = policy.objects(
            "steps", required: true, nonEmpty: true, keys: ["lower", "upper", "adjustment"])
        var bands: [(reader: ObjectReader, step: StepAdjustment)] = []
        for reader in readers {
            let lower = reader.number("lower", bound: .any)
            let upper = reader.number("upper", bound: .any)
            let adjustment = decodeAdjustment(reader, type: type)
            if let lower, let upper, lower >= upper {
                reader.report(
                    "\(reader.path) has lower bound \(ScalarText.format(lower)) not below its upper bound "
                        + "\(ScalarText.format(upper))",
                    about: "lower")
                continue
            }
            guard let adjustment, reader.has("lower") == (lower != nil), reader.has("upper") == (upper != nil)
            else {
                continue
            }
            bands.append(
                (reader, StepAdjustment(lowerBound: lower, upperBound: upper, adjustment: Double(adjustment)))
            )
        }
        guard bands.count == readers.count, !bands.isEmpty else { return nil }
        return checkContiguous(bands) ? bands.map(\.step) : nil
    }

    /// Reports overlapping bands and gaps between bands (a missing bound is infinite).
    private func checkContiguous(_ bands: [(reader: ObjectReader, step: StepAdjustment)]) -> Bool {
        let ordered = bands.sorted { ($0.step.lowerBound ?? -.infinity) < ($1.step.lowerBound ?? -.infinity) }
        var isContiguous = true
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            let end = previous.step.upperBound ?? .infinity
            let start = next.step.lowerBound ?? -.infinity
            guard end != start else { continue }
            isContiguous = false
            let relation = end > start ? "overlaps" : "leaves a gap after"
            let (nextName, previousName) = (
                Self.lastComponent(next.reader.path), Self.lastComponent(previous.reader.path)
            )
            next.reader.report(
                "\(nextName) (from \(Self.bound(start))) \(relation) \(previousName) (up to \(Self.bound(end))); "
                    + "each band must start where the previous one ends")
        }
        return isContiguous
    }

    /// `steps[1]` out of `autoScalingGroups[0].policies[0].steps[1]`.
    private static func lastComponent(_ path: String) -> String {
        String(path.split(separator: ".").last ?? Substring(path))
    }

    private static func bound(_ value: Double) -> String {
        value.isInfinite ? (value > 0 ? "infinity" : "minus infinity") : ScalarText.format(value)
    }
}
