extension Simulation {
    /// Once a simulated second: the asynchronous services' bill from their own counters.
    /// SQS bills sends, receive calls, empty receives and delete calls (a receive or delete call
    /// covers a batch); SNS bills publishes; Lambda requests, GB-seconds (1 ms steps) and
    /// provisioned concurrency; API Gateway the requests past its throttles and cache hours.
    mutating func accrueMessagingBill() {
        var sqs = 0.0
        for q in messaging.queues {
            sqs += q.billedRequests * MessagingPricing.sqsPerRequest(q.spec.config.type)
        }
        let sns =
            Double(messaging.topics.reduce(0) { $0 + $1.state.published }) * MessagingPricing.snsPerPublish
        let lambda = messaging.account.functions.reduce(0.0) { $0 + $1.metrics.cost }
        let apiGateway = messaging.stages.reduce(0.0) { $0 + $1.state.cost(seconds: time) }
        bill.messaging.update(
            seconds: Double(ticksPerSecond) * tickSeconds, sqs: sqs, sns: sns, lambda: lambda,
            apiGateway: apiGateway)
    }

    /// Cost lines of the asynchronous services the architecture has.
    func messagingCosts() -> [ServiceCost] {
        let m = bill.messaging
        var lines: [ServiceCost] = []
        if !messaging.stages.isEmpty {
            lines.append(
                ServiceCost(service: "apigateway", perHour: m.apiGatewayPerHour, total: m.apiGateway))
        }
        if !messaging.functions.isEmpty {
            lines.append(ServiceCost(service: "lambda", perHour: m.lambdaPerHour, total: m.lambda))
        }
        if !messaging.topics.isEmpty {
            lines.append(ServiceCost(service: "sns", perHour: m.snsPerHour, total: m.sns))
        }
        if !messaging.queues.isEmpty {
            lines.append(ServiceCost(service: "sqs", perHour: m.sqsPerHour, total: m.sqs))
        }
        return lines
    }
}
