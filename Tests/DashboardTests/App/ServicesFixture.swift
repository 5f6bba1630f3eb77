import CloudSim
import Dashboard

/// Hand-built snapshots of queues, topics, functions, API stages, ECS, EKS and Beanstalk laid
/// over the web-app fixture at six minutes, until the engine publishes them itself.
///
/// The story: `api-clients` call the `prod` API stage, which invokes `thumbnailer`; orders
/// are published to `order-events`, which fans out to the `orders` queue (40 workers falling
/// behind), the `audit` function and a partner's HTTP endpoint that fails. Behind `web-alb`
/// an ECS service `api` rolls out `api:4`; an EKS cluster scales `web` with its HPA; the
/// Beanstalk environment `shop-env` deploys `v4` batch by batch.
enum ServicesFixture {
    /// A queue with every figure set.
    static let orders: SQSQueueSnapshot = {
        var q = SQSQueueSnapshot(name: "orders")
        q.visible = 1_240
        q.inFlight = 340
        q.deadLetterDepth = 12
        q.oldestAgeSeconds = 252
        q.sentPerSecond = 120
        q.receivedPerSecond = 130
        q.deletedPerSecond = 95
        q.consumersBusy = 40
        q.consumersTotal = 40
        q.backlogPerConsumer = 31
        q.depthHistory = (0..<300).map { Double($0) * 4 }
        return q
    }()

    /// A dead-letter queue: nobody polls it.
    static let ordersDLQ: SQSQueueSnapshot = {
        var q = SQSQueueSnapshot(name: "orders-dlq")
        q.visible = 12
        q.oldestAgeSeconds = 61
        q.depthHistory = (0..<300).map { Double($0 / 25) }
        return q
    }()

    /// A topic with three subscriptions, one of them failing.
    static let orderEvents: SNSTopicSnapshot = {
        var queue = SNSSubscriptionSnapshot(name: "orders", endpoint: .sqs)
        queue.deliveredPerSecond = 120
        var audit = SNSSubscriptionSnapshot(name: "audit", endpoint: .lambda)
        audit.deliveredPerSecond = 120
        var partner = SNSSubscriptionSnapshot(name: "partner-webhook", endpoint: .http)
        partner.failedAttempts = 412
        partner.retrying = 37
        partner.dropped = 3
        var topic = SNSTopicSnapshot(name: "order-events", subscriptions: [queue, audit, partner])
        topic.publishedPerSecond = 120
        return topic
    }()

    /// A function well within its limit.
    static let thumbnailer = LambdaFunctionSnapshot(
        name: "thumbnailer", concurrency: 45, concurrencyLimit: 1_000, invocationsPerSecond: 210,
        coldStartsPerSecond: 2, durationP50: 180, durationP99: 920, idleEnvironments: 12,
        concurrencyHistory: (0..<300).map { 20 + Double($0 % 50) / 2 })

    /// A function throttled at its reserved concurrency and failing some invocations.
    static let audit = LambdaFunctionSnapshot(
        name: "audit", concurrency: 10, concurrencyLimit: 10, invocationsPerSecond: 118,
        throttlesPerSecond: 6,
        errorsPerSecond: 1.5, durationP50: 75, durationP99: 240, asyncQueueDepth: 340,
        concurrencyHistory: Array(repeating: 10, count: 300))

    /// The API stage in front of `thumbnailer`, throttling some requests.
    static let prod = ApiGatewayStageSnapshot(
        name: "prod", integration: "thumbnailer", requestsPerSecond: 240, tooManyRequestsPerSecond: 30,
        serverErrorsPerSecond: 0, latencyP50: 195, latencyP99: 950, tokens: 1_800, rate: 210, burst: 5_000)

    /// An ECS service halfway through a rolling deployment of `api:4`.
    static let api: ECSServiceSnapshot = {
        var primary = ECSServiceSnapshot.Deployment(
            id: "ecs-svc/2", taskDefinition: "api:4", state: .inProgress)
        primary.liveTasks = 3
        primary.healthyTasks = 2
        var old = ECSServiceSnapshot.Deployment(id: "ecs-svc/1", taskDefinition: "api:3", state: .completed)
        old.liveTasks = 4
        old.healthyTasks = 4
        var s = ECSServiceSnapshot(name: "api", desired: 6, primary: primary)
        s.older = [old]
        s.running = 6
        s.pending = 1
        s.starting = 1
        s.healthy = 6
        s.minimumHealthy = 6
        s.maximumTasks = 12
        s.isDeploying = true
        s.cpuUtilization = 42
        s.runningHistory = (0..<300).map { Double(6 + $0 % 2) }
        return s
    }()

    /// An EKS cluster whose HPA just scaled `web` out; two pods wait for a node.
    static let cluster: EKSClusterSnapshot = {
        var web = EKSDeploymentSnapshot(name: "web", replicas: 8)
        web.ready = 5
        web.starting = 1
        web.pending = 2
        web.cpuUtilization = 78
        web.hpaDecisions = [
            HPADecision(at: 330, from: 5, to: 5, metric: 52, target: 60),
            HPADecision(at: 345, from: 5, to: 8, metric: 78, target: 60),
        ]
        var c = EKSClusterSnapshot(name: "k8s", deployments: [web])
        c.nodes = 2
        c.podsOnNodes = 6
        c.podSlots = 6
        return c
    }()

    /// A Beanstalk environment deploying `v4` with the rolling policy: batch 1 done, batch 2
    /// checking, batch 3 waiting.
    static let shop: BeanstalkEnvironmentSnapshot = {
        var e = BeanstalkEnvironmentSnapshot(name: "shop-env", version: "v3")
        e.basicHealth = .grey
        e.status = .info
        e.instances = [
            BeanstalkInstanceCount(count: 2, version: "v3", state: .inService),
            BeanstalkInstanceCount(count: 2, version: "v3", state: .draining),
            BeanstalkInstanceCount(count: 2, version: "v4", state: .inService),
        ]
        e.capacityInService = 4
        e.trafficShare = ["v3": 0.5, "v4": 0.5]
        e.deployment = BeanstalkDeployment(
            version: "v4", replacing: "v3", policy: .rolling,
            batches: [
                BeanstalkBatch(0, kind: .existing, instances: 2, status: .succeeded),
                BeanstalkBatch(1, kind: .existing, instances: 2, status: .inProgress),
                BeanstalkBatch(2, kind: .existing, instances: 2, status: .waiting),
            ], startedTick: 3_000)
        e.capacityHistory = (0..<300).map { $0 < 240 ? 6 : 4 }
        return e
    }()

    /// Web-app at six minutes plus the API clients, queues, topics and functions.
    static var messaging: Snapshot {
        var s = AppFixture.calm
        s.queues = [orders, ordersDLQ]
        s.topics = [orderEvents]
        s.functions = [thumbnailer, audit]
        s.apiStages = [prod]
        var clients = s.traffic[0]
        clients.name = "api-clients"
        clients.target = "prod"
        clients.rps = 240
        clients.byRegion = []
        s.traffic.append(clients)
        return s
    }

    /// Web-app at six minutes plus ECS (behind `web-alb`, target group `api`), EKS and Beanstalk.
    static var containers: Snapshot {
        var s = AppFixture.calm
        s.ecsServices = [api]
        s.eksClusters = [cluster]
        s.beanstalk = [shop]
        var lb = s.loadBalancers[0]
        var group = lb.targetGroups[0]
        group.name = "api"
        group.targets = group.targets.prefix(2).enumerated().map { k, target in
            var t = target
            t.instance = "api/\(k + 1)"
            return t
        }
        lb.targetGroups.append(group)
        s.loadBalancers[0] = lb
        return s
    }

    /// Every panel at once: the edge, messaging, serverless, containers and Beanstalk.
    static var everything: Snapshot {
        var s = EdgeFixture.calm
        let m = messaging
        let c = containers
        s.queues = m.queues
        s.topics = m.topics
        s.functions = m.functions
        s.apiStages = m.apiStages
        s.traffic.append(m.traffic[1])
        s.ecsServices = c.ecsServices
        s.eksClusters = c.eksClusters
        s.beanstalk = c.beanstalk
        s.loadBalancers = c.loadBalancers
        return s
    }

    /// Odd values: no consumers, a dead-letter queue only, a function at 1,000 concurrency,
    /// NaN and infinity where figures should be, empty lists.
    static var extremes: Snapshot {
        var s = AppFixture.calm
        var idle = SQSQueueSnapshot(name: "no-consumers")
        idle.visible = 5_000_000
        idle.oldestAgeSeconds = 345_600
        idle.depthHistory = [.nan, .infinity, 3, -1]
        var dlqOnly = SQSQueueSnapshot(name: "dlq-only", type: .fifo)
        dlqOnly.deadLetterDepth = 9_999
        var crashed = SQSQueueSnapshot(name: "crashed")
        crashed.consumersTotal = 10
        crashed.consumersCrashed = true
        crashed.inFlight = 10
        s.queues = [idle, dlqOnly, crashed]
        s.topics = [SNSTopicSnapshot(name: "no-subscribers", subscriptions: [])]
        s.functions = [
            LambdaFunctionSnapshot(
                name: "flat-out", concurrency: 1_000, concurrencyLimit: 1_000, throttlesPerSecond: 5_000,
                durationP50: .nan, durationP99: .infinity, concurrencyHistory: [.nan, 1_000]),
            LambdaFunctionSnapshot(name: "no-limit", concurrency: .nan, concurrencyLimit: 0),
        ]
        s.apiStages = [
            ApiGatewayStageSnapshot(
                name: "zero", integration: "nowhere", requestsPerSecond: 0, tooManyRequestsPerSecond: .nan,
                serverErrorsPerSecond: 0, latencyP50: .nan, latencyP99: 0, tokens: 0, rate: 0, burst: 0)
        ]
        s.ecsServices = [
            ECSServiceSnapshot(
                name: "empty", desired: 0,
                primary: ECSServiceSnapshot.Deployment(
                    id: "ecs-svc/1", taskDefinition: "empty:1", state: .failed))
        ]
        s.eksClusters = [EKSClusterSnapshot(name: "bare", deployments: [])]
        var broken = BeanstalkEnvironmentSnapshot(name: "broken", version: "release")
        broken.basicHealth = .red
        broken.status = .severe
        broken.failingTrafficShare = 1
        broken.capacityHistory = [.nan]
        s.beanstalk = [broken]
        return s
    }
}
