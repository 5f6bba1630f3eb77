import CloudSim

@testable import Scenarios

/// A scenario that uses every key of `queues`, `topics`, `functions` and `apiStages`.
enum ServiceScenario {
    static let yaml = #"""
        name: services
        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]
        loadBalancers:
          - name: web-alb
            availabilityZones: [us-east-1a]
            targetGroups: [{name: web-tg}]
            defaultTargetGroup: web-tg
        autoScalingGroups:
          - {name: workers, instanceType: m5.large, minSize: 1, maxSize: 4, availabilityZones: [us-east-1a]}
        queues:
          - name: jobs
            visibilityTimeout: 45s
            messageRetentionPeriod: 2d
            deliveryDelay: 5s
            receiveMessageWaitTime: 10s
            redrivePolicy: {deadLetterQueue: jobs-dlq, maxReceiveCount: 5}
            consumers: {autoScalingGroup: workers, workersPerInstance: 4, batchSize: 10, processingTime: 200ms,
                        errorRate: 0.01, waitTime: 20s, shortPollInterval: 0.5s}
          - name: jobs-dlq
            messageRetentionPeriod: 14d
          - name: orders.fifo
            fifo: true
            messageGroups: 8
            highThroughput: true
            highThroughputCallsPerSecond: 9000
            consumers: {count: 3}
          - name: audit
            consumers: {count: 0}
        topics:
          - name: orders
            messageMix:
              - {attributes: {region: eu, type: order}, share: 3}
              - {name: us-refunds, attributes: {region: us, type: refund}}
            subscriptions:
              - {protocol: sqs, endpoint: jobs, filterPolicy: {region: [eu]}, deadLetterQueue: jobs-dlq}
              - {protocol: lambda, endpoint: worker}
              - {protocol: https, endpoint: "https://example.com/hook", deliveryPolicy: {numRetries: 5, numNoDelayRetries: 1, minDelayTarget: 2s, maxDelayTarget: 30s}}
              - {protocol: email, endpoint: ops@example.com}
        functions:
          - name: api-fn
            runtime: python
            memory: 512
            timeout: 30s
            duration: {median: 80ms, sigma: 0.6}
            referenceMemory: 1024
            cpuBoundShare: 0.5
            usableVCPUs: 2
            coldStart: 400ms
            reservedConcurrency: 100
            provisionedConcurrency: 10
            errorRate: 0.02
            idleReclaim: 5m
            sendsTo: [jobs, orders]
            asyncInvocation: {maximumRetryAttempts: 1, maximumEventAge: 1h, onFailure: jobs-dlq}
          - name: worker
            duration: {mean: 120ms}
            eventSource: {queue: jobs, batchSize: 100, batchingWindow: 2s, maximumConcurrency: 50}
            asyncInvocation: {deadLetterQueue: jobs-dlq}
        apiStages:
          - name: prod
            type: rest
            throttle: {rate: 500, burst: 200}
            methodThrottles: [{method: "GET /items", rate: 50, burst: 20}]
            apiKeyRequired: true
            usagePlans:
              - {name: gold, apiKeys: [k1, k2], throttle: {rate: 100, burst: 50}, quota: {limit: 10000, period: MONTH}}
              - {name: free, apiKeys: [k3], quota: {limit: 100}}
            integration: {lambda: api-fn}
            integrationTimeout: 10s
            cache: {ttl: 60s, size: 1.6, catalogue: {objects: 500, zipf: 1.1}}
            latencyMillis: 12
          - name: ingest
            type: http
            integration: {queue: jobs}
          - name: legacy
            integration: {loadBalancer: web-alb}
        traffic:
          - {name: api-users, target: prod, apiKey: k1, pattern: {type: steady, rps: 100}}
          - {name: producers, target: jobs, pattern: {type: steady, rps: 10}}
          - {name: publishers, target: orders, pattern: {type: steady, rps: 10}}
        timeline:
          - {at: 1m, fault: {kind: "sqs:consumer-crash", target: jobs, duration: 2m}}
          - {at: 1m, fault: {kind: "lambda:throttle", target: api-fn, magnitude: 5}}
          - {at: 1m, fault: {kind: "apigw:throttle", target: prod, magnitude: 10}}
        """#

    /// The decoded architecture.
    static func architecture() throws -> Architecture {
        try ScenarioLoader.parse(yaml: yaml, file: "services.yaml")
    }

    /// The diagnostics of `yaml`, as `FILE:LINE:COL: message` lines.
    static func diagnostics(_ yaml: String) -> [String] {
        do {
            _ = try ScenarioLoader.parse(yaml: yaml, file: "x.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}
