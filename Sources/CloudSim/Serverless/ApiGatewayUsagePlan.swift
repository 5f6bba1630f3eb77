/// How often a usage plan's quota resets.
public enum ApiGatewayQuotaPeriod: String, Sendable, Equatable {
    case day, week, month

    /// Seconds in the period (a month is 30 days here; AWS uses calendar months).
    public var seconds: Double {
        switch self {
        case .day: 86_400
        case .week: 7 * 86_400
        case .month: 30 * 86_400
        }
    }
}

/// A usage plan (REST APIs only, section 9): API keys, a throttle per key (rate and burst)
/// and a quota per key (requests per day, week or month). Over the quota or the throttle -> 429.
public struct ApiGatewayUsagePlan: Sendable, Equatable {
    /// Plan name.
    public var name: String
    /// API key values (names) in the plan.
    public var apiKeys: [String]
    /// Throttle per key: requests per second and burst; nil = none.
    public var rate: Double?
    public var burst: Int?
    /// Requests per key per period; nil = no quota.
    public var quotaLimit: Int?
    public var quotaPeriod: ApiGatewayQuotaPeriod

    /// Creates a plan.
    public init(
        name: String, apiKeys: [String], rate: Double? = nil, burst: Int? = nil, quotaLimit: Int? = nil,
        quotaPeriod: ApiGatewayQuotaPeriod = .day
    ) {
        self.name = name
        self.apiKeys = apiKeys
        self.rate = rate
        self.burst = burst
        self.quotaLimit = quotaLimit.map { max(0, $0) }
        self.quotaPeriod = quotaPeriod
    }
}

/// One API key's standing in its plan: its throttle bucket and the quota used this period.
public struct ApiGatewayKeyState: Sendable, Equatable {
    /// The key.
    public let apiKey: String
    /// Index of its plan in `ApiGatewayAccount.usagePlans`.
    public let plan: Int
    /// The key's bucket (nil when the plan has no throttle).
    public internal(set) var bucket: ApiGatewayTokenBucket?
    /// Requests counted against the quota this period, and the period's number.
    public internal(set) var quotaUsed = 0
    public internal(set) var period = 0
}

/// What API Gateway keeps per account and Region: the account throttle and the usage plans'
/// per-key state (shared by every stage, so a plan's quota adds up across its stages).
public struct ApiGatewayAccount: Sendable, Equatable {
    /// The account-level bucket (default 10,000 rps, burst 5,000).
    public var bucket: ApiGatewayTokenBucket
    /// The usage plans.
    public let usagePlans: [ApiGatewayUsagePlan]
    /// Every key of every plan.
    public internal(set) var keys: [ApiGatewayKeyState]
    /// Simulated seconds of the last refill, so several stages in one tick refill it once.
    var refilledTick = -1

    /// An account with `usagePlans` (a key belongs to the first plan that lists it).
    public init(bucket: ApiGatewayTokenBucket = .accountDefault, usagePlans: [ApiGatewayUsagePlan] = []) {
        self.bucket = bucket
        self.usagePlans = usagePlans
        var keys: [ApiGatewayKeyState] = []
        for (p, plan) in usagePlans.enumerated() {
            for key in plan.apiKeys where !keys.contains(where: { $0.apiKey == key }) {
                let bucket = plan.rate.map { ApiGatewayTokenBucket(rate: $0, burst: plan.burst ?? Int($0)) }
                keys.append(ApiGatewayKeyState(apiKey: key, plan: p, bucket: bucket))
            }
        }
        self.keys = keys
    }

    /// Index of `apiKey` in `keys`.
    public func keyIndex(_ apiKey: String) -> Int? { keys.firstIndex { $0.apiKey == apiKey } }
}
