/// The built-in `web-app` scenario, compiled in so the default works from any directory.
///
/// Mirrored byte for byte in `Scenarios/web-app.yaml`; a test keeps the two identical, so edit
/// both together.
enum WebAppScenario {
    /// The YAML text.
    static let yaml = #"""
        # web-app: the classic front end of a web application.
        # An Application Load Balancer spreads requests over an EC2 Auto Scaling group in three
        # Availability Zones; a target-tracking policy adds instances as traffic grows.
        # Format reference: docs/scenario-format.md

        name: web-app
        title: "Web application: ALB -> EC2 Auto Scaling across three AZs"
        description: >
          Users reach an Application Load Balancer that spreads their requests round-robin over an
          Auto Scaling group of m5.large instances in three Availability Zones. Traffic ramps from
          150 to 650 requests per second, and a target-tracking policy keeps average CPU near 60 %
          by launching instances, each of which needs ninety seconds to boot and a minute to warm up,
          so capacity always lags demand a little. At 15 minutes an instance is terminated: watch the
          load balancer stop routing to it and the group launch a replacement. At 18 minutes traffic
          doubles for two minutes, more than twelve instances can serve, and you see what the load
          balancer and the group do when the maximum size is reached.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

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
            maxSize: 12
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

        traffic:
          - name: users
            target: web-alb
            pattern: {type: ramp, from: 150, to: 650, start: 1m, duration: 12m}
            clientRegions: {us-east-1: 1}

        timeline:
          - at: 15m
            caption: "An instance dies: the ALB stops routing to it and the group launches a replacement"
            seconds: 8
          - at: 15m
            fault: {kind: "ec2:terminate-instance", target: web}
          - at: 18m
            caption: "Traffic doubles for two minutes: more than twelve instances can serve"
            seconds: 8
          - at: 18m
            fault: {kind: "traffic:spike", target: users, duration: 2m, magnitude: 2}

        """#
}
