import CloudSim

/// The `deploy` timeline action: a new version to an ECS service or a Beanstalk environment,
/// in the syntax `CommandText` writes (`deploy: {target: "web", version: "v2", policy:
/// "Rolling", batchSize: "30%", failsHealthChecks: true}`).
extension ScenarioDecoder {
    static let deployKeys = [
        "target", "version", "policy", "batchSize", "failsHealthChecks", "newVersionPercent",
        "evaluationTime",
    ]

    func decodeDeploy(_ body: ObjectReader) -> Command? {
        let target = body.located("target", required: true)
        var isBeanstalk = false
        if let target {
            (ecsServices + beanstalkEnvironments).check(
                target, noun: "ECS service or Beanstalk environment", plural: "deploy targets", in: body.path,
                log: log)
            isBeanstalk = beanstalkEnvironments.contains(target.value)
        }
        let version = body.string("version", required: true)
        var policy = body.choice("policy", noun: "deployment policy", options: Self.deploymentPolicies)
        let batch = decodeBatchSize(body)
        let fails = body.bool("failsHealthChecks") ?? false
        let splitKeys = body.present(["newVersionPercent", "evaluationTime"])
        if case .trafficSplitting = policy {
            let percent = body.whole("newVersionPercent", bound: .range(1, 100)) ?? 10
            let seconds = body.duration("evaluationTime", bound: .range(180, 36_000)) ?? 300
            policy = .trafficSplitting(newVersionPercent: percent, evaluationSeconds: seconds)
        } else if let key = splitKeys.first {
            body.report("'\(key)' applies only with policy TrafficSplitting", about: key)
        }
        if let target, !isBeanstalk, ecsServices.contains(target.value),
            let key = body.present(["policy", "batchSize"]).first
        {
            body.report(
                "'\(key)' applies to a Beanstalk environment; ECS service '\(target.value)' rolls out with its "
                    + "deploymentConfiguration", about: key)
        }
        guard let target, let version else { return nil }
        return .deploy(
            DeploySpec(
                target: target.value, version: version, policy: policy, batchSize: batch,
                failsHealthChecks: fails))
    }
}
