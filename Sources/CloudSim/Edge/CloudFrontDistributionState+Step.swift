extension CloudFrontDistributionState {
    /// Advances the distribution by one tick of `dt` seconds.
    ///
    /// `requestsByRegion[i]` viewer requests arrive from `config.clientRegions[i]` (missing
    /// entries count as zero) and are split over that region's edge locations. `origin` says
    /// how the origin (or group) answers this tick: a 5xx answer fails fast; an unreachable
    /// primary makes every request that reaches it wait `connectionAttempts x
    /// connectionTimeout` (30 s) before the secondary answers it (or a 504 for a single
    /// origin); those requests are answered in the tick their wait ends.
    public mutating func step(
        requestsByRegion: [Int], dt: Double, origin: CloudFrontOriginHealth, random: inout SimRandom
    ) -> CloudFrontDistributionTickResult {
        let resolution = CloudFrontOriginResolution.resolve(
            config.origin, health: origin, connection: config.originConnection,
            failoverStatusCodes: config.failoverStatusCodes)
        originTracker.note(available: resolution.isAvailable, at: time)
        var result = CloudFrontDistributionTickResult(time: time)
        result.servesStale = originTracker.servesStale(at: time, window: config.staleIfErrorSeconds)
        result.originWaitSeconds = resolution.waitSeconds
        result.usedSecondaryOrigin = resolution.triedSecondary
        let reachingOrigin = stepTiers(
            requestsByRegion: requestsByRegion, dt: dt, resolution: resolution, result: &result,
            random: &random)
        settleWaits(resolution: resolution, reachingOrigin: reachingOrigin, result: &result)
        result.work =
            edges.reduce(0) { $0 + $1.lastTickWork }
            + regionalCaches.reduce(0) { $0 + $1.lastTickWork } + (originShield?.lastTickWork ?? 0)
        time += dt
        return result
    }

    /// Advances one tick with the origin either healthy or answering 5xx errors
    /// (`originHealthy == false`: an origin group fails over to its secondary at once).
    public mutating func step(
        requestsByRegion: [Int], dt: Double, originHealthy: Bool, random: inout SimRandom
    ) -> CloudFrontDistributionTickResult {
        let health = CloudFrontOriginHealth(primary: originHealthy ? .healthy : .serverErrors)
        return step(requestsByRegion: requestsByRegion, dt: dt, origin: health, random: &random)
    }

    /// Splits this tick's outcomes into prompt ones and ones that wait on origin timeouts,
    /// and collects the waits that end now.
    mutating func settleWaits(
        resolution: CloudFrontOriginResolution, reachingOrigin: Double,
        result: inout CloudFrontDistributionTickResult
    ) {
        let done = originTracker.drain(until: time)
        result.servedAfterWait = done.served
        result.staleAfterWait = done.stale
        result.failedAfterWait = done.failed
        let viewer = result.viewer
        var waiting = CloudFrontOriginTracker.Cohort(
            due: time + resolution.waitSeconds, served: 0, stale: 0, failed: 0)
        if resolution.waitSeconds > 0 {
            if resolution.isAvailable {
                waiting.served = min(viewer.served, Int(reachingOrigin.rounded()))
            } else {
                waiting.stale = viewer.staleServed
                waiting.failed = viewer.errors - viewer.cachedErrors
            }
        }
        originTracker.enqueue(waiting)
        result.waitingOnOrigin = waiting.served + waiting.stale + waiting.failed
        result.servedNow = viewer.served - waiting.served - waiting.stale
        result.failedNow = viewer.errors - waiting.failed
        result.inFlight = originTracker.waiting
    }
}
