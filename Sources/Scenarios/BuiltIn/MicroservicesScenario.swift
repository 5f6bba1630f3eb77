/// The built-in `microservices` scenario: a request path that hands slow work to an SQS queue drained by ECS tasks.
///
/// Mirrored byte for byte in `Scenarios/microservices.yaml`; a test keeps the two identical, so edit
/// both together.
enum MicroservicesScenario {
    /// The YAML text.
    static let yaml = #"""
        # microservices: a request path that hands slow work to a queue drained by containers.
        # API Gateway invokes a Lambda function that accepts each order and sends a job to SQS; an ECS
        # service of Fargate tasks polls the queue; jobs that keep failing end in a dead-letter queue.
        # The course's "API Gateway -> Lambda -> containers on ECS". Format reference: docs/scenario-format.md

        name: microservices
        title: "Microservices: API Gateway -> Lambda -> SQS -> containers on ECS (Fargate), with a dead-letter queue"
        description: >
          Clients call an API Gateway stage whose Lambda function answers at once and sends one job per
          order to an SQS queue; the slow part, 200 ms of work per job, runs in an ECS service of Fargate
          tasks that long-poll the queue, ten workers per task. Orders ramp from 40 to 200 per second
          between 1 and 5 minutes: the function keeps up within milliseconds, the tasks only after the
          service's CPU target tracking has started more of them (busy workers are the tasks' CPU), so
          meanwhile the backlog and the age of the oldest message grow, yet the callers never wait for
          them. At 9 minutes the workers crash for three minutes: they still receive jobs but never
          delete them, so every job reappears after the 30-second visibility timeout, and after its
          third receive SQS moves it to the dead-letter queue jobs-dlq. When the workers recover the
          backlog drains; what reached the dead-letter queue stays there until someone redrives it.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

        apiStages:
          - name: orders-api
            type: rest
            throttle: {rate: 2000, burst: 1000}
            integration: {lambda: place-order}
            integrationTimeout: 10s

        functions:
          - name: place-order
            runtime: nodejs
            memory: 512
            timeout: 10s
            duration: {median: 60ms, sigma: 0.5}
            sendsTo: [jobs]                 # one SendMessage per successful order

        queues:
          - name: jobs
            visibilityTimeout: 30s          # far longer than a job takes, so a healthy worker deletes in time
            receiveMessageWaitTime: 20s     # long polling
            redrivePolicy: {deadLetterQueue: jobs-dlq, maxReceiveCount: 3}
            consumers:
              ecsService: workers
              workersPerTask: 10            # 10 workers x 1 job per 200 ms = 50 jobs/s per task
              batchSize: 1
              processingTime: 200ms
          - name: jobs-dlq
            messageRetentionPeriod: 14d     # longer than the source queue's: moved jobs keep their age

        ecsClusters:
          - name: orders
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

        ecsServices:
          - name: workers
            cluster: orders
            launchType: FARGATE
            taskDefinition: {family: worker, cpu: 512, memory: 1024, requestsPerSecond: 50}
            desiredCount: 3
            autoScaling: {min: 3, max: 12, targetCPU: 70}   # busy workers are the tasks' CPU

        traffic:
          - name: shoppers
            target: orders-api
            pattern: {type: ramp, from: 40, to: 200, start: 1m, duration: 4m}
            clientRegions: {us-east-1: 1}

        timeline:
          - at: 0
            caption: "40 orders/s: the function answers in about 60 ms and queues one job per order"
            seconds: 8
          - at: 2m
            caption: "Orders ramp to 200/s: the function keeps up at once, the backlog grows until new Fargate tasks start"
            seconds: 10
          - at: 9m
            caption: "The workers crash: jobs are received but never deleted, and come back every 30 s"
            seconds: 10
          - at: 9m
            fault: {kind: "sqs:consumer-crash", target: jobs, duration: 3m}
          - at: 10.5m
            caption: "Third receive without a delete: SQS moves the jobs to the dead-letter queue jobs-dlq"
            seconds: 10
          - at: 12m
            caption: "The workers recover: the backlog drains, and jobs-dlq keeps what it caught until it is redriven"
            seconds: 10

        """#
}
