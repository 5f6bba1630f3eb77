extension HeadlessRecord {
    /// API Gateway stages, Lambda functions, SNS topics and SQS queues (present only when the
    /// scenario has them); per-second figures are those of the last complete second.
    static func messagingServices(_ s: Snapshot) -> [(
        kind: String, resources: [(name: String, fields: [(String, Double, Int)])]
    )] {
        var services: [(kind: String, resources: [(name: String, fields: [(String, Double, Int)])])] = []
        if !s.apiStages.isEmpty {
            services.append(
                (
                    "apigw",
                    s.apiStages.map { a in
                        (
                            a.name,
                            [
                                ("rps", a.requestsPerSecond, 1), ("429", a.tooManyRequestsPerSecond, 1),
                                ("5xx", a.serverErrorsPerSecond, 1), ("p50_ms", a.latencyP50, 1),
                                ("p99_ms", a.latencyP99, 1),
                            ]
                        )
                    }
                ))
        }
        if !s.functions.isEmpty {
            services.append(
                (
                    "lambda",
                    s.functions.map { f in
                        (
                            f.name,
                            [
                                ("concurrency", f.concurrency, 1), ("invocations", f.invocationsPerSecond, 1),
                                ("throttles", f.throttlesPerSecond, 1), ("errors", f.errorsPerSecond, 1),
                                ("cold_starts", f.coldStartsPerSecond, 1), ("p99_ms", f.durationP99, 1),
                                ("async_queue", Double(f.asyncQueueDepth), 0),
                            ]
                        )
                    }
                ))
        }
        if !s.topics.isEmpty {
            services.append(
                (
                    "sns",
                    s.topics.map { t in
                        (
                            t.name,
                            [
                                ("published", t.publishedPerSecond, 1),
                                ("delivered", t.subscriptions.reduce(0) { $0 + $1.deliveredPerSecond }, 1),
                                ("retrying", Double(t.subscriptions.reduce(0) { $0 + $1.retrying }), 0),
                                ("dlq", Double(t.subscriptions.reduce(0) { $0 + $1.deadLettered }), 0),
                            ]
                        )
                    }
                ))
        }
        if !s.queues.isEmpty {
            services.append(
                (
                    "sqs",
                    s.queues.map { q in
                        (
                            q.name,
                            [
                                ("visible", Double(q.visible), 0), ("inflight", Double(q.inFlight), 0),
                                ("delayed", Double(q.delayed), 0), ("dlq", Double(q.deadLetterDepth), 0),
                                ("oldest", q.oldestAgeSeconds, 1), ("sent", q.sentPerSecond, 1),
                                ("deleted", q.deletedPerSecond, 1),
                                ("consumers", Double(q.consumersTotal), 0),
                                ("busy", Double(q.consumersBusy), 0),
                            ]
                        )
                    }
                ))
        }
        return services
    }
}
