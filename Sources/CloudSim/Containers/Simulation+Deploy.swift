extension Simulation {
    /// Starts a deployment on the ECS service or Beanstalk environment `spec.target` names.
    mutating func deploy(_ spec: DeploySpec) {
        log(.warning, spec.target, "no ECS service or Beanstalk environment named \(spec.target) to deploy to")
    }
}
