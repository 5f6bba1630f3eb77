/// How long a client waits on an endpoint that does not answer before giving up, in
/// milliseconds (our choice, see DECISIONS.md).
let connectTimeoutMillis = 10_000.0

extension Simulation {
    /// Whether a load balancer is unreachable: every zone it lives in is out.
    func isBalancerDown(_ b: Int) -> Bool {
        !balancers[b].zoneIndices.isEmpty && balancers[b].zoneIndices.allSatisfy { zoneDown[$0] }
    }

    /// Whether an active fault of `kind` names `target`.
    func hasFault(_ kind: FaultKind, on target: String) -> Bool {
        faults.contains { $0.spec.kind == kind && $0.spec.target == target }
    }

    /// How a bucket answers: unreachable while its region is out, 5xx under an origin fault.
    func bucketCondition(_ k: Int) -> CloudFrontOriginCondition {
        if let r = buckets[k].region, regionDown[r] { return .unreachable }
        return hasFault(.originFailure, on: buckets[k].config.name) ? .serverErrors : .healthy
    }

    /// A bucket's time to answer, with any `net:latency` fault on it.
    func bucketLatencyMillis(_ k: Int) -> Double {
        let name = buckets[k].config.name
        return faults.reduce(buckets[k].config.latencyMillis) {
            $0 + ($1.spec.kind == .latency && $1.spec.target == name ? $1.spec.effectiveMagnitude : 0)
        }
    }

    /// How an endpoint answers requests now.
    ///
    /// A load balancer is unreachable when its zones are out and answers 5xx when it has no
    /// target to send to (503); a distribution answers while its origin (or secondary) does.
    func endpointCondition(_ endpoint: EdgeEndpoint) -> CloudFrontOriginCondition {
        switch endpoint {
        case .balancer(let b):
            if isBalancerDown(b) { return .unreachable }
            if hasFault(.originFailure, on: balancers[b].config.name) { return .serverErrors }
            let serving = balancers[b].groups.contains { group in
                group.targets.contains { $0.health == .healthy || $0.health == .unhealthy }
                    || group.containerRoute.map { containerRouteServes($0) } == true
            }
            return serving ? .healthy : .serverErrors
        case .bucket(let k):
            return bucketCondition(k)
        case .distribution(let d):
            let health = originHealth(d)
            return health.primary == .healthy || (distributions[d].secondary != nil && health.secondary == .healthy)
                ? .healthy : .serverErrors
        case .dns:
            return .healthy
        }
    }

    /// How a distribution's origins answer this tick (a `cloudfront:origin-failure` on the
    /// distribution makes its primary answer 5xx).
    func originHealth(_ d: Int) -> CloudFrontOriginHealth {
        guard let primaryEndpoint = distributions[d].primary else {
            return CloudFrontOriginHealth(primary: .unreachable, secondary: .unreachable)
        }
        var primary = endpointCondition(primaryEndpoint)
        if primary == .healthy && hasFault(.originFailure, on: distributions[d].config.name) {
            primary = .serverErrors
        }
        let secondary = distributions[d].secondary.map { endpointCondition($0) } ?? .unreachable
        var health = CloudFrontOriginHealth(primary: primary, secondary: secondary)
        health.primaryStatus = errorStatus(primaryEndpoint, distribution: d)
        return health
    }

    /// The status a failing origin answers with: an origin fault's magnitude when it is an
    /// HTTP status (default 500), a load balancer with no target 503.
    func errorStatus(_ endpoint: EdgeEndpoint, distribution d: Int) -> Int {
        let names = [distributions[d].config.name, endpointName(endpoint)]
        if let fault = faults.last(where: { $0.spec.kind == .originFailure && names.contains($0.spec.target) }) {
            let code = Int(fault.spec.effectiveMagnitude)
            return (400...599).contains(code) ? code : 500
        }
        return 503
    }

    /// The name an endpoint is known by.
    func endpointName(_ endpoint: EdgeEndpoint) -> String {
        switch endpoint {
        case .balancer(let b): balancers[b].config.name
        case .bucket(let k): buckets[k].config.name
        case .distribution(let d): distributions[d].config.name
        case .dns(let z): zones53[z].zone.name
        }
    }

    /// An endpoint's time to answer one request, in milliseconds (a load balancer's median
    /// of the last second, at least 1 ms; a bucket's latency).
    func endpointLatencyMillis(_ endpoint: EdgeEndpoint) -> Double {
        switch endpoint {
        case .balancer(let b): max(1, balancers[b].p50)
        case .bucket(let k): bucketLatencyMillis(k)
        case .distribution(let d): distributions[d].config.edgeLatencyMillis
        case .dns: 0
        }
    }
}
