import CloudSim

/// `beanstalkEnvironments`: tiers, fleets, versions, deployment policies and batch sizes.
extension ScenarioDecoder {
    static let beanstalkKeys = [
        "name", "tier", "environmentType", "instanceType", "instances", "minInstances", "availabilityZones",
        "loadBalancer", "versionLabel", "versions", "deploymentPolicy", "batchSize", "trafficSplitting",
        "commandTimeout", "requestsPerSecondPerInstance", "queue", "httpConnections", "processingTime",
    ]
    /// The policies by their AWS names.
    static let deploymentPolicies: [(name: String, value: BeanstalkDeploymentPolicy)] = [
        ("AllAtOnce", .allAtOnce), ("Rolling", .rolling),
        ("RollingWithAdditionalBatch", .rollingWithAdditionalBatch),
        ("Immutable", .immutable), ("TrafficSplitting", .trafficSplitting()),
    ]

    func decodeBeanstalkEnvironment(_ env: ObjectReader) -> BeanstalkEnvironmentSpec? {
        let name = env.located("name", required: true)
        if let name { beanstalkEnvironments.declare(name, noun: "Beanstalk environment", log: log) }
        let isWorker =
            env.choice("tier", noun: "tier", options: [("WebServer", false), ("Worker", true)]) ?? false
        let single =
            env.choice(
                "environmentType", noun: "environment type",
                options: [("LoadBalanced", false), ("SingleInstance", true)])
            ?? false
        if isWorker, env.has("environmentType") {
            env.report(
                "'environmentType' applies to a WebServer environment; a Worker has no load balancer",
                about: "environmentType")
        }
        let typeName = env.located("instanceType")
        if let typeName { checkInstanceType(typeName, in: env.path) }
        let instances = env.whole("instances", bound: .range(1, 1_000)) ?? (single ? 1 : 2)
        if single, instances != 1 {
            env.report(
                "a SingleInstance environment has exactly 1 instance, got \(instances); use LoadBalanced for more",
                about: "instances")
        }
        let minInstances = env.whole("minInstances", bound: .range(1, 1_000))
        let zoneNames = env.strings("availabilityZones") ?? []
        zoneNames.forEach { checkZone($0, in: env.path) }
        let queue = env.located("queue")
        if isWorker, queue == nil {
            env.report("a Worker environment needs 'queue', the SQS queue its daemon polls")
        }
        if !isWorker, queue != nil { env.report("'queue' applies to a Worker environment", about: "queue") }
        for key in ["httpConnections", "processingTime"] where !isWorker && env.has(key) {
            env.report("'\(key)' applies to a Worker environment's daemon", about: key)
        }
        if isWorker, let queue {
            let place = env.path
            later { $0.queues.check(queue, noun: "queue", plural: "queues", in: place, log: $0.log) }
        }
        var daemon = BeanstalkWorkerDaemon(queue: queue?.value ?? "")
        if let connections = env.whole("httpConnections", bound: .range(1, 10_000)) {
            daemon.httpConnections = connections
        }
        if let seconds = env.duration("processingTime", bound: .aboveZeroUpTo(43_200)) {
            daemon.meanProcessingSeconds = seconds
        }
        let tier: BeanstalkEnvironmentConfig.Tier =
            isWorker ? .worker(daemon) : single ? .singleInstance : .loadBalanced
        let balancer = decodeBeanstalkBalancer(env, loadBalanced: tier == .loadBalanced, name: name?.value)
        let initial = env.string("versionLabel") ?? "v1"
        let versions = env.objects("versions", keys: ["label", "failsHealthChecks"]).compactMap { v in
            v.string("label", required: true).map {
                BeanstalkApplicationVersion(
                    label: $0, failsHealthChecks: v.bool("failsHealthChecks") ?? false)
            }
        }
        var policy =
            env.choice("deploymentPolicy", noun: "deployment policy", options: Self.deploymentPolicies)
            ?? .allAtOnce
        if let split = env.object("trafficSplitting", keys: ["newVersionPercent", "evaluationTime"]) {
            if case .trafficSplitting = policy {
                policy = decodeTrafficSplitting(split) ?? policy
            } else {
                env.report(
                    "'trafficSplitting' applies only with deploymentPolicy TrafficSplitting",
                    about: "trafficSplitting")
            }
        }
        let batch = decodeBatchSize(env) ?? .percentage(100)
        var timings = BeanstalkTimings()
        if isWorker { timings.healthPassSeconds = 180 }
        timings.commandTimeoutSeconds = env.duration("commandTimeout", bound: .range(1, 3_600)) ?? 600
        var config = BeanstalkEnvironmentConfig(
            name: name?.value ?? "", tier: tier, instances: instances, minInstances: minInstances,
            initialVersion: BeanstalkApplicationVersion(label: initial), deploymentPolicy: policy,
            batchSize: batch,
            timings: timings)
        if let problem = config.policyProblem {
            env.report("deploymentPolicy \(policy.name): \(problem)", about: "deploymentPolicy")
        }
        config.deploymentPolicy = policy
        guard name != nil else { return nil }
        return BeanstalkEnvironmentSpec(
            config: config, instanceType: typeName?.value ?? "t3.small",
            requestsPerSecondPerInstance: env.number("requestsPerSecondPerInstance", bound: .positive) ?? 100,
            availabilityZones: zoneNames.map(\.value), loadBalancerName: balancer, versions: versions)
    }

    /// The environment's load balancer name, declared so traffic sources can target it.
    private func decodeBeanstalkBalancer(_ env: ObjectReader, loadBalanced: Bool, name: String?) -> String? {
        let given = env.located("loadBalancer")
        if given != nil, !loadBalanced {
            env.report(
                "'loadBalancer' applies to a LoadBalanced WebServer environment", about: "loadBalancer")
            return nil
        }
        guard loadBalanced, let name else { return nil }
        let balancer = given ?? Located(value: "\(name)-alb", mark: env.keyMark("name"))
        if endpoints.declare(balancer, noun: "load balancer", log: log) {
            loadBalancers.declare(balancer, noun: "load balancer", log: log)
        }
        return given?.value
    }

    private func decodeTrafficSplitting(_ body: ObjectReader) -> BeanstalkDeploymentPolicy? {
        let percent = body.whole("newVersionPercent", bound: .range(1, 100)) ?? 10
        let seconds = body.duration("evaluationTime", bound: .range(180, 36_000)) ?? 300
        return .trafficSplitting(newVersionPercent: percent, evaluationSeconds: seconds)
    }

    /// `batchSize: 30%` (percent of the instances) or `batchSize: 2` (a fixed count).
    func decodeBatchSize(_ owner: ObjectReader) -> BeanstalkBatchSize? {
        let expected = "a percentage such as 30% or a number of instances such as 2"
        guard let (text, mark) = owner.scalar("batchSize", required: false, expected: expected) else {
            return nil
        }
        if text.hasSuffix("%") {
            guard case .value(let p) = ScalarText.wholeNumber(String(text.dropLast())), (1...100).contains(p)
            else {
                log.report(
                    "'batchSize' as a percentage must be 1% to 100%, got \(ScalarText.quoted(text))", at: mark
                )
                return nil
            }
            return .percentage(p)
        }
        guard case .value(let n) = ScalarText.wholeNumber(text), n >= 1 else {
            log.report("'batchSize' must be \(expected), got \(ScalarText.quoted(text))", at: mark)
            return nil
        }
        return .fixed(n)
    }
}
