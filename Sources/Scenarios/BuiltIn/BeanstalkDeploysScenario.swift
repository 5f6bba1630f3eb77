/// The built-in `beanstalk-deploys` scenario: one Elastic Beanstalk environment deployed with every policy in turn.
///
/// Mirrored byte for byte in `Scenarios/beanstalk-deploys.yaml`; a test keeps the two identical, so edit
/// both together.
enum BeanstalkDeploysScenario {
    /// The YAML text.
    static let yaml = #"""
        # beanstalk-deploys: one Elastic Beanstalk web environment deployed with every policy in turn.
        # Format reference: docs/scenario-format.md

        name: beanstalk-deploys
        title: "Elastic Beanstalk deployment policies side by side: capacity, errors and time"
        description: >
          A load-balanced Elastic Beanstalk environment of six t3.small instances serves a steady 300
          requests per second (each instance handles 100). The same environment is deployed with each
          policy in turn. All at once takes every instance out for the install: a short outage, the
          fastest deployment. Rolling, in batches of two, keeps four instances serving: capacity minus
          one batch, no errors, about three times as long. Rolling with an additional batch launches two
          new instances first and keeps all six serving, at the price of a boot and a longer
          deployment. Immutable builds a whole new fleet in a temporary group (one instance first):
          twelve instances for a while, then back to six. Traffic splitting does the same, then sends
          10 % of the requests to the new fleet for a three-minute evaluation before the shift. Last, a
          broken version is rolled out in batches: its first batch fails its health checks (a few
          requests fail in the seconds before the load balancer takes it out), the deployment stops,
          and the other four instances stay on the old version, one batch short, until an immutable
          deployment of a fixed version replaces the whole fleet. Compare beanstalk.shop.capacity,
          error_rate and deploying per policy in the output of cloudtop run.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        beanstalkEnvironments:
          - name: shop
            tier: WebServer
            environmentType: LoadBalanced
            instanceType: t3.small
            instances: 6
            availabilityZones: [us-east-1a, us-east-1b]
            versionLabel: v1
            deploymentPolicy: Rolling
            batchSize: 2
            requestsPerSecondPerInstance: 100

        traffic:
          - name: shoppers
            target: shop-alb
            pattern: {type: steady, rps: 300}

        timeline:
          - at: 30s
            caption: "Six instances on v1 behind the environment's ALB, 300 rps; every policy in turn from 1 minute"
            seconds: 10
          - at: 1m
            deploy: {target: "shop", version: "v2", policy: "AllAtOnce"}
          - at: 1m
            caption: "All at once: every instance out of service while v2 installs; a short outage, the fastest"
            seconds: 12
          - at: 4m
            deploy: {target: "shop", version: "v3", policy: "Rolling", batchSize: 2}
          - at: 4m
            caption: "Rolling, batches of 2: four instances keep serving (capacity minus one batch), no errors"
            seconds: 12
          - at: 14m
            deploy: {target: "shop", version: "v4", policy: "RollingWithAdditionalBatch", batchSize: 2}
          - at: 14m
            caption: "Rolling with additional batch: two new instances first, full capacity throughout, slower"
            seconds: 12
          - at: 28m
            deploy: {target: "shop", version: "v5", policy: "Immutable"}
          - at: 28m
            caption: "Immutable: a new fleet in a temporary group, one instance first; twelve instances, then six"
            seconds: 12
          - at: 37m
            deploy: {target: "shop", version: "v6", policy: "TrafficSplitting", newVersionPercent: 10, evaluationTime: 180}
          - at: 37m
            caption: "Traffic splitting: a new fleet, then 10 % of requests to it for a 3-minute evaluation"
            seconds: 12
          - at: 49m
            deploy: {target: "shop", version: "v7", policy: "Rolling", batchSize: 2, failsHealthChecks: true}
          - at: 49m
            caption: "v7 is broken: its first batch fails health checks, the deployment stops, four stay on v6"
            seconds: 12
          - at: 51m
            deploy: {target: "shop", version: "v8", policy: "Immutable"}
          - at: 51m
            caption: "Immutable deployment of a fixed v8 replaces the whole fleet, the failed batch with it"
            seconds: 12

        """#
}
