import CloudSim

/// A usage plan's quota as written.
struct QuotaLimits: Equatable {
    var limit: Int
    var period: ApiGatewayQuotaPeriod
}

/// `usagePlans` of a REST stage: API keys with a throttle and a quota each.
extension ScenarioDecoder {
    static let usagePlanKeys = ["name", "apiKeys", "throttle", "quota"]
    static let quotaKeys = ["limit", "period"]

    /// The stage's plans, or nil if any is broken. The simulation keeps plans per account, as
    /// API Gateway does, so plan names and API keys are unique across all stages (a key
    /// belongs to one plan).
    func decodeUsagePlans(_ stage: ObjectReader) -> [ApiGatewayUsagePlan]? {
        let readers = stage.objects("usagePlans", keys: Self.usagePlanKeys)
        let plans: [ApiGatewayUsagePlan] = readers.compactMap { plan in
            let name = plan.located("name", required: true)
            if let name { usagePlans.declare(name, noun: "usage plan", log: log) }
            let apiKeys = plan.strings("apiKeys", required: true, nonEmpty: true) ?? []
            for key in apiKeys { self.apiKeys.declare(key, noun: "API key", log: log) }
            let throttle = plan.object("throttle", keys: Self.throttleKeys).map {
                decodeThrottle($0, burstRequired: false)
            }
            let quota = plan.object("quota", keys: Self.quotaKeys).map(decodeQuota)
            guard let name, !apiKeys.isEmpty, throttle != .some(nil), quota != .some(nil) else { return nil }
            let limits = throttle.flatMap { $0 }
            let limit = quota.flatMap { $0 }
            return ApiGatewayUsagePlan(
                name: name.value, apiKeys: apiKeys.map(\.value), rate: limits?.rate,
                burst: limits?.burst ?? limits.map { Int($0.rate.rounded(.up)) }, quotaLimit: limit?.limit,
                quotaPeriod: limit?.period ?? .day)
        }
        return plans.count == readers.count ? plans : nil
    }

    /// `{limit, period}`: requests per key per `DAY` (default), `WEEK` or `MONTH`.
    private func decodeQuota(_ quota: ObjectReader) -> QuotaLimits? {
        let limit = quota.whole("limit", required: true)
        let period = quota.choice(
            "period", noun: "quota period",
            options: [("DAY", ApiGatewayQuotaPeriod.day), ("WEEK", .week), ("MONTH", .month)])
        guard let limit, period != nil || !quota.has("period") else { return nil }
        return QuotaLimits(limit: limit, period: period ?? .day)
    }
}

extension ScenarioDecoder {
    /// A traffic source's `apiKey`: one of a usage plan's keys, sent to an API stage.
    func checkApiKey(_ key: Located, target: Located, in place: String) {
        guard apiStages.contains(target.value) else {
            log.report(
                "'apiKey' applies only to traffic aimed at an API stage; '\(target.value)' is not one",
                at: key.mark)
            return
        }
        apiKeys.check(key, noun: "API key", plural: "API keys", in: place, log: log)
    }
}
