/// The built-in `showcase` scenario (the default): one web shop on every service cloudtop
/// simulates, so every panel has something to show.
///
/// Mirrored byte for byte in `Scenarios/showcase.yaml`; a test keeps the two identical, so edit
/// both together.
enum ShowcaseScenario {
    /// The YAML text.
    static let yaml = #"""
        # showcase: one shop that uses every service cloudtop simulates (the default scenario).
        # Route 53 -> CloudFront -> ALB -> EC2 Auto Scaling for the web pages; API Gateway -> Lambda ->
        # SNS -> SQS for orders, drained by EC2 workers and by ECS tasks on Fargate; an Elastic Beanstalk
        # environment for the staff back office. Format reference: docs/scenario-format.md

        name: showcase
        title: "Showcase: a web shop on every service: DNS, CDN, ALB, Auto Scaling, queues, Lambda, containers, Beanstalk"
        description: >
          A web shop built from every service the course covers, so each panel has something to show.
          Shoppers look up www.example.com in Route 53 and reach CloudFront, which caches the static
          files and passes the pages to an Application Load Balancer over an Auto Scaling group that
          tracks 60 % CPU. Orders go to an API Gateway stage whose Lambda function publishes each one to
          an SNS topic; the topic fans out to a fulfilment queue, drained by EC2 workers that scale on
          backlog per instance, and to an email queue, drained by ECS tasks on Fargate that scale on CPU.
          Staff use a back office on Elastic Beanstalk. The timeline narrates a few minutes of trouble:
          an instance dies, a new back-office version rolls out batch by batch, the fulfilment workers
          crash and their messages pile up and then reach the dead-letter queue, the function is
          throttled and the gateway answers 429, and an orders spike makes every tier scale out.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

        hostedZones:
          - name: example.com
            records:
              - name: www.example.com
                type: A
                alias: {name: web-cdn}      # an alias to a distribution: TTL 60 s

        distributions:
          - name: web-cdn
            origin: web-alb
            behaviors:
              - pathPattern: /static/*      # images, scripts, style sheets: cached for a day
                share: 1
                catalogue: {objects: 5000, zipf: 1.0, objectSize: 50KB}
            defaultBehavior:                # pages: caching disabled, straight to the ALB
              minTTL: 0
              defaultTTL: 0
              maxTTL: 0
              share: 3
            clientRegions:
              - {region: us-east-1, edges: 1}
            edgeCapacity: 2GB

        loadBalancers:
          - name: web-alb
            type: application
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
            targetGroups:
              - name: web-tg
                algorithm: round_robin
            defaultTargetGroup: web-tg

        autoScalingGroups:
          - name: web
            instanceType: m5.large          # 2 vCPUs: 2 x 1000 ms / 20 ms = 100 requests/s at 100 % CPU
            minSize: 2
            maxSize: 10
            desiredCapacity: 4
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
            targetGroups: [web-tg]
            healthCheckType: ELB
            healthCheckGracePeriod: 120
            defaultInstanceWarmup: 60
            bootSeconds: 90
            monitoring: detailed
            app:
              cpuMillisPerRequest: 20
            policies:
              - name: cpu60
                type: targetTracking
                metric: ASGAverageCPUUtilization
                target: 60
          - name: workers
            instanceType: m5.large
            minSize: 2
            maxSize: 8
            desiredCapacity: 2
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
            bootSeconds: 90
            defaultInstanceWarmup: 60
            policies:
              - name: backlog100            # visible jobs per InService instance: 2 s of work at 50 jobs/s
                type: targetTracking
                metric: SQSBacklogPerInstance
                target: 100

        apiStages:
          - name: orders-api
            type: rest
            throttle: {rate: 200, burst: 100}
            integration: {lambda: place-order}
            integrationTimeout: 10s

        functions:
          - name: place-order
            runtime: nodejs
            memory: 512
            timeout: 10s
            duration: {median: 60ms, sigma: 0.5}
            sendsTo: [order-events]         # one Publish per accepted order

        topics:
          - name: order-events
            subscriptions:
              - {protocol: sqs, endpoint: fulfilment}
              - {protocol: sqs, endpoint: emails}

        queues:
          - name: fulfilment
            visibilityTimeout: 30s
            receiveMessageWaitTime: 20s
            redrivePolicy: {deadLetterQueue: fulfilment-dlq, maxReceiveCount: 3}
            consumers:
              autoScalingGroup: workers
              workersPerInstance: 10        # 10 workers x 1 job per 200 ms = 50 jobs/s per instance
              batchSize: 1
              processingTime: 200ms
          - name: fulfilment-dlq
            messageRetentionPeriod: 14d
          - name: emails
            receiveMessageWaitTime: 20s
            consumers:
              ecsService: mailer
              workersPerTask: 5             # 5 workers x 1 email per 250 ms = 20 emails/s per task
              batchSize: 1
              processingTime: 250ms

        ecsClusters:
          - name: shop
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

        ecsServices:
          - name: mailer
            cluster: shop
            launchType: FARGATE
            taskDefinition: {family: mailer, cpu: 256, memory: 512, requestsPerSecond: 20}
            desiredCount: 2
            deploymentConfiguration:
              minimumHealthyPercent: 100
              maximumPercent: 200
              deploymentCircuitBreaker: {enable: true, rollback: true}
            autoScaling: {min: 2, max: 8, targetCPU: 70}

        beanstalkEnvironments:
          - name: backoffice
            tier: WebServer
            environmentType: LoadBalanced
            instanceType: t3.small
            instances: 4
            availabilityZones: [us-east-1a, us-east-1b]
            versionLabel: v1
            deploymentPolicy: Rolling
            batchSize: 2
            requestsPerSecondPerInstance: 50

        traffic:
          - name: shoppers
            target: www.example.com
            pattern: {type: ramp, from: 200, to: 600, start: 1m, duration: 10m}
            clientRegions: {us-east-1: 1}
          - name: orders
            target: orders-api
            pattern: {type: ramp, from: 20, to: 60, start: 1m, duration: 10m}
            clientRegions: {us-east-1: 1}
          - name: staff
            target: backoffice-alb
            pattern: {type: steady, rps: 60}
            clientRegions: {us-east-1: 1}

        timeline:
          - at: 0
            caption: "A web shop on every service: Tab or 1-9 moves between panels, f injects a fault, ? lists the keys"
            seconds: 10
          - at: 1m
            caption: "Shoppers and orders ramp up for ten minutes: the web group tracks 60 % CPU"
            seconds: 8
          - at: 3m
            caption: "Each order: API Gateway -> Lambda -> SNS -> fulfilment (EC2 workers) and emails (Fargate tasks)"
            seconds: 10
          - at: 5m
            caption: "A web instance dies: the ALB stops routing to it and the group launches a replacement"
            seconds: 8
          - at: 5m
            fault: {kind: "ec2:terminate-instance", target: web}
          - at: 7m
            caption: "Back office v2 rolls out two instances at a time: capacity drops by one batch, no errors"
            seconds: 10
          - at: 7m
            deploy: {target: "backoffice", version: "v2"}
          - at: 12m
            caption: "The fulfilment workers crash: jobs come back every 30 s, and after three receives go to the DLQ"
            seconds: 10
          - at: 12m
            fault: {kind: "sqs:consumer-crash", target: fulfilment, duration: 2m}
          - at: 15m
            caption: "The function's concurrency is cut to 2: API Gateway answers 429 to the orders it cannot run"
            seconds: 10
          - at: 15m
            fault: {kind: "lambda:throttle", target: place-order, duration: 1m, magnitude: 2}
          - at: 17m
            caption: "The static files are invalidated: CloudFront's hit ratio dips while the edge refills"
            seconds: 8
          - at: 17m
            fault: {kind: "cloudfront:invalidate", target: web-cdn}
          - at: 19m
            caption: "Orders triple for three minutes: the queues fill, workers and tasks scale out, then drain"
            seconds: 10
          - at: 19m
            fault: {kind: "traffic:spike", target: orders, duration: 3m, magnitude: 3}

        """#
}
