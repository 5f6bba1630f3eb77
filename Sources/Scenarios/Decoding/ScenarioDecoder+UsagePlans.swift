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

    /// The stage's plans, or nil if any is broken. Plan names are unique in the stage; an API
    /// key belongs to one plan of a stage, as in API Gateway.
    func decodeUsagePlans(_ stage: ObjectReader) -> [ApiGatewayUsagePlan]? {
        let readers = stage.objects("usagePlans", keys: Self.usagePlanKeys)
        var names = NameTable()
        var keys = NameTable()
        let plans: [ApiGatewayUsagePlan] = readers.compactMap { plan in
            let name = plan.located("name", required: true)
            if let name { names.declare(name, noun: "usage plan", log: log) }
            let apiKeys = plan.strings("apiKeys", required: true, nonEmpty: true) ?? []
            for key in apiKeys { keys.declare(key, noun: "API key", log: log) }
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
