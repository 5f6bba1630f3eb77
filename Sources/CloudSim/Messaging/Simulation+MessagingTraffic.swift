extension Simulation {
    /// Draws the arrivals of a source aimed at an API Gateway stage, a queue or a topic.
    ///
    /// A stage's requests wait for the API Gateway stage of the tick; a SendMessage or Publish
    /// is answered at once (success, with SQS's or SNS's latency) and its message joins this
    /// tick's sends of the queue or publishes of the topic.
    mutating func generateMessagingTraffic(source s: Int, rate: Double) {
        guard s < messaging.sourceTargets.count, let target = messaging.sourceTargets[s] else { return }
        let n = random.poisson(mean: rate * tickSeconds)
        countArrived(n)
        switch target {
        case .stage(let k):
            messaging.stages[k].offeredRate += rate
            guard n > 0 else { return }
            messaging.stages[k].requests.append(
                ApiGatewayRequests(count: n, apiKey: sources[s].config.apiKey))
        case .queue(let q):
            guard n > 0 else { return }
            messaging.queues[q].sends += n
            countSucceeded(n)
            edgeHistogramSecond.record(MessagingLatency.sendMessageMillis, weight: Double(n))
        case .topic(let t):
            guard n > 0 else { return }
            messaging.topics[t].publishes += n
            countSucceeded(n)
            edgeHistogramSecond.record(MessagingLatency.publishMillis, weight: Double(n))
        case .function:
            countFailed(n)  // clients cannot invoke a function without a stage
        }
    }
}
