extension Simulation {
    /// The Elastic Beanstalk stage: every environment advances its instances' timed states,
    /// its 10 s health round, its deployment (batch done or failed, next batch, evaluation,
    /// clean-up) and its capacity history. Its load balancer's requests were served by
    /// `stepContainers` from the instances in service before this step.
    mutating func stepBeanstalk() {
        guard !containers.beanstalk.isEmpty else { return }
        for e in containers.beanstalk.indices {
            containers.beanstalk[e].step(tick: tick)
            if !containers.beanstalk[e].events.isEmpty {
                for event in containers.beanstalk[e].takeEvents() { events.append(event) }
            }
        }
    }
}

extension BeanstalkEnvironmentState {
    /// Deploys `label` with a policy and batch size other than the configured ones (nil keeps
    /// each); the environment's configuration is unchanged afterwards.
    mutating func deploy(
        version label: String, tick: Int, policy: BeanstalkDeploymentPolicy?, batchSize: BeanstalkBatchSize?
    ) -> String? {
        let configured = config
        if let policy { config.deploymentPolicy = policy }
        if let batchSize { config.batchSize = batchSize }
        defer { config = configured }
        return deploy(version: label, tick: tick)
    }
}
