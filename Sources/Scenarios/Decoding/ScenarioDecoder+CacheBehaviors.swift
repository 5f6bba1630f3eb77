import CloudSim

/// Cache behaviours of a distribution: path patterns, TTLs and the objects they serve.
extension ScenarioDecoder {
    static let defaultBehaviorKeys = ["minTTL", "defaultTTL", "maxTTL", "originMaxAge", "share", "catalogue"]
    static let behaviorKeys = ["pathPattern"] + defaultBehaviorKeys
    static let catalogueKeys = ["objects", "zipf", "objectSize"]
    /// Largest catalogue accepted: a billion objects (the cache model folds them into classes).
    static let maximumCatalogueObjects = 1_000_000_000

    /// `behaviors`: the ordered behaviours, each with a unique path pattern; nil after reporting.
    func decodeBehaviors(_ distribution: ObjectReader) -> [CloudFrontCacheBehavior]? {
        let readers = distribution.objects("behaviors", keys: Self.behaviorKeys)
        var patterns: [String] = []
        let behaviors: [CloudFrontCacheBehavior] = readers.compactMap { behavior in
            guard let pattern = behavior.located("pathPattern", required: true) else { return nil }
            if patterns.contains(pattern.value) {
                log.report(
                    "duplicate path pattern '\(pattern.value)' in \(distribution.path); each behavior needs its own",
                    at: pattern.mark)
            }
            patterns.append(pattern.value)
            return decodeBehavior(behavior, pathPattern: pattern.value)
        }
        return behaviors.count == readers.count ? behaviors : nil
    }

    /// One behaviour's TTLs, share and catalogue, with `minTTL <= defaultTTL <= maxTTL`.
    func decodeBehavior(_ behavior: ObjectReader, pathPattern: String) -> CloudFrontCacheBehavior? {
        let ttl = NumberBound.nonNegative
        let minTTL = behavior.duration("minTTL", bound: ttl) ?? CloudFrontCacheBehavior.defaultMinTTL
        let maxTTL =
            behavior.duration("maxTTL", bound: ttl) ?? max(minTTL, CloudFrontCacheBehavior.defaultMaxTTL)
        let defaultTTL =
            behavior.duration("defaultTTL", bound: ttl)
            ?? min(maxTTL, max(minTTL, CloudFrontCacheBehavior.defaultDefaultTTL))
        if minTTL > maxTTL {
            behavior.report(
                "'minTTL' (\(ScalarText.format(minTTL))) must not exceed 'maxTTL' (\(ScalarText.format(maxTTL)))",
                about: "minTTL")
        } else if defaultTTL < minTTL || defaultTTL > maxTTL {
            behavior.report(
                "'defaultTTL' (\(ScalarText.format(defaultTTL))) must be between 'minTTL' "
                    + "(\(ScalarText.format(minTTL))) and 'maxTTL' (\(ScalarText.format(maxTTL)))",
                about: "defaultTTL")
        }
        let originMaxAge = behavior.duration("originMaxAge", bound: ttl)
        let share = behavior.number("share", bound: .positive) ?? 1
        let catalogue =
            behavior.object("catalogue", keys: Self.catalogueKeys).map(decodeCatalogue)
            ?? EdgeCatalogueConfig()
        return CloudFrontCacheBehavior(
            pathPattern: pathPattern, minTTL: minTTL, defaultTTL: defaultTTL, maxTTL: maxTTL,
            originMaxAge: originMaxAge, catalogue: catalogue, requestShare: share)
    }

    func decodeCatalogue(_ catalogue: ObjectReader) -> EdgeCatalogueConfig {
        var config = EdgeCatalogueConfig()
        config.objectCount =
            catalogue.whole("objects", bound: .range(1, Double(Self.maximumCatalogueObjects)))
            ?? config.objectCount
        config.zipfExponent = catalogue.number("zipf", bound: .upTo(5)) ?? config.zipfExponent
        config.meanObjectBytes = catalogue.bytes("objectSize") ?? config.meanObjectBytes
        return config
    }
}
