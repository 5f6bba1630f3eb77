import Foundation
import Testing

@testable import Scenarios

/// A file under `Fixtures/broken` and the exact diagnostics it must produce, in order.
struct BrokenFixture: CustomTestStringConvertible, Sendable {
    var file: String
    var expected: [String]

    init(_ file: String, _ expected: [String]) {
        self.file = file
        self.expected = expected
    }

    var testDescription: String { file }

    /// The diagnostics the loader reports for the fixture, labelled with its bare file name.
    func actual() throws -> [String] {
        let url = TestPaths.brokenFixtures.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        do {
            _ = try ScenarioLoader.parse(yaml: text, file: file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let all: [BrokenFixture] = [
        BrokenFixture(
            "alarm-settings.yaml",
            [
                "alarm-settings.yaml:14:57: 'period' must be 10, 30 or a multiple of 60 seconds, got 45",
                "alarm-settings.yaml:14:102: 'datapointsToAlarm' (3) must not exceed 'evaluationPeriods' (2)",
                "alarm-settings.yaml:18:29: unknown comparison '<>'; did you mean '>'?",
                "alarm-settings.yaml:20:9: 'steps' does not apply to a simple policy",
            ]),
        BrokenFixture(
            "bad-duration.yaml",
            [
                "bad-duration.yaml:6:10: 'at' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got '5 minutes'",
                "bad-duration.yaml:8:10: 'at' must not be negative, got -30s",
                "bad-duration.yaml:9:10: 'at' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got '2w'",
            ]),
        BrokenFixture(
            "duplicate-key.yaml",
            [
                "duplicate-key.yaml:5:1: duplicate key 'name' (the first is at line 1); each key may appear only once in a mapping"
            ]),
        BrokenFixture(
            "duplicate-names.yaml",
            [
                "duplicate-names.yaml:15:11: duplicate auto scaling group name 'web' (the first is at line 10); give each auto scaling group a unique name",
                "duplicate-names.yaml:20:11: the name 'api' is already used by the instance at line 6; give each a unique name",
            ]),
        BrokenFixture(
            "empty.yaml",
            [
                "empty.yaml:1:1: the scenario is empty; it needs at least 'name' and 'regions'"
            ]),
        BrokenFixture(
            "listener-rules.yaml",
            [
                "listener-rules.yaml:11:20: duplicate rule priority 10 in load balancer 'web-alb'; each rule needs its own priority",
                "listener-rules.yaml:12:20: 'priority' must be between 1 and 50000, got 0",
                "listener-rules.yaml:12:61: unknown target group 'apitg' in loadBalancers[0].rules[2]; did you mean 'api-tg'?",
            ]),
        BrokenFixture(
            "min-greater-than-max.yaml",
            [
                "min-greater-than-max.yaml:8:14: minSize (8) is greater than maxSize (4); make minSize at most maxSize",
                "min-greater-than-max.yaml:15:22: desiredCapacity (6) must be between minSize (2) and maxSize (4)",
            ]),
        BrokenFixture(
            "missing-required-key.yaml",
            [
                "missing-required-key.yaml:6:5: autoScalingGroups[0] is missing required key 'maxSize'"
            ]),
        BrokenFixture(
            "negative-rate.yaml",
            [
                "negative-rate.yaml:13:34: 'rps' must not be negative, got -5",
                "negative-rate.yaml:16:41: 'to' must be a number, got '.nan'",
            ]),
        BrokenFixture(
            "overlapping-steps.yaml",
            [
                "overlapping-steps.yaml:17:13: steps[1] (from 10) overlaps steps[0] (up to 20); each band must start where the previous one ends",
                "overlapping-steps.yaml:18:13: steps[2] (from 40) leaves a gap after steps[1] (up to 30); each band must start where the previous one ends",
            ]),
        BrokenFixture(
            "tab-indentation.yaml",
            [
                "tab-indentation.yaml:3:1: YAML syntax error: found character that cannot start any token (while scanning for the next token); indent with spaces, not tabs"
            ]),
        BrokenFixture(
            "timeline-commands.yaml",
            [
                "timeline-commands.yaml:12:29: timeline[0] has more than one action (healAll, caption); give each entry exactly one",
                "timeline-commands.yaml:13:5: timeline[1] needs one action: fault, heal, healAll, setDesiredCapacity, adjustDesiredCapacity, setInstanceType, setForwardWeights, trafficMultiplier, setRecordWeight, failHealthCheck, passHealthCheck, caption",
                "timeline-commands.yaml:14:42: unknown auto scaling group 'wbe' in timeline[2].setDesiredCapacity; valid auto scaling groups are web",
                "timeline-commands.yaml:15:42: unknown traffic source 'users' in timeline[3].trafficMultiplier; no traffic source is declared",
                "timeline-commands.yaml:16:48: unknown load balancer 'web-alb' in timeline[4].setForwardWeights; no load balancer is declared",
            ]),
        BrokenFixture(
            "top-level-list.yaml",
            [
                "top-level-list.yaml:1:1: the scenario must be a mapping of keys, got a list"
            ]),
        BrokenFixture(
            "unknown-availability-zone.yaml",
            [
                "unknown-availability-zone.yaml:10:49: unknown availability zone 'us-east-1d' in autoScalingGroups[0]; declare it under regions or use one of us-east-1a, us-east-1b"
            ]),
        BrokenFixture(
            "unknown-fault-kind.yaml",
            [
                "unknown-fault-kind.yaml:13:19: unknown fault kind 'ec2:terminate-instanse'; did you mean 'ec2:terminate-instance'?",
                "unknown-fault-kind.yaml:15:19: unknown fault kind 'meteor-strike'; valid fault kinds are ec2:terminate-instance, ec2:cpu-stress, az:outage, region:outage, elb:unhealthy-target, net:latency, cloudfront:origin-failure, cloudfront:invalidate, sqs:consumer-crash, lambda:throttle, lambda:errors, apigw:throttle, traffic:spike, traffic:ddos, ecs:stop-task, beanstalk:bad-deploy",
                "unknown-fault-kind.yaml:17:40: unknown availability zone 'us-east-1c' in timeline[2].fault; declare it under regions or use one of us-east-1a, us-east-1b",
            ]),
        BrokenFixture(
            "unknown-instance-type.yaml",
            [
                "unknown-instance-type.yaml:7:19: unknown instance type 'm5.larg' in instances[0]; did you mean 'm5.large'?",
                "unknown-instance-type.yaml:10:19: unknown instance type 'x1e.32xlarge' in instances[1]; valid instance types are t2.nano, t2.micro, t2.small, t2.medium, t2.large, t2.xlarge, t3.nano, t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge, m5.large, m5.xlarge, m5.2xlarge, c5.large, c5.xlarge, c5.2xlarge, r5.large",
            ]),
        BrokenFixture(
            "unknown-key.yaml",
            [
                "unknown-key.yaml:10:5: unknown key 'desiredCapcity' in autoScalingGroups[0]; did you mean 'desiredCapacity'?",
                "unknown-key.yaml:12:5: unknown key 'colour' in autoScalingGroups[0]; valid keys are name, instanceType, minSize, maxSize, desiredCapacity, availabilityZones, targetGroups, healthCheckType, healthCheckGracePeriod, defaultCooldown, ...",
            ]),
        BrokenFixture(
            "unknown-load-balancer.yaml",
            [
                "unknown-load-balancer.yaml:12:13: unknown load balancer 'web-lb' in traffic[0]; did you mean 'web-alb'?",
                "unknown-load-balancer.yaml:15:13: unknown load balancer 'api' in traffic[1]; valid load balancers are web-alb",
            ]),
        BrokenFixture(
            "weight-out-of-range.yaml",
            [
                "weight-out-of-range.yaml:12:40: 'weight' must be between 0 and 999, got 1200",
                "weight-out-of-range.yaml:13:41: 'weight' must be between 0 and 999, got -1",
                "weight-out-of-range.yaml:16:67: 'blue-tg' must be between 0 and 999, got 1000",
            ]),
        BrokenFixture(
            "wrong-type.yaml",
            [
                "wrong-type.yaml:8:14: 'minSize' must be a whole number, got 'ten'",
                "wrong-type.yaml:10:24: 'availabilityZones' must be a list, got 'us-east-1a'; write [us-east-1a]",
                "wrong-type.yaml:11:29: 'healthCheckGracePeriod' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got a list",
            ]),
        BrokenFixture(
            "yaml-syntax-error.yaml",
            [
                "yaml-syntax-error.yaml:5:14: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 4, column 24)"
            ]),
    ]
}

@Suite struct BrokenFixtureTests {
    @Test(arguments: BrokenFixture.all)
    func reportsExactlyTheExpectedDiagnostics(_ fixture: BrokenFixture) throws {
        #expect(try fixture.actual() == fixture.expected)
    }

    @Test func everyFixtureFileHasExpectations() {
        let files = TestPaths.yamlFiles(in: TestPaths.brokenFixtures)
        #expect(files.count >= 12)
        #expect(files == BrokenFixture.all.map(\.file).sorted())
    }

    @Test func loadingByPathLabelsDiagnosticsWithThePath() throws {
        let path = TestPaths.brokenFixtures.appendingPathComponent("unknown-key.yaml").path
        let error = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: path) }
        #expect(
            error.diagnostics.first?.description.hasPrefix("\(path):10:5: unknown key 'desiredCapcity'")
                == true)
        #expect(error.diagnostics.allSatisfy { $0.file == path })
    }
}
