import Foundation
import Testing

@testable import Scenarios

extension DiagnosticFixture {
    /// Broken `queues`, `topics`, `functions` and `apiStages`, and what targets and faults may name.
    static let serviceScenarios: [DiagnosticFixture] = [
        .scenario(
            "queue-limits.yaml",
            [
                "queue-limits.yaml:7:5: unknown key 'visibilityTimout' in queues[0]; did you mean 'visibilityTimeout'?",
                "queue-limits.yaml:8:24: 'visibilityTimeout' must be between 0s and 12h, got 13h",
                "queue-limits.yaml:9:29: 'messageRetentionPeriod' must be between 1m and 14d, got 30s",
                "queue-limits.yaml:10:20: 'deliveryDelay' must be between 0s and 15m, got 20m",
                "queue-limits.yaml:11:29: 'receiveMessageWaitTime' must be between 0s and 20s, got 30s",
                "queue-limits.yaml:12:65: 'maxReceiveCount' must be between 1 and 1000, got 0",
                "queue-limits.yaml:13:38: 'batchSize' must be between 1 and 10, got 11",
                "queue-limits.yaml:13:53: 'errorRate' must be between 0 and 1, got 1.5",
                "queue-limits.yaml:13:68: 'waitTime' must be between 0s and 20s, got 25s",
                "queue-limits.yaml:15:29: 'messageRetentionPeriod' must be between 1m and 14d, got 15d",
            ]),
        .scenario(
            "queue-references.yaml",
            [
                "queue-references.yaml:9:38: unknown queue 'jobs-dql' in queues[0].redrivePolicy; did you mean 'jobs-dlq'?",
                "queue-references.yaml:10:35: unknown auto scaling group 'worker' in queues[0].consumers; did you mean 'workers'?",
                "queue-references.yaml:12:38: a queue cannot be its own dead-letter queue; name another queue",
                "queue-references.yaml:13:27: give only one of 'count' or 'autoScalingGroup' in queues[1].consumers",
                "queue-references.yaml:16:38: dead-letter queue 'jobs-dlq' is a standard queue but 'orders.fifo' is FIFO; SQS needs a dead-letter queue of the same type",
                "queue-references.yaml:17:27: 'workersPerTask' applies only with 'ecsService'",
                "queue-references.yaml:19:16: queues[3].consumers needs to say who consumes the queue: one of 'count', 'autoScalingGroup' or 'ecsService'",
            ]),
        .scenario(
            "fifo-names.yaml",
            [
                "fifo-names.yaml:8:12: a FIFO queue's name must end in '.fifo'; rename it 'orders.fifo'",
                "fifo-names.yaml:9:12: queue 'payments.fifo' ends in '.fifo' but is not FIFO; add fifo: true, or drop the suffix",
                "fifo-names.yaml:10:12: queue name 'jobs queue' may hold only letters, digits, '-' and '_' (at most 80 characters, '.fifo' included)",
                "fifo-names.yaml:10:26: 'messageGroups' applies only to a FIFO queue (fifo: true)",
                "fifo-names.yaml:11:37: 'highThroughputCallsPerSecond' applies only with highThroughput: true",
                "fifo-names.yaml:16:20: a FIFO topic delivers only to SQS queues, not over lambda; use protocol sqs",
                "fifo-names.yaml:17:35: queue 'payments.fifo' is standard and cannot subscribe to a FIFO topic; SNS pairs standard topics with standard queues and FIFO topics with FIFO queues",
                "fifo-names.yaml:21:35: queue 'ledger.fifo' is FIFO and cannot subscribe to a standard topic; SNS pairs standard topics with standard queues and FIFO topics with FIFO queues",
            ]),
        .scenario(
            "topic-subscriptions.yaml",
            [
                "topic-subscriptions.yaml:13:43: 'share' must be greater than 0, got 0",
                "topic-subscriptions.yaml:15:20: unknown protocol 'sq'; did you mean 'sqs'?",
                "topic-subscriptions.yaml:16:35: unknown queue 'orders-es' in topics[0].subscriptions[1]; did you mean 'orders-eu'?",
                "topic-subscriptions.yaml:16:69: 'region' must be a list, got 'eu'; write [eu]",
                "topic-subscriptions.yaml:17:38: unknown function 'notfy' in topics[0].subscriptions[2]; did you mean 'notify'?",
                "topic-subscriptions.yaml:17:62: unknown queue 'orders-dlq' in topics[0].subscriptions[2]; valid queues are orders-eu, orders-us",
                "topic-subscriptions.yaml:18:46: 'deliveryPolicy' applies only to http and https subscriptions",
                "topic-subscriptions.yaml:21:23: a filter policy may name at most 5 attributes, got 6",
                "topic-subscriptions.yaml:24:23: this filter policy has 180 combinations of values; SNS allows at most 150 (the product of the number of values of each attribute)",
                "topic-subscriptions.yaml:25:79: 'minDelayTarget' (30s) must not exceed 'maxDelayTarget' (10s)",
                "topic-subscriptions.yaml:28:25: these retries take 6000 s in all; SNS allows at most 3600 s of retrying for a subscription",
            ]),
        .scenario(
            "function-limits.yaml",
            [
                "function-limits.yaml:7:14: unknown runtime 'pyton'; did you mean 'python'?",
                "function-limits.yaml:8:13: 'memory' must be between 128 and 10240, got 64",
                "function-limits.yaml:9:14: 'timeout' must be between 1s and 15m, got 16m",
                "function-limits.yaml:10:29: give only one of 'mean' or 'fixed' in functions[0].duration",
                "function-limits.yaml:11:16: 'coldStart' must be between 0s and 10s, got 12s",
                "function-limits.yaml:13:29: 'provisionedConcurrency' (600) must not exceed 'reservedConcurrency' (500)",
                "function-limits.yaml:15:13: 'memory' must be between 128 and 10240, got 20480",
                "function-limits.yaml:16:26: 'sigma' applies only with 'median'",
                "function-limits.yaml:17:26: reserved concurrency adds up to 950 here, leaving 50 of the account's 1000 unreserved; Lambda keeps at least 100 unreserved",
                "function-limits.yaml:18:16: 'errorRate' must be between 0 and 1, got 2",
                "function-limits.yaml:20:15: functions[2].duration needs a shape: one of 'mean', 'median' or 'fixed'",
                "function-limits.yaml:21:18: 'usableVCPUs' must be greater than 0 and at most 6, got 8",
            ]),
        .scenario(
            "function-references.yaml",
            [
                "function-references.yaml:12:26: unknown queue 'job' in functions[0].eventSource; did you mean 'jobs'?",
                "function-references.yaml:12:42: a 'batchSize' above 10 needs a 'batchingWindow' of at least 1s, got 100",
                "function-references.yaml:13:15: unknown queue or topic 'event' in functions[0].sendsTo; did you mean 'events'?",
                "function-references.yaml:13:22: unknown queue or topic 'worker' in functions[0].sendsTo; valid queues and topics are jobs, orders.fifo, events",
                "function-references.yaml:15:50: 'batchSize' must be at most 10 for FIFO queue 'orders.fifo', got 20",
                "function-references.yaml:15:94: 'maximumConcurrency' must be between 2 and 1000, got 1",
                "function-references.yaml:16:45: 'maximumRetryAttempts' must be between 0 and 2, got 3",
                "function-references.yaml:16:65: 'maximumEventAge' must be between 1m and 6h, got 30s",
                "function-references.yaml:16:104: give either 'onFailure' or 'deadLetterQueue', not both",
                "function-references.yaml:18:34: unknown queue, topic or function 'nowhere' in functions[2].asyncInvocation; valid destinations are jobs, orders.fifo, events, worker, sequencer, notifier",
            ]),
        .scenario(
            "api-stage-limits.yaml",
            [
                "api-stage-limits.yaml:9:18: apiStages[0].integration needs a target: one of 'lambda', 'loadBalancer' or 'queue'",
                "api-stage-limits.yaml:9:19: unknown key 'lamda' in apiStages[0].integration; did you mean 'lambda'?",
                "api-stage-limits.yaml:10:25: 'integrationTimeout' must be between 50ms and 29s, got 30s",
                "api-stage-limits.yaml:11:22: 'rate' must not be negative, got -1",
                "api-stage-limits.yaml:12:18: 'ttl' must be between 0s and 1h, got 2h",
                "api-stage-limits.yaml:12:28: 'size' must be one of API Gateway's cache sizes in GB: 0.5, 1.6, 6.1, 13.5, 28.4, 58.2, 118, 237; got 2",
                "api-stage-limits.yaml:16:25: 'integrationTimeout' must be between 50ms and 30s, got 20ms",
                "api-stage-limits.yaml:17:5: 'apiKeyRequired' applies only to REST APIs (type: rest)",
                "api-stage-limits.yaml:18:5: 'usagePlans' applies only to REST APIs (type: rest)",
                "api-stage-limits.yaml:20:11: unknown API type 'soap'; valid API types are rest, http",
                "api-stage-limits.yaml:21:36: give only one of 'lambda' or 'queue' in apiStages[2].integration",
                "api-stage-limits.yaml:23:18: 'method' must be an HTTP verb (GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, ANY) and a path, e.g. \"GET /items\", got 'get items'",
                "api-stage-limits.yaml:24:9: apiStages[2].methodThrottles[1] is missing required key 'burst'",
                "api-stage-limits.yaml:26:16: duplicate usage plan name 'gold' (the first is at line 18); give each usage plan a unique name",
                "api-stage-limits.yaml:26:32: duplicate API key name 'k1' (the first is at line 18); give each API key a unique name",
                "api-stage-limits.yaml:26:69: unknown quota period 'year'; valid quota periods are DAY, WEEK, MONTH",
                "api-stage-limits.yaml:27:34: duplicate API key name 'k2' (the first is at line 26); give each API key a unique name",
            ]),
        .scenario(
            "service-targets.yaml",
            [
                "service-targets.yaml:12:11: the name 'web' is already used by the load balancer at line 6; give each a unique name",
                "service-targets.yaml:20:27: traffic cannot invoke function 'api-fn' directly in traffic[0]; target an API stage whose integration is {lambda: api-fn}",
                "service-targets.yaml:21:29: unknown load balancer, API stage, queue or topic 'prd' in traffic[1]; did you mean 'prod'?",
                "service-targets.yaml:22:26: unknown load balancer, API stage, queue or topic 'payments' in traffic[2]; valid targets are web, prod, jobs, orders",
                "service-targets.yaml:23:44: unknown API key 'acme' in traffic[3]; no API key is declared",
                "service-targets.yaml:24:43: 'apiKey' applies only to traffic aimed at an API stage; 'jobs' is not one",
                "service-targets.yaml:26:58: unknown queue 'job' in timeline[0].fault; did you mean 'jobs'?",
                "service-targets.yaml:27:55: unknown function 'prod' in timeline[1].fault; valid targets are api-fn",
                "service-targets.yaml:28:54: unknown API stage 'api-fn' in timeline[2].fault; valid targets are prod",
            ]),
    ]
}
