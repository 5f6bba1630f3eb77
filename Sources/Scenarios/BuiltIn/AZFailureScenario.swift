/// The built-in `az-failure` scenario: an Availability Zone lost under load.
///
/// Mirrored byte for byte in `Scenarios/az-failure.yaml`; a test keeps the two identical, so edit
/// both together.
enum AZFailureScenario {
    /// The YAML text.
    static let yaml = #"""
        # az-failure: an Availability Zone is lost while the fleet is busy.
        # An ALB spreads requests over an Auto Scaling group of nine instances in three zones; at five
        # minutes us-east-1a goes dark for ten minutes.
        # Format reference: docs/scenario-format.md

        name: az-failure
        title: "Losing an Availability Zone under load: health checks, replacement, rebalancing"
        description: >
          An Application Load Balancer spreads 600 requests per second over an Auto Scaling group of
          nine m5.large instances, three in each of us-east-1a, us-east-1b and us-east-1c, at about
          65 % CPU. At 5 minutes us-east-1a is lost: its three instances stop at once. For the few
          seconds until the checks notice, the load balancer still sends them a third of the requests,
          which fail (502). Then the group marks them unhealthy and launches replacements, but only in
          the two zones that remain, while the load balancer routes only to live targets. The six
          survivors carry everything at 100 % CPU, and latency climbs until the replacements are in
          service ninety seconds later. At 15 minutes the zone returns and the group rebalances: it
          launches in us-east-1a first, then terminates the extra instances elsewhere. Spreading over
          three zones is what kept two thirds of the capacity alive.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]

        loadBalancers:
          - name: web-alb
            availabilityZones: [us-east-1a, us-east-1b, us-east-1c]
            targetGroups: [{name: web-tg}]
            defaultTargetGroup: web-tg

        autoScalingGroups:
          - name: web
            instanceType: m5.large          # 2 vCPUs: 2 x 1000 ms / 20 ms = 100 requests/s at 100 % CPU
            minSize: 6
            maxSize: 15
            desiredCapacity: 9
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
              - {name: cpu70, type: targetTracking, metric: ASGAverageCPUUtilization, target: 70}

        traffic:
          - name: users
            target: web-alb
            pattern: {type: steady, rps: 600}

        timeline:
          - at: 30s
            caption: "Nine instances, three per zone, at about 65 % CPU; at 5 minutes us-east-1a is lost"
            seconds: 10
          - at: 5m
            caption: "us-east-1a is lost: until the checks notice, a third of the requests go there and fail (502)"
            seconds: 10
          - at: 5m
            fault: {kind: "az:outage", target: us-east-1a, duration: 10m}
          - at: 310s
            caption: "The group marks the three unhealthy and launches replacements in us-east-1b and us-east-1c only"
            seconds: 10
          - at: 325s
            caption: "The ALB routes only to live targets: six instances carry everything at 100 % CPU, latency climbs"
            seconds: 12
          - at: 400s
            caption: "The replacements are in service: nine instances again, spread over the two zones left"
            seconds: 10
          - at: 15m
            caption: "us-east-1a is back: the group rebalances, launching there first, then terminating extras elsewhere"
            seconds: 12

        """#
}
