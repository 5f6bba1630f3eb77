import CloudSim
import Yams

/// The `routing` of a Route 53 record: `simple`, `multivalue`, or a one-key mapping such as
/// `{weighted: 10}`, `{failover: primary}` or `{latency: us-east-1}`.
extension ScenarioDecoder {
    static let routingPolicyNames = [
        "simple", "weighted", "failover", "geolocation", "geoproximity", "latency", "multivalue",
    ]
    /// Policies that carry a value, written as the one key of a mapping.
    static let routingKeys = ["weighted", "failover", "geolocation", "geoproximity", "latency"]
    /// Route 53's continent codes.
    static let continentCodes = ["AF", "AN", "AS", "EU", "NA", "OC", "SA"]

    /// The routing policy (simple when absent), or nil after reporting.
    func decodeRouting(_ record: ObjectReader) -> Route53RoutingPolicy? {
        guard let node = record.node("routing") else { return .simple }
        if case .scalar(let scalar) = node, !ScalarText.isNull(scalar) {
            switch scalar.string.lowercased() {
            case "simple": return .simple
            case "multivalue": return .multivalue
            case let word where Self.routingKeys.contains(word):
                log.report(
                    "routing '\(word)' needs a value, e.g. \(Self.routingExample(word))", at: scalar.mark)
            default:
                let hint = Suggestion.hint(
                    for: scalar.string, among: Self.routingPolicyNames, noun: "routing policy",
                    plural: "routing policies")
                log.report(
                    "unknown routing policy \(ScalarText.quoted(scalar.string))\(hint)", at: scalar.mark)
            }
            return nil
        }
        guard let body = record.object("routing", keys: Self.routingKeys) else { return nil }
        guard body.orderedKeys.count == 1, let policy = body.orderedKeys.first?.value else {
            // Unknown keys were reported already; an empty or crowded mapping was not.
            let message = "'routing' must name exactly one policy, e.g. {weighted: 10} or {failover: primary}"
            if body.orderedKeys.count > 1 {
                log.report(message, at: body.orderedKeys[1].mark)
            } else if case .mapping(let mapping) = node, mapping.isEmpty {
                body.report(message)
            }
            return nil
        }
        switch policy {
        case "weighted":
            return body.whole("weighted", bound: .range(0, 255)).map { .weighted(weight: $0) }
        case "failover":
            let roles: [(name: String, value: Route53FailoverRole)] = [
                ("primary", .primary), ("secondary", .secondary),
            ]
            return body.choice("failover", noun: "failover role", options: roles).map { .failover($0) }
        case "latency":
            guard let region = body.located("latency") else { return nil }
            return checkRegion(region, in: body.path, catalogueOnly: true)
                ? .latency(region: region.value) : nil
        case "geolocation":
            return decodeGeolocation(body).map { .geolocation($0) }
        default:
            return decodeGeoproximity(body).map { .geoproximity($0) }
        }
    }

    static func routingExample(_ policy: String) -> String {
        switch policy {
        case "weighted": "{weighted: 10}"
        case "failover": "{failover: primary}"
        case "geolocation": "{geolocation: {continent: EU}}"
        case "geoproximity": "{geoproximity: {region: us-east-1, bias: 0}}"
        default: "{latency: us-east-1}"
        }
    }

    /// `default`, or one of `{continent: EU}`, `{country: CA}`, `{usState: WA}`.
    private func decodeGeolocation(_ body: ObjectReader) -> Route53GeoLocation? {
        if case .scalar(let scalar)? = body.node("geolocation"), !ScalarText.isNull(scalar) {
            if scalar.string.lowercased() == "default" { return .default }
            log.report(
                "'geolocation' must be default or one of {continent: EU}, {country: CA}, {usState: WA}, "
                    + "got \(ScalarText.quoted(scalar.string))",
                at: scalar.mark)
            return nil
        }
        let keys = ["continent", "country", "usState"]
        guard let place = body.object("geolocation", keys: keys) else { return nil }
        guard place.present(keys).count == 1 else {
            place.report("\(place.path) needs exactly one of continent, country or usState")
            return nil
        }
        if place.has("continent") {
            let codes = Self.continentCodes.map { (name: $0, value: $0) }
            return place.choice("continent", noun: "continent code", options: codes).map { .continent($0) }
        }
        if place.has("country") {
            return letterCode(place, "country", what: "an ISO 3166 country code such as CA").map {
                .country($0)
            }
        }
        return letterCode(place, "usState", what: "a US state postal code such as WA").map { .usState($0) }
    }

    /// A two-letter code in upper case.
    private func letterCode(_ place: ObjectReader, _ key: String, what: String) -> String? {
        guard let code = place.located(key) else { return nil }
        guard code.value.count == 2, code.value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            log.report("'\(key)' must be \(what), got \(ScalarText.quoted(code.value))", at: code.mark)
            return nil
        }
        return code.value.uppercased()
    }

    /// `{region, bias}` for an AWS resource, or `{latitude, longitude, bias}` for any other.
    private func decodeGeoproximity(_ body: ObjectReader) -> Route53GeoproximityLocation? {
        guard
            let place = body.object("geoproximity", keys: ["region", "latitude", "longitude", "bias"])
        else { return nil }
        let bias = place.whole("bias", bound: .range(-99, 99))
        let coordinates = place.present(["latitude", "longitude"])
        if place.has("region") {
            if !coordinates.isEmpty {
                place.report(
                    "give either 'region' or 'latitude' and 'longitude', not both", about: coordinates[0])
                return nil
            }
            guard let region = place.located("region"),
                checkRegion(region, in: place.path, catalogueOnly: true)
            else { return nil }
            return bias == nil && place.has("bias") ? nil : .init(region: region.value, bias: bias ?? 0)
        }
        if coordinates.isEmpty {
            place.report("\(place.path) is missing required key 'region' (or 'latitude' and 'longitude')")
            return nil
        }
        let latitude = place.number("latitude", required: true, bound: .range(-90, 90))
        let longitude = place.number("longitude", required: true, bound: .range(-180, 180))
        guard let latitude, let longitude, bias != nil || !place.has("bias") else { return nil }
        return .init(coordinates: DNSCoordinates(latitude: latitude, longitude: longitude), bias: bias ?? 0)
    }
}
