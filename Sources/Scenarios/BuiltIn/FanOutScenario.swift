/// The built-in `fan-out` scenario: an SNS topic fanning out to filtered SQS queues.
///
/// Mirrored byte for byte in `Scenarios/fan-out.yaml`; a test keeps the two identical, so edit
/// both together.
enum FanOutScenario {
    /// The YAML text.
    static let yaml = #"""
        # fan-out: one publish, a copy for every interested queue.
        # An SNS topic fans orders out to SQS queues, each subscription's filter policy choosing which
        # messages it gets; one queue's consumers fail and its messages end in its dead-letter queue.
        # Format reference: docs/scenario-format.md

        name: fan-out
        title: "Fan-out: SNS -> SQS queues with filter policies, one consumer failing into its DLQ"
        description: >
          A shop publishes 200 messages per second to the SNS topic orders, each tagged with a region
          (eu or us) and a type (order or refund). Four SQS queues subscribe: orders-eu and orders-us
          take only their region's orders, refunds takes every refund, and audit, with no filter
          policy, takes everything, so one publish becomes two copies. Each queue has its own fleet of
          consumers and its own backlog. At 3 minutes the consumers of orders-us crash for four minutes:
          they receive messages and never delete them, so every message comes back after the 20-second
          visibility timeout and, after its third receive, moves to orders-us-dlq. The other queues
          never notice: that isolation is the point of fanning out to queues instead of calling every
          service directly.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        topics:
          - name: orders
            messageMix:
              - {name: eu-order, attributes: {region: eu, type: order}, share: 45}
              - {name: us-order, attributes: {region: us, type: order}, share: 40}
              - {name: eu-refund, attributes: {region: eu, type: refund}, share: 8}
              - {name: us-refund, attributes: {region: us, type: refund}, share: 7}
            subscriptions:
              - {protocol: sqs, endpoint: orders-eu, filterPolicy: {region: [eu], type: [order]}}
              - {protocol: sqs, endpoint: orders-us, filterPolicy: {region: [us], type: [order]}}
              - {protocol: sqs, endpoint: refunds, filterPolicy: {type: [refund]}}
              - {protocol: sqs, endpoint: audit}

        queues:
          - name: orders-eu               # 90 messages/s
            receiveMessageWaitTime: 20s
            consumers: {count: 8, batchSize: 10, processingTime: 500ms}
          - name: orders-us               # 80 messages/s
            visibilityTimeout: 20s
            receiveMessageWaitTime: 20s
            redrivePolicy: {deadLetterQueue: orders-us-dlq, maxReceiveCount: 3}
            consumers: {count: 8, batchSize: 10, processingTime: 500ms}
          - name: orders-us-dlq
            messageRetentionPeriod: 14d
          - name: refunds                 # 30 messages/s
            receiveMessageWaitTime: 20s
            consumers: {count: 4, batchSize: 10, processingTime: 500ms}
          - name: audit                   # every message: 200/s
            receiveMessageWaitTime: 20s
            consumers: {count: 16, batchSize: 10, processingTime: 500ms}

        traffic:
          - name: shop
            target: orders                # each request is one Publish
            pattern: {type: steady, rps: 200}
            clientRegions: {us-east-1: 1}

        timeline:
          - at: 0
            caption: "200 publishes/s to orders; filter policies split them, audit gets a copy of everything"
            seconds: 10
          - at: 90s
            caption: "Each queue sees only its share: orders-eu 90/s, orders-us 80/s, refunds 30/s, audit 200/s"
            seconds: 10
          - at: 3m
            caption: "orders-us consumers crash: they receive but never delete, so messages return every 20 s"
            seconds: 10
          - at: 3m
            fault: {kind: "sqs:consumer-crash", target: orders-us, duration: 4m}
          - at: 4m
            caption: "Third receive: orders-us messages move to orders-us-dlq; the other queues never notice"
            seconds: 10
          - at: 7m
            caption: "orders-us consumers are back and drain the backlog; the DLQ keeps what it caught"
            seconds: 10

        """#
}
