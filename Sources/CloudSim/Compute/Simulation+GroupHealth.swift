extension Simulation {
    /// Auto Scaling's periodic health check: EC2 status always, ELB health when enabled and
    /// past the grace period; then replacement, at most 10 % of desired capacity at a time.
    mutating func checkGroupHealth(_ g: Int) {
        let config = groups[g].config
        for i in instances.indices where hot[i].group == g && hot[i].state == .inService {
            guard !instances[i].isMarkedUnhealthy else { continue }
            let ec2Failed = !hot[i].isRunning || hot[i].isZoneDown || instances[i].isDeadUnnoticed
            var elbFailed = false
            if config.healthCheckType == .elb, let since = hot[i].inServiceSince,
                time - since >= config.healthCheckGracePeriod
            {
                elbFailed = instances[i].unhealthyTargets > 0
            }
            if ec2Failed || elbFailed {
                instances[i].isMarkedUnhealthy = true
                let why = ec2Failed ? "EC2 status check failed" : "ELB health check failed"
                log(.critical, config.name, "\(instances[i].id) marked unhealthy (\(why))")
            }
        }
        let budget = max(1, Int(0.1 * Double(groups[g].desired)))
        var inProgress = 0
        for i in instances.indices where hot[i].group == g {
            let state = hot[i].state
            if state == .pending || (state == .terminating && instances[i].isBeingReplaced) { inProgress += 1 }
        }
        for i in instances.indices
        where hot[i].group == g && instances[i].isMarkedUnhealthy && hot[i].state == .inService {
            if !hot[i].isRunning {
                // Nothing left to protect: a dead instance is replaced at once.
                instances[i].isBeingReplaced = true
                log(.warning, config.name, "replacing \(instances[i].id)")
                finishTermination(i)
            } else if inProgress < budget {
                inProgress += 1
                instances[i].isBeingReplaced = true
                beginTermination(i, reason: "unhealthy, replacing")
            }
        }
    }
}
