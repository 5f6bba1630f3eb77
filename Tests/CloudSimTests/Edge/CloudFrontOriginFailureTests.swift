import CloudSim
import Testing

/// Origin outages: stale copies, cached errors, connection timeouts and origin-group failover.
struct CloudFrontOriginFailureTests {
    static let serverErrors = CloudFrontOriginHealth(primary: .serverErrors)
    static let primaryUnreachable = CloudFrontOriginHealth(primary: .unreachable)

    @Test("5xx origin: expired copies served stale for the 10 s error TTL, then revalidations fail")
    func staleThenErrors() {
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple(ttl: 5))
        let warm = driver.run(seconds: 120, rate: [1_000]).suffix(100)
        let outage = driver.run(seconds: 30, rate: [1_000], origin: Self.serverErrors)
        let early = Array(outage[0..<100])
        let late = Array(outage[100...])
        #expect(early.sum(\.viewer.staleServed) > 0)
        #expect(early.sum(\.viewer.staleServed) == early.sum(\.viewer.refreshHits))
        #expect(early.sum { $0.viewer.errors - $0.viewer.cachedErrors } == early.sum(\.viewer.misses))
        #expect(late.sum(\.viewer.staleServed) == 0, "no stale copies after the 10 s window")
        #expect(late.sum(\.viewer.refreshHits) > 0)
        #expect(
            late.sum { $0.viewer.errors - $0.viewer.cachedErrors }
                == late.sum { $0.viewer.misses + $0.viewer.refreshHits })
        let warmHits = Double(warm.sum(\.viewer.hits)) / Double(warm.sum(\.viewer.requests))
        let firstSecond =
            Double(outage[0..<10].sum(\.viewer.hits)) / Double(outage[0..<10].sum(\.viewer.requests))
        let lastSeconds =
            Double(late.suffix(100).sum(\.viewer.hits)) / Double(late.suffix(100).sum(\.viewer.requests))
        #expect(
            firstSecond > 0.8 * warmHits,
            "fresh copies still serve (TTL 5 s: ~9 % expire in 1 s): \(firstSecond) vs \(warmHits)")
        #expect(lastSeconds < firstSecond / 2, "copies expire and cannot be refreshed: \(lastSeconds)")
    }

    @Test("errors are cached 10 s: after the origin recovers, cached errors stop within 10 s")
    func errorsCachedTenSeconds() {
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple())
        _ = driver.run(seconds: 60, rate: [1_000])
        let outage = driver.run(seconds: 20, rate: [1_000], origin: Self.serverErrors)
        #expect(outage.suffix(50).sum(\.viewer.cachedErrors) > 0)
        let recovery = driver.run(seconds: 20, rate: [1_000])
        #expect(recovery[0].viewer.cachedErrors > 0, "errors cached during the outage are still answered")
        #expect(recovery[100...].sum(\.viewer.cachedErrors) == 0, "no cached error outlives 10 s")
        #expect(recovery[100...].sum(\.errors) == 0)
    }

    @Test(
        "origin group: an unreachable primary delays every request reaching it by 30 s, then the secondary answers"
    )
    func failoverAfterThirtySeconds() {
        let group = CloudFrontOriginTarget.group(primary: "us-alb", secondary: "eu-alb")
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple(origin: group))
        _ = driver.run(seconds: 60, rate: [1_000])
        let outage = driver.run(seconds: 60, rate: [1_000], origin: Self.primaryUnreachable)
        for (index, tick) in outage.enumerated() {
            #expect(tick.viewer.requests == tick.servedNow + tick.failedNow + tick.waitingOnOrigin)
            #expect(tick.errors == 0 && tick.usedSecondaryOrigin && tick.originWaitSeconds == 30)
            if index < 300 {
                #expect(tick.servedAfterWait == 0, "nothing answered before 30 s (tick \(index))")
            } else {
                #expect(
                    tick.servedAfterWait == outage[index - 300].waitingOnOrigin, "answered exactly 30 s later"
                )
            }
        }
        #expect(outage[0].waitingOnOrigin > 0)
        #expect(outage[299].inFlight == outage[0..<300].sum(\.waitingOnOrigin))
        let recovery = driver.run(seconds: 31, rate: [1_000])
        #expect(recovery[0].waitingOnOrigin == 0 && recovery.last?.inFlight == 0)
        #expect(recovery.sum(\.servedAfterWait) == outage[300...].sum(\.waitingOnOrigin))
    }

    @Test("single unreachable origin: requests reaching it get a 504 after 30 s; cached copies still serve")
    func unreachableOriginTimesOut() {
        var driver = CloudFrontTestDriver(CloudFrontTestDriver.simple())
        _ = driver.run(seconds: 60, rate: [1_000])
        let outage = driver.run(seconds: 40, rate: [1_000], origin: Self.primaryUnreachable)
        #expect(outage[0..<300].sum(\.errors) == 0, "no answer at all before the 30 s timeouts")
        #expect(outage[300].failedAfterWait > 0)
        for index in 300..<outage.count {
            let tick = outage[index]
            let answered = tick.servedAfterWait + tick.staleAfterWait + tick.failedAfterWait
            #expect(answered == outage[index - 300].waitingOnOrigin)
            #expect(tick.servedAfterWait == 0)
        }
        #expect(outage.allSatisfy { $0.servedNow > 0 }, "fresh copies are served throughout")
    }
}
