/// The built-in `multi-region` scenario: Route 53 failover between two regions.
///
/// Mirrored byte for byte in `Scenarios/multi-region.yaml`; a test keeps the two identical, so edit
/// both together.
enum MultiRegionScenario {
    /// The YAML text.
    static let yaml = #"""
        # multi-region: active-passive failover between two regions with Route 53.
        # Each region runs the same small web tier (an ALB over an Auto Scaling group); Route 53
        # failover records send everyone to us-east-1 while its health check passes, else to eu-west-1.
        # Format reference: docs/scenario-format.md

        name: multi-region
        title: "Multi-region failover: Route 53 health checks between us-east-1 and eu-west-1"
        description: >
          The same web tier runs in us-east-1 and in eu-west-1: an Application Load Balancer over an
          Auto Scaling group in two Availability Zones. Route 53 answers app.example.com with a
          failover pair: the us-east-1 load balancer while it is healthy, else the eu-west-1 one. Fast
          health checks probe each load balancer every 10 seconds and declare it unhealthy after three
          failures in a row. At 10 minutes all of us-east-1 goes dark for ten minutes. Watch the time
          it takes before clients reach Europe: about 30 seconds for the health check to fail, then up
          to 60 seconds more while resolvers keep their cached answer (the alias TTL). When the region
          returns, its group first relaunches its instances; once the load balancer has healthy targets
          again, the checks pass and traffic fails back the same way.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]
          - name: eu-west-1
            availabilityZones: [eu-west-1a, eu-west-1b]

        loadBalancers:
          - name: use1-alb
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [{name: use1-tg}]
            defaultTargetGroup: use1-tg
          - name: euw1-alb
            availabilityZones: [eu-west-1a, eu-west-1b]
            targetGroups: [{name: euw1-tg}]
            defaultTargetGroup: euw1-tg

        autoScalingGroups:
          - name: use1-web
            instanceType: m5.large          # 2 vCPUs: 2 x 1000 ms / 10 ms = 200 requests/s at 100 % CPU
            minSize: 2
            maxSize: 8
            desiredCapacity: 4
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [use1-tg]
            healthCheckType: ELB
            healthCheckGracePeriod: 120
            defaultInstanceWarmup: 60
            app:
              cpuMillisPerRequest: 10
            policies:
              - {name: cpu60, type: targetTracking, target: 60}
          - name: euw1-web
            instanceType: m5.large
            minSize: 2
            maxSize: 8
            desiredCapacity: 4
            availabilityZones: [eu-west-1a, eu-west-1b]
            targetGroups: [euw1-tg]
            healthCheckType: ELB
            healthCheckGracePeriod: 120
            defaultInstanceWarmup: 60
            app:
              cpuMillisPerRequest: 10
            policies:
              - {name: cpu60, type: targetTracking, target: 60}

        hostedZones:
          - name: example.com
            healthChecks:
              - {id: use1-check, endpoint: use1-alb, interval: 10, failureThreshold: 3}
              - {id: euw1-check, endpoint: euw1-alb, interval: 10, failureThreshold: 3}
            records:
              - name: app.example.com
                setIdentifier: us-east-1
                routing: {failover: primary}
                alias: {name: use1-alb, evaluateTargetHealth: true}
                healthCheck: use1-check
              - name: app.example.com
                setIdentifier: eu-west-1
                routing: {failover: secondary}
                alias: {name: euw1-alb, evaluateTargetHealth: true}
                healthCheck: euw1-check

        traffic:
          - name: users
            target: app.example.com
            pattern: {type: steady, rps: 400}
            clientRegions: {us-east-1: 0.6, eu-west-1: 0.4}

        timeline:
          - at: 10m
            caption: "us-east-1 goes dark: watch the health checks fail (10 s x 3), then the TTL of 60 s"
            seconds: 10
          - at: 10m
            fault: {kind: "region:outage", target: us-east-1, duration: 10m}
          - at: 11m
            caption: "Route 53 now answers with eu-west-1; clients move as their cached answers expire"
            seconds: 10
          - at: 20m
            caption: "us-east-1 is back: once its instances are in service, three passing checks (30 s) and one TTL later, traffic fails back"
            seconds: 10

        """#
}
