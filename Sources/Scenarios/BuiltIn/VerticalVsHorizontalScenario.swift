/// The built-in `vertical-vs-horizontal` scenario: a single instance scaled up (stop, change, start) against an Auto Scaling group scaled out.
///
/// Mirrored byte for byte in `Scenarios/vertical-vs-horizontal.yaml`; a test keeps the two identical, so edit
/// both together.
enum VerticalVsHorizontalScenario {
    /// The YAML text.
    static let yaml = #"""
        # vertical-vs-horizontal: one growing load met two ways, side by side.
        # Left: a single stand-alone instance behind its own ALB, made bigger by changing its type.
        # Right: an Auto Scaling group behind another ALB that adds instances of the same small type.
        # Format reference: docs/scenario-format.md

        name: vertical-vs-horizontal
        title: "Vertical vs horizontal scaling: a bigger instance or more instances"
        description: >
          Two copies of the same web application get the same traffic, ramping from 30 to 240 requests
          per second over twenty minutes. On the left (vertical-alb) one stand-alone m5.large,
          big-box, serves everything; on the right (horizontal-alb) an Auto Scaling group, fleet,
          starts with one m5.large and a target-tracking policy at 60 % CPU. An m5.large serves 100
          requests per second at full CPU, so both run hot after seven minutes. The group scales out:
          each new instance takes ninety seconds to boot, its users wait longer meanwhile, but nothing
          fails. big-box scales up at 8 minutes: to change its type it must stop, change and start
          again, and for about a minute and a half every request to it fails. At the peak both cost the
          same per hour (one m5.2xlarge or four m5.large: $0.384/h); only the group can also shrink.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        loadBalancers:
          - name: vertical-alb
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [{name: vertical-tg}]
            defaultTargetGroup: vertical-tg
          - name: horizontal-alb
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [{name: horizontal-tg}]
            defaultTargetGroup: horizontal-tg

        instances:
          - name: big-box
            instanceType: m5.large          # 2 vCPUs: 2 x 1000 ms / 20 ms = 100 requests/s at 100 % CPU
            availabilityZone: us-east-1a
            targetGroups: [vertical-tg]
            app:
              cpuMillisPerRequest: 20

        autoScalingGroups:
          - name: fleet
            instanceType: m5.large
            minSize: 1
            maxSize: 8
            desiredCapacity: 1
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [horizontal-tg]
            healthCheckType: ELB
            healthCheckGracePeriod: 120
            defaultInstanceWarmup: 60
            bootSeconds: 90
            monitoring: detailed
            app:
              cpuMillisPerRequest: 20
            policies:
              - {name: cpu60, type: targetTracking, metric: ASGAverageCPUUtilization, target: 60}

        traffic:
          - name: vertical-users
            target: vertical-alb
            pattern: {type: ramp, from: 30, to: 240, start: 1m, duration: 20m}
          - name: horizontal-users
            target: horizontal-alb
            pattern: {type: ramp, from: 30, to: 240, start: 1m, duration: 20m}

        timeline:
          - at: 30s
            caption: "Same ramp, two answers: vertical-alb has one instance (big-box), horizontal-alb a group (fleet)"
            seconds: 10
          - at: 7m
            caption: "Both run near 100 % CPU: the group's alarm fires and it launches a second m5.large"
            seconds: 10
          - at: 8m
            caption: "Vertical: big-box stops to become an m5.2xlarge; every request to vertical-alb fails until it is back"
            seconds: 12
          - at: 8m
            setInstanceType: {target: big-box, instanceType: m5.2xlarge}
          - at: 580s
            caption: "big-box serves again as an m5.2xlarge, about 90 s later; the group's users only waited longer"
            seconds: 10
          - at: 19m
            caption: "At the peak: one m5.2xlarge $0.384/h, four m5.large $0.384/h; only the group can shrink again"
            seconds: 12

        """#
}
