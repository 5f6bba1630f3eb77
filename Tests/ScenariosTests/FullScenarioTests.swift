import CloudSim
import Testing

@testable import Scenarios

/// A scenario that uses every key of the format, and the values it must decode to.
@Suite struct FullScenarioTests {
    static let yaml = #"""
        name: full
        title: "  Every key  "
        description: >
          One paragraph
          folded onto one line.
        settings: {tickSeconds: 0.05, seed: 7}
        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]
          - name: eu-west-1
            availabilityZones: [eu-west-1a]
        timeline:
          - {at: 13m, caption: "The alarm has fired", seconds: 8}
          - {at: 5m, fault: {kind: "ec2:terminate-instance", target: web}}
          - {at: 5m, fault: {kind: "ec2:cpu-stress", target: big-box, duration: 2m, magnitude: 0.9}}
          - {at: 6m, healAll: true}
          - {at: 7m, heal: {kind: "az:outage", target: us-east-1a}}
          - {at: 8m, setDesiredCapacity: {group: web, desired: 5}}
          - {at: 9m, adjustDesiredCapacity: {group: web, delta: -1}}
          - {at: 10m, setInstanceType: {target: big-box, instanceType: m5.xlarge}}
          - {at: 11m, setForwardWeights: {loadBalancer: web-alb, rule: 10, weights: {blue-tg: 80, green-tg: 20}}}
          - {at: 11.5m, setForwardWeights: {loadBalancer: web-alb, weights: {web-tg: 1}}}
          - {at: 12m, trafficMultiplier: {source: "*", factor: 2}}
          - {at: 1h, fault: {kind: "net:latency", target: web-alb}}
          - {at: 1h, fault: {kind: "traffic:spike", target: users, duration: 90s}}
          - {at: 1h, fault: {kind: "region:outage", target: eu-west-1}}
          - {at: 0, caption: "Starting"}
        traffic:
          - name: users
            target: web-alb
            pattern: {type: ramp, from: 200, to: 1400, start: 1m, duration: 8m}
            clientRegions: {us-east-1: 0.7, eu-west-1: 0.3}
            requestMix:
              - {path: /api/orders, host: shop.example.com, share: 0.3}
              - {path: /}
          - name: daily
            target: web-alb
            pattern: {type: diurnal, low: 100, high: 900}
          - name: nightly
            target: web-alb
            pattern: {type: diurnal, low: 10, high: 90, period: 12h, peakAt: 1h}
          - name: burst
            target: nlb
            pattern: {type: spike, base: 200, peak: 2000, at: 5m, duration: 2m}
          - name: flat
            target: nlb
            pattern: {type: steady, rps: 500}
        instances:
          - name: big-box
            instanceType: t3.large
            availabilityZone: us-east-1a
            targetGroups: [web-tg]
            app: {cpuMillisPerRequest: 10, baseLatencyMillis: 2, errorRate: 0.01}
            creditMode: standard
            bootSeconds: 45
          - name: small-box
            instanceType: m5.large
            availabilityZone: eu-west-1a
        autoScalingGroups:
          - name: web
            instanceType: m5.large
            minSize: 2
            maxSize: 10
            desiredCapacity: 3
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [web-tg, blue-tg]
            healthCheckType: elb
            healthCheckGracePeriod: 2m
            defaultCooldown: 120
            defaultInstanceWarmup: 60
            bootSeconds: 1.5m
            monitoring: basic
            app: {cpuMillisPerRequest: 25}
            policies:
              - {name: cpu60, type: targetTracking, metric: ASGAverageCPUUtilization, target: 60,
                 disableScaleIn: true, scaleOutDatapoints: 2, scaleInDatapoints: 10, scaleInThresholdRatio: 0.8}
              - name: step-out
                type: step
                alarm: {metric: ASGAverageCPUUtilization, comparison: ">", threshold: 50, period: 1m,
                        evaluationPeriods: 3, datapointsToAlarm: 2, treatMissingData: notBreaching}
                adjustmentType: PercentChangeInCapacity
                minAdjustmentMagnitude: 2
                steps: [{lower: 20, adjustment: 30}, {lower: 0, upper: 20, adjustment: 10}]
              - name: simple-in
                type: simple
                alarm: {name: low-cpu, comparison: LessThanThreshold, threshold: 20, period: 30}
                adjustmentType: ChangeInCapacity
                adjustment: -1
                cooldown: 5m
            scheduledActions:
              - {name: morning, at: 30m, every: 1d, minSize: 4, maxSize: 12, desiredCapacity: 6}
              - {name: evening, at: 10h, desiredCapacity: 2}
          - name: api
            instanceType: c5.large
            minSize: 1
            maxSize: 3
            availabilityZones: [us-east-1b]
        loadBalancers:
          - name: web-alb
            type: application
            availabilityZones: [us-east-1a, us-east-1b]
            crossZone: true
            idleTimeout: 30
            targetGroups:
              - name: web-tg
                algorithm: least_outstanding_requests
                healthCheck: {interval: 10, timeout: 5, healthyThreshold: 3, unhealthyThreshold: 2}
                deregistrationDelay: 1m
                crossZone: false
              - name: blue-tg
              - name: green-tg
            rules:
              - priority: 10
                pathPatterns: ["/api/*"]
                hostPatterns: ["api.example.com"]
                forward: [{targetGroup: blue-tg, weight: 90}, {targetGroup: green-tg, weight: 10}]
              - {priority: 20, pathPatterns: ["/static/*"], targetGroup: web-tg}
            defaultForward: [{targetGroup: web-tg}]
          - name: nlb
            type: network
            availabilityZones: [eu-west-1a]
            flowLifetime: 45
            targetGroups: [{name: nlb-tg, algorithm: weighted_random}]
            defaultTargetGroup: nlb-tg
        """#

    let architecture: Architecture

    init() throws {
        architecture = try ScenarioLoader.parse(yaml: Self.yaml, file: "full.yaml")
    }

    @Test func readsHeaderSettingsAndRegions() {
        #expect(architecture.name == "full")
        #expect(architecture.title == "Every key")
        #expect(architecture.description == "One paragraph folded onto one line.")
        #expect(architecture.settings == SimulationSettings(tickSeconds: 0.05, seed: 7))
        #expect(
            architecture.regions == [
                RegionConfig(name: "us-east-1", availabilityZones: ["us-east-1a", "us-east-1b"]),
                RegionConfig(name: "eu-west-1", availabilityZones: ["eu-west-1a"]),
            ])
    }

    @Test func readsEveryRatePatternWithDurationsInSeconds() {
        #expect(
            architecture.traffic.map(\.pattern) == [
                .ramp(from: 200, to: 1400, start: 60, duration: 480),
                .diurnal(low: 100, high: 900, period: 86_400, peakAt: 43_200),
                .diurnal(low: 10, high: 90, period: 43_200, peakAt: 3600),
                .spike(base: 200, peak: 2000, at: 300, duration: 120),
                .steady(rps: 500),
            ])
        #expect(
            architecture.traffic.first
                == TrafficSourceConfig(
                    name: "users", target: "web-alb",
                    pattern: .ramp(from: 200, to: 1400, start: 60, duration: 480),
                    clientRegions: [
                        RegionShare(region: "us-east-1", share: 0.7),
                        RegionShare(region: "eu-west-1", share: 0.3),
                    ],
                    requestMix: [
                        RequestClass(path: "/api/orders", host: "shop.example.com", share: 0.3),
                        RequestClass(path: "/", share: 1),
                    ]))
    }

    @Test func readsInstancesAndAppliesDefaults() {
        #expect(
            architecture.instances == [
                InstanceConfig(
                    name: "big-box", instanceType: "t3.large", availabilityZone: "us-east-1a",
                    targetGroups: ["web-tg"],
                    app: AppProfile(cpuMillisPerRequest: 10, baseLatencyMillis: 2, errorRate: 0.01),
                    creditMode: .standard, bootSeconds: 45),
                InstanceConfig(name: "small-box", instanceType: "m5.large", availabilityZone: "eu-west-1a"),
            ])
    }

    @Test func readsGroupSettingsAndDefaults() throws {
        let web = try #require(architecture.autoScalingGroups.first)
        var expected = AutoScalingGroupConfig(
            name: "web", instanceType: "m5.large", minSize: 2, maxSize: 10, desiredCapacity: 3,
            availabilityZones: ["us-east-1a", "us-east-1b"], targetGroups: ["web-tg", "blue-tg"],
            healthCheckType: .elb, healthCheckGracePeriod: 120, defaultCooldown: 120,
            defaultInstanceWarmup: 60,
            bootSeconds: 90, monitoring: .basic, app: AppProfile(cpuMillisPerRequest: 25))
        expected.policies = web.policies
        expected.scheduledActions = web.scheduledActions
        #expect(web == expected)
        #expect(
            architecture.autoScalingGroups.last
                == AutoScalingGroupConfig(
                    name: "api", instanceType: "c5.large", minSize: 1, maxSize: 3,
                    availabilityZones: ["us-east-1b"]))
    }

    @Test func readsPoliciesAlarmsAndSteps() throws {
        let policies = try #require(architecture.autoScalingGroups.first?.policies)
        #expect(
            policies == [
                .targetTracking(
                    TargetTrackingConfig(
                        name: "cpu60", metric: .cpu, target: 60, disableScaleIn: true, scaleOutDatapoints: 2,
                        scaleInDatapoints: 10, scaleInThresholdRatio: 0.8)),
                .step(
                    StepPolicyConfig(
                        name: "step-out",
                        alarm: AlarmConfig(
                            name: "web-step-out", metric: .cpu, comparison: .greaterThan, threshold: 50,
                            periodSeconds: 60, evaluationPeriods: 3, datapointsToAlarm: 2,
                            treatMissingData: .notBreaching),
                        adjustmentType: .percentChangeInCapacity,
                        steps: [
                            StepAdjustment(lowerBound: 20, upperBound: nil, adjustment: 30),
                            StepAdjustment(lowerBound: 0, upperBound: 20, adjustment: 10),
                        ],
                        minAdjustmentMagnitude: 2)),
                .simple(
                    SimplePolicyConfig(
                        name: "simple-in",
                        alarm: AlarmConfig(
                            name: "low-cpu", comparison: .lessThan, threshold: 20, periodSeconds: 30),
                        adjustmentType: .changeInCapacity, adjustment: -1, cooldown: 300)),
            ])
    }

    @Test func readsScheduledActions() {
        #expect(
            architecture.autoScalingGroups.first?.scheduledActions == [
                ScheduledActionConfig(
                    name: "morning", at: 1800, every: 86_400, minSize: 4, maxSize: 12, desiredCapacity: 6),
                ScheduledActionConfig(name: "evening", at: 36_000, desiredCapacity: 2),
            ])
    }

    @Test func readsLoadBalancersTargetGroupsAndRules() {
        let web = LoadBalancerConfig(
            name: "web-alb", kind: .application, availabilityZones: ["us-east-1a", "us-east-1b"],
            crossZone: true,
            idleTimeoutSeconds: 30,
            targetGroups: [
                TargetGroupConfig(
                    name: "web-tg", algorithm: .leastOutstandingRequests,
                    healthCheck: HealthCheckConfig(
                        intervalSeconds: 10, timeoutSeconds: 5, healthyThreshold: 3, unhealthyThreshold: 2),
                    deregistrationDelay: 60, crossZone: false),
                TargetGroupConfig(name: "blue-tg"),
                TargetGroupConfig(name: "green-tg"),
            ],
            rules: [
                ListenerRuleConfig(
                    priority: 10, pathPatterns: ["/api/*"], hostPatterns: ["api.example.com"],
                    forward: [
                        WeightedTargetGroup(targetGroup: "blue-tg", weight: 90),
                        WeightedTargetGroup(targetGroup: "green-tg", weight: 10),
                    ]),
                ListenerRuleConfig(
                    priority: 20, pathPatterns: ["/static/*"],
                    forward: [WeightedTargetGroup(targetGroup: "web-tg")]),
            ],
            defaultForward: [WeightedTargetGroup(targetGroup: "web-tg", weight: 1)])
        let network = LoadBalancerConfig(
            name: "nlb", kind: .network, availabilityZones: ["eu-west-1a"], flowLifetimeSeconds: 45,
            targetGroups: [TargetGroupConfig(name: "nlb-tg", algorithm: .weightedRandom)],
            defaultForward: [WeightedTargetGroup(targetGroup: "nlb-tg")])
        #expect(architecture.loadBalancers == [web, network])
    }

    @Test func sortsTimelineByTimeKeepingFileOrderForTies() {
        #expect(
            architecture.timeline == [
                TimelineEntry(at: 0, command: .caption("Starting", seconds: 6)),
                TimelineEntry(
                    at: 300, command: .injectFault(FaultSpec(kind: .terminateInstance, target: "web"))),
                TimelineEntry(
                    at: 300,
                    command: .injectFault(
                        FaultSpec(kind: .cpuStress, target: "big-box", durationSeconds: 120, magnitude: 0.9))),
                TimelineEntry(at: 360, command: .healAll),
                TimelineEntry(at: 420, command: .heal(kind: .azOutage, target: "us-east-1a")),
                TimelineEntry(at: 480, command: .setDesiredCapacity(group: "web", desired: 5)),
                TimelineEntry(at: 540, command: .adjustDesiredCapacity(group: "web", delta: -1)),
                TimelineEntry(
                    at: 600, command: .setInstanceType(target: "big-box", instanceType: "m5.xlarge")),
                TimelineEntry(
                    at: 660,
                    command: .setForwardWeights(
                        loadBalancer: "web-alb", rule: 10,
                        weights: [
                            WeightedTargetGroup(targetGroup: "blue-tg", weight: 80),
                            WeightedTargetGroup(targetGroup: "green-tg", weight: 20),
                        ])),
                TimelineEntry(
                    at: 690,
                    command: .setForwardWeights(
                        loadBalancer: "web-alb", rule: nil,
                        weights: [WeightedTargetGroup(targetGroup: "web-tg")])),
                TimelineEntry(at: 720, command: .setTrafficMultiplier(source: "*", factor: 2)),
                TimelineEntry(at: 780, command: .caption("The alarm has fired", seconds: 8)),
                TimelineEntry(at: 3600, command: .injectFault(FaultSpec(kind: .latency, target: "web-alb"))),
                TimelineEntry(
                    at: 3600,
                    command: .injectFault(
                        FaultSpec(kind: .trafficSpike, target: "users", durationSeconds: 90))),
                TimelineEntry(
                    at: 3600, command: .injectFault(FaultSpec(kind: .regionOutage, target: "eu-west-1"))),
            ])
    }

    @Test func builtInWebAppMatchesItsBrief() throws {
        let webApp = try ScenarioSource.resolve("web-app")
        #expect(webApp.name == "web-app")
        #expect(webApp.title == "Web application: Route 53 -> CloudFront -> ALB -> EC2 Auto Scaling across three AZs")
        #expect(webApp.allAvailabilityZones == ["us-east-1a", "us-east-1b", "us-east-1c"])
        let group = try #require(webApp.autoScalingGroups.first)
        #expect((group.minSize, group.maxSize, group.desiredCapacity) == (2, 12, 4))
        #expect(group.healthCheckType == .elb && group.healthCheckGracePeriod == 120)
        #expect(group.defaultInstanceWarmup == 60 && group.bootSeconds == 90 && group.monitoring == .detailed)
        #expect(group.policies == [.targetTracking(TargetTrackingConfig(name: "cpu60", target: 60))])
        #expect(webApp.traffic.first?.pattern == .ramp(from: 200, to: 870, start: 60, duration: 720))
        #expect(webApp.traffic.first?.target == "www.example.com")
        #expect(webApp.hostedZones.map(\.name) == ["example.com"])
        let cdn = try #require(webApp.distributions.first)
        #expect(cdn.origin == .origin("web-alb"))
        #expect(cdn.behaviors.map(\.pathPattern) == ["/static/*"])
        #expect(cdn.defaultBehavior.isCachingDisabled)
        #expect(webApp.timeline.map(\.at) == [900, 900, 1080, 1080])
    }
}
