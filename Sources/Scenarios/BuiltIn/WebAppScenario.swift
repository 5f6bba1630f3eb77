/// The built-in `web-app` scenario, compiled in so the default works from any directory.
///
/// Mirrored byte for byte in `Scenarios/web-app.yaml`; a test keeps the two identical, so edit
/// both together.
enum WebAppScenario {
    /// The YAML text.
    static let yaml = #"""
        # web-app: the classic front end of a web application.
        # Route 53 sends users to a CloudFront distribution that caches the static files; everything
        # else goes on to an Application Load Balancer over an EC2 Auto Scaling group in three
        # Availability Zones, where a target-tracking policy adds instances as traffic grows.
        # Format reference: docs/scenario-format.md

        name: web-app
        title: "Web application: Route 53 -> CloudFront -> ALB -> EC2 Auto Scaling across three AZs"
        description: >
          Users look up www.example.com in Route 53 and reach a CloudFront distribution. A quarter of
          their requests are for static files under /static/, which the edge caches; the rest are
          not cached and go on to an Application Load Balancer that spreads them round-robin over an
          Auto Scaling group of m5.large instances in three Availability Zones. Traffic ramps from
          200 to 870 requests per second (150 to 650 reach the load balancer), and a target-tracking
          policy keeps average CPU near 60 %
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
            defaultBehavior:                # pages and API calls: caching disabled, straight to the ALB
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
            target: www.example.com
            pattern: {type: ramp, from: 200, to: 870, start: 1m, duration: 12m}
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
