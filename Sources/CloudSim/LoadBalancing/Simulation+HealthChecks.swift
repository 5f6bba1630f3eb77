extension Simulation {
    /// Target-group health checks (each target on its own interval) and draining, then the
    /// Auto Scaling groups' periodic health check.
    mutating func runHealthChecks() {
        for b in balancers.indices {
            for g in balancers[b].groups.indices { checkTargets(balancer: b, group: g) }
        }
        if tick % healthCheckTicks == 0 {
            for g in groups.indices { checkGroupHealth(g) }
        }
    }

    private mutating func checkTargets(balancer b: Int, group g: Int) {
        let check = balancers[b].groups[g].config.healthCheck
        let interval = ticks(check.intervalSeconds)
        var t = balancers[b].groups[g].targets.count - 1
        while t >= 0 {
            let target = balancers[b].groups[g].targets[t]
            let i = target.instance
            if target.health == .draining {
                if hot[i].queued == 0 || time >= target.drainDeadline {
                    if hot[i].queued > 0 {
                        log(.warning, balancers[b].config.name, "deregistration delay expired for \(instances[i].id)")
                        dropQueue(i)
                    }
                    balancers[b].groups[g].targets.remove(at: t)
                }
            } else if target.nextCheckTick <= tick {
                balancers[b].groups[g].targets[t].nextCheckTick = tick + interval
                applyCheck(passes(i, timeout: check.timeoutSeconds), check: check, balancer: b, group: g, target: t)
            }
            t -= 1
        }
    }

    /// Whether a health check to the instance succeeds within the timeout.
    func passes(_ i: Int, timeout: Double) -> Bool {
        guard hot[i].isRunning, !hot[i].isZoneDown, !instances[i].failsHealthChecks else { return false }
        let wait = hot[i].queue.first.map { Double(tick - $0.tick) * tickSeconds } ?? 0
        return wait + instances[i].app.baseLatencyMillis / 1000 + servingConditions.rows[i].extraLatencyMillis / 1000 < timeout
    }

    private mutating func applyCheck(
        _ ok: Bool, check: HealthCheckConfig, balancer b: Int, group g: Int, target t: Int
    ) {
        var target = balancers[b].groups[g].targets[t]
        let id = instances[target.instance].id
        let name = balancers[b].groups[g].config.name
        if ok {
            target.consecutivePasses += 1
            target.consecutiveFailures = 0
            let needed = target.health == .initial ? 1 : check.healthyThreshold
            if target.health != .healthy && target.consecutivePasses >= needed {
                if target.health == .unhealthy {
                    log(.info, name, "\(id) healthy again")
                    instances[target.instance].unhealthyTargets -= 1
                }
                target.health = .healthy
            }
        } else {
            target.consecutiveFailures += 1
            target.consecutivePasses = 0
            if target.health != .unhealthy && target.consecutiveFailures >= check.unhealthyThreshold {
                target.health = .unhealthy
                instances[target.instance].unhealthyTargets += 1
                log(.critical, name, "\(id) unhealthy after \(check.unhealthyThreshold) failed checks")
            }
        }
        balancers[b].groups[g].targets[t] = target
    }
}
