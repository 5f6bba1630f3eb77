import CloudSim

/// A throttle as written: requests per second and, if given, the bucket size.
struct ThrottleLimits: Equatable {
    var rate: Double
    var burst: Int?
}

/// `apiStages`: API Gateway stages, their throttles, usage plans, integration and cache.
extension ScenarioDecoder {
    static let apiStageKeys = [
        "name", "type", "throttle", "methodThrottles", "apiKeyRequired", "usagePlans", "integration",
        "integrationTimeout", "cache", "latencyMillis",
    ]
    static let throttleKeys = ["rate", "burst"]
    static let methodThrottleKeys = ["method", "rate", "burst"]
    static let apiCacheKeys = ["ttl", "size", "catalogue"]
    static let integrationKeys = ["lambda", "loadBalancer", "queue"]
    /// Keys that only REST APIs have.
    static let restOnlyKeys = ["apiKeyRequired", "usagePlans", "cache"]
    /// The cache sizes API Gateway offers, in GB.
    static let apiCacheSizes = [0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237]

    /// A stage; its usage plans join `plans` (API Gateway keeps them per account and Region).
    func decodeApiStage(_ stage: ObjectReader, plans allPlans: inout [ApiGatewayUsagePlan])
        -> ApiGatewayStageConfig?
    {
        let name = stage.located("name", required: true)
        if let name { declareService(name, noun: "API stage", in: &apiStages) }
        let type = stage.choice(
            "type", noun: "API type", options: [("rest", ApiGatewayAPIType.rest), ("http", .http)])
        let apiType = type ?? .rest
        stage.reportInapplicable(
            Self.restOnlyKeys, unless: apiType == .rest, condition: "to REST APIs (type: rest)")
        let throttle = stage.object("throttle", keys: Self.throttleKeys).map {
            decodeThrottle($0, burstRequired: false)
        }
        let methods = decodeMethodThrottles(stage)
        let plans = decodeUsagePlans(stage)
        let integration = decodeIntegration(stage)
        let timeoutLimit = apiType == .rest ? 29.0 : 30.0
        let timeout = stage.duration("integrationTimeout", from: 0.05, to: timeoutLimit)
        let cache = stage.object("cache", keys: Self.apiCacheKeys).map(decodeApiCache)
        let latency = stage.number("latencyMillis", bound: .upTo(60_000))
        let apiKeyRequired = stage.bool("apiKeyRequired") ?? false
        guard let name, let integration, throttle != .some(nil), let methods, let plans, cache != .some(nil),
            stage.has("integrationTimeout") == (timeout != nil)
        else { return nil }
        var config = ApiGatewayStageConfig(
            name: name.value, apiType: apiType, methodThrottles: methods,
            apiKeyRequired: apiKeyRequired, integration: integration,
            integrationTimeoutSeconds: timeout, cache: cache.flatMap { $0 }, overheadMs: latency)
        if let limits = throttle.flatMap({ $0 }) {
            config.rate = limits.rate
            config.burst = limits.burst ?? config.burst
        }
        allPlans += plans
        return config
    }

    /// `{rate, burst}`: requests per second refilling a bucket of `burst` tokens.
    func decodeThrottle(_ throttle: ObjectReader, burstRequired: Bool) -> ThrottleLimits? {
        let rate = throttle.number("rate", required: true, bound: .upTo(Self.maximumRate))
        let burst = throttle.whole("burst", required: burstRequired, bound: .upTo(Self.maximumRate))
        guard let rate, burst != nil || !throttle.has("burst") && !burstRequired else { return nil }
        return ThrottleLimits(rate: rate, burst: burst)
    }

    /// `methodThrottles`: `{method: "GET /items", rate, burst}`, each method once.
    private func decodeMethodThrottles(_ stage: ObjectReader) -> [ApiGatewayStageConfig.MethodThrottle]? {
        let readers = stage.objects("methodThrottles", keys: Self.methodThrottleKeys)
        var seen = NameTable()
        let throttles: [ApiGatewayStageConfig.MethodThrottle] = readers.compactMap { reader in
            let method = reader.located("method", required: true)
            if let method {
                checkMethod(method)
                seen.declare(method, noun: "method throttle", log: log)
            }
            guard let limits = decodeThrottle(reader, burstRequired: true), let method,
                let burst = limits.burst
            else { return nil }
            return ApiGatewayStageConfig.MethodThrottle(method: method.value, rate: limits.rate, burst: burst)
        }
        return throttles.count == readers.count ? throttles : nil
    }

    /// Reports a method not written as an HTTP verb and a resource path, e.g. `GET /items`.
    private func checkMethod(_ method: Located) {
        let verbs = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"]
        let parts = method.value.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count != 2 || !verbs.contains(String(parts[0])) || !parts[1].hasPrefix("/") else {
            return
        }
        log.report(
            "'method' must be an HTTP verb (\(verbs.joined(separator: ", "))) and a path, e.g. \"GET /items\", "
                + "got \(ScalarText.quoted(method.value))", at: method.mark)
    }

    /// `integration`: `{lambda: NAME}`, `{loadBalancer: NAME}` or `{queue: NAME}`.
    private func decodeIntegration(_ stage: ObjectReader) -> ApiGatewayIntegration? {
        guard let integration = stage.object("integration", required: true, keys: Self.integrationKeys),
            let kind = integration.exactlyOne(of: Self.integrationKeys, what: "a target"),
            let target = integration.located(kind)
        else { return nil }
        let place = integration.path
        switch kind {
        case "lambda":
            later {
                $0.functions.check(target, noun: "function", plural: "functions", in: place, log: $0.log)
            }
            return .lambda(target.value)
        case "loadBalancer":
            loadBalancers.check(target, noun: "load balancer", plural: "load balancers", in: place, log: log)
            return .loadBalancer(target.value)
        default:
            later { $0.queues.check(target, noun: "queue", plural: "queues", in: place, log: $0.log) }
            return .queue(target.value)
        }
    }

    /// `cache`: TTL 0-3,600 s (300 s by default), one of API Gateway's sizes, a catalogue.
    private func decodeApiCache(_ cache: ObjectReader) -> ApiGatewayCacheConfig? {
        let ttl = cache.duration("ttl", from: 0, to: 3_600)
        let size = cache.number("size", bound: .positive)
        if let size, !Self.apiCacheSizes.contains(size) {
            let list = Self.apiCacheSizes.map(ScalarText.format).joined(separator: ", ")
            cache.report(
                "'size' must be one of API Gateway's cache sizes in GB: \(list); got \(ScalarText.format(size))",
                about: "size")
            return nil
        }
        let catalogue = cache.object("catalogue", keys: Self.catalogueKeys).map(decodeCatalogue)
        guard cache.has("ttl") == (ttl != nil), cache.has("size") == (size != nil) else { return nil }
        return ApiGatewayCacheConfig(
            ttlSeconds: ttl ?? 300, capacityGB: size ?? 0.5, catalogue: catalogue ?? EdgeCatalogueConfig())
    }
}
