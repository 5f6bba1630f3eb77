extension Simulation {
    /// Starts a deployment on the ECS service or Beanstalk environment `spec.target` names.
    ///
    /// ECS: the task definition's next revision (a broken build when `failsHealthChecks`),
    /// rolled out within the service's minimumHealthyPercent / maximumPercent, watched by its
    /// circuit breaker. Beanstalk: the version `spec.version` (registered on the spot if new;
    /// `failsHealthChecks` marks it broken) with `spec.policy` and `spec.batchSize`, or the
    /// environment's own.
    mutating func deploy(_ spec: DeploySpec) {
        if let ref = ecsService(named: spec.target) {
            deployECS(spec, cluster: ref.cluster, service: ref.service)
        } else if let e = beanstalkEnvironment(named: spec.target) {
            deployBeanstalk(spec, environment: e)
        } else {
            log(
                .warning, spec.target,
                "no ECS service or Beanstalk environment named \(spec.target) to deploy to")
        }
    }

    private mutating func deployECS(_ spec: DeploySpec, cluster c: Int, service s: Int) {
        var definition = containers.ecs[c].services[s].family.latest
        definition.failure = spec.failsHealthChecks ? .failsHealthChecks : .none
        let deployment = containers.ecs[c].services[s].deploy(definition, tick: tick)
        let name = "\(definition.family):\(deployment.revision)"
        let broken = spec.failsHealthChecks ? " (fails its health checks)" : ""
        log(.command, "ecs:\(spec.target)", "version \(spec.version) registered as \(name)\(broken)")
        for event in containers.ecs[c].services[s].takeEvents() { events.append(event) }
    }

    private mutating func deployBeanstalk(_ spec: DeploySpec, environment e: Int) {
        let known = containers.beanstalk[e].versions[spec.version]
        if known == nil || spec.failsHealthChecks {
            let fails = spec.failsHealthChecks || (known?.failsHealthChecks ?? false)
            containers.beanstalk[e].registerVersion(
                BeanstalkApplicationVersion(label: spec.version, failsHealthChecks: fails))
            if !containers.versionOrder[e].contains(spec.version) {
                containers.versionOrder[e].append(spec.version)
            }
        }
        if let problem = containers.beanstalk[e].deploy(
            version: spec.version, tick: tick, policy: spec.policy, batchSize: spec.batchSize)
        {
            log(.warning, "beanstalk:\(spec.target)", "deployment of \(spec.version) not started: \(problem)")
        }
        for event in containers.beanstalk[e].takeEvents() { events.append(event) }
    }
}
