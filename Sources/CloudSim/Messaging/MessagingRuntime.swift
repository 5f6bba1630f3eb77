/// The asynchronous side of the simulation: API Gateway stages, Lambda functions, SNS topics
/// and SQS queues, with the names between them resolved to indices.
///
/// Empty when the architecture declares none of them; the stages that use it then return at
/// once, so compute-only scenarios pay nothing for it.
struct MessagingRuntime: Sendable {
    var queues: [QueueRuntime] = []
    var topics: [TopicRuntime] = []
    /// The account's functions (sharing its concurrency), and what the engine adds per function.
    var account = LambdaAccount(functions: [])
    var functions: [FunctionRuntime] = []
    var stages: [StageRuntime] = []
    /// Usage plans and the account bucket of API Gateway.
    var apiAccount = ApiGatewayAccount()
    /// Per traffic source: the stage, queue or topic it targets (nil: something else).
    var sourceTargets: [MessagingTarget?] = []
    /// Whether any queue, topic or function exists (the messaging stage runs).
    var isActive = false
    /// Client requests waiting for an answer inside API Gateway (forwarded to a function).
    var clientsInFlight = 0
    // Scratch reused every tick.
    var demands: [LambdaDemand] = []
    var starts: [LambdaSynchronousStart] = []
    var shares: [Double] = []
    var split: [Int] = []
    var published: [Int] = []
    var successChances: [Double] = []
}

/// What a name in the asynchronous world refers to.
enum MessagingTarget: Sendable, Equatable {
    case stage(Int)
    case queue(Int)
    case topic(Int)
    case function(Int)
}

/// A queue inside the simulation: the model, its fleet and this tick's sends.
struct QueueRuntime: Sendable {
    var spec: QueueSpec
    var state: SQSQueueState
    /// Queue steps per engine tick (a tenth of the mean processing time at most).
    let steps: Int
    /// The Auto Scaling group of an `.autoScalingGroup` fleet.
    var workerGroup: Int?
    /// The ECS service of an `.ecsService` fleet (cluster and service index).
    var workerService: (cluster: Int, service: Int)?
    /// The Elastic Beanstalk worker environment whose SQS daemon polls the queue, and its
    /// HTTP connections per instance.
    var workerEnvironment: (environment: Int, connections: Int)?
    /// The dead-letter queue, when the spec names one we know.
    var deadLetterQueue: Int?
    /// Messages sent to it this tick (clients, API Gateway, functions, topics, redrive).
    var sends = 0
    /// Functions whose event source mapping polls it.
    var mappings: [Int] = []
    /// Processing time of one batch without faults, and the latency a fault adds, seconds.
    let baseProcessingSeconds: Double
    /// Sum over this minute's ticks of visible messages, and the ticks (backlog metric).
    var visibleMinuteSum = 0.0
    var minuteTicks = 0
    /// Requests billed so far (sends, receive calls, empty receives, delete calls).
    var billedRequests: Double {
        let c = state.counters
        let batch = Double(max(1, state.consumer.batchSize))
        return Double(c.sent + c.throttledSends) + Double(c.received) / batch + Double(c.emptyReceives)
            + Double(c.deleted) / batch
    }

    /// The queue's tick at the end of engine tick `tick` (the queue steps `steps` per tick).
    func lastQueueTick(engineTick tick: Int) -> Int { tick * steps - 1 }
}

/// A topic inside the simulation and where each subscription delivers.
struct TopicRuntime: Sendable {
    var state: SNSTopicState
    /// Per subscription: the queue or function it delivers to (nil: HTTP, email, unknown).
    let endpoints: [MessagingTarget?]
    /// Per subscription: the dead-letter queue, when named and known.
    let deadLetterQueues: [Int?]
    /// Publishes this tick (clients and functions).
    var publishes = 0
}

/// What the engine keeps per Lambda function beside the model.
struct FunctionRuntime: Sendable {
    /// Queues and topics each successful invocation sends one message to.
    let sendsTo: [MessagingTarget]
    /// Where given-up asynchronous events go (queue or topic), if named and known.
    let failureTarget: MessagingTarget?
    /// The queue its SQS event source mapping polls.
    let mappingQueue: Int?
    /// Stages integrating it (synchronous callers).
    var callers: [Int] = []
    /// Synchronous invocations asked for this tick, and asynchronous events due next.
    var synchronous = 0
    var asynchronous = 0
    /// Counters at the end of the last tick (for per-tick deltas).
    var asyncSucceeded = 0
    var givenUp = 0
}

/// An API Gateway stage inside the simulation: the model, its integration, this tick's
/// requests and the answers still to come.
struct StageRuntime: Sendable {
    var state: ApiGatewayStageState
    let integration: MessagingTarget?
    /// A load balancer integration, by index.
    let balancer: Int?
    /// Requests of this tick, per sending source (method, key, count), and their expected rate.
    var requests: [ApiGatewayRequests] = []
    var offeredRate = 0.0
    /// Requests forwarded to a function this tick, not yet admitted by it.
    var waitingForFunction = 0
    /// Answers of a function integration by the tick they come back, a ring indexed by tick.
    var wheel: [[ApiGatewayIntegrationResponse]]
    /// Answers still to come.
    var pending = 0
    /// Answers due this tick (scratch).
    var due: [ApiGatewayIntegrationResponse] = []
    /// Requests billed so far, for the per-second bill.
    var cost = 0.0

    init(state: ApiGatewayStageState, integration: MessagingTarget?, balancer: Int?, tickSeconds: Double) {
        self.state = state
        self.integration = integration
        self.balancer = balancer
        let ticks = Int((state.config.integrationTimeoutSeconds / tickSeconds).rounded(.up)) + 2
        wheel = Array(repeating: [], count: max(2, ticks))
    }

    /// Schedules `response` to come back `afterTicks` ticks after `tick` (capped at the
    /// integration timeout: the gateway answers 504 then, whatever the function does).
    mutating func schedule(_ response: ApiGatewayIntegrationResponse, afterTicks: Int, tick: Int) {
        let slot = (tick + min(max(0, afterTicks), wheel.count - 2)) % wheel.count
        wheel[slot].append(response)
        pending += response.count
    }

    /// Takes the answers due at `tick` into `due`.
    mutating func takeDue(tick: Int) {
        due.removeAll(keepingCapacity: true)
        let slot = tick % wheel.count
        guard !wheel[slot].isEmpty else { return }
        swap(&due, &wheel[slot])
        for r in due { pending -= r.count }
    }
}
