import Foundation
import Testing

@testable import Scenarios

extension DiagnosticFixture {
    /// Broken scenario files and their diagnostics.
    static let brokenScenarios: [DiagnosticFixture] = [
        .scenario(
            "alarm-settings.yaml",
            [
                "alarm-settings.yaml:14:57: 'period' must be 10, 30 or a multiple of 60 seconds, got 45",
                "alarm-settings.yaml:14:102: 'datapointsToAlarm' (3) must not exceed 'evaluationPeriods' (2)",
                "alarm-settings.yaml:18:29: unknown comparison '<>'; did you mean '>'?",
                "alarm-settings.yaml:20:9: 'steps' does not apply to a simple policy",
            ]),
        .scenario(
            "bad-duration.yaml",
            [
                "bad-duration.yaml:6:10: 'at' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got '5 minutes'",
                "bad-duration.yaml:8:10: 'at' must not be negative, got -30s",
                "bad-duration.yaml:9:10: 'at' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got '2w'",
            ]),
        .scenario(
            "distribution-keys.yaml",
            [
                "distribution-keys.yaml:9:5: unknown key 'pricClass' in distributions[0]; did you mean 'priceClass'?",
                "distribution-keys.yaml:10:13: unknown bucket or load balancer 'site-bukket' in distributions[0]; did you mean 'site-bucket'?",
                "distribution-keys.yaml:13:52: unknown bucket or load balancer 'logs' in distributions[1].originGroup; valid origins are site-bucket",
                "distribution-keys.yaml:13:85: failover status 418 in distributions[1].originGroup is not one CloudFront fails over on; use some of 400, 403, 404, 416, 500, 502, 503, 504",
                "distribution-keys.yaml:14:51: unknown region 'mars-1' in distributions[1].clientRegions[1]; valid regions are us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, sa-east-1, eu-west-1, eu-west-2, eu-central-1, af-south-1, ap-south-1, ap-southeast-1, ap-northeast-1, ap-southeast-2",
                "distribution-keys.yaml:15:31: 'minTTL' (3600) must not exceed 'maxTTL' (600)",
                "distribution-keys.yaml:15:72: 'objectSize' must be a size in bytes such as 50000, 50KB, 2MB or 1GB, got '50 KB'",
                "distribution-keys.yaml:16:19: 'edgeCapacity' must be a number of objects, a size such as 2GB, or unlimited, got 'lots'",
                "distribution-keys.yaml:17:19: 'staleIfError' must be a duration such as 10s or 5m, or outage, got 'forever'",
            ]),
        .scenario(
            "duplicate-key.yaml",
            [
                "duplicate-key.yaml:5:1: duplicate key 'name' (the first is at line 1); each key may appear only once in a mapping"
            ]),
        .scenario(
            "duplicate-names.yaml",
            [
                "duplicate-names.yaml:15:11: duplicate auto scaling group name 'web' (the first is at line 10); give each auto scaling group a unique name",
                "duplicate-names.yaml:20:11: the name 'api' is already used by the instance at line 6; give each a unique name",
            ]),
        .scenario(
            "empty.yaml",
            [
                "empty.yaml:1:1: the scenario is empty; it needs at least 'name' and 'regions'"
            ]),
        .scenario(
            "listener-rules.yaml",
            [
                "listener-rules.yaml:11:20: duplicate rule priority 10 in load balancer 'web-alb'; each rule needs its own priority",
                "listener-rules.yaml:12:20: 'priority' must be between 1 and 50000, got 0",
                "listener-rules.yaml:12:61: unknown target group 'apitg' in loadBalancers[0].rules[2]; did you mean 'api-tg'?",
            ]),
        .scenario(
            "min-greater-than-max.yaml",
            [
                "min-greater-than-max.yaml:8:14: minSize (8) is greater than maxSize (4); make minSize at most maxSize",
                "min-greater-than-max.yaml:15:22: desiredCapacity (6) must be between minSize (2) and maxSize (4)",
            ]),
        .scenario(
            "missing-required-key.yaml",
            [
                "missing-required-key.yaml:6:5: autoScalingGroups[0] is missing required key 'maxSize'"
            ]),
        .scenario(
            "negative-rate.yaml",
            [
                "negative-rate.yaml:13:34: 'rps' must not be negative, got -5",
                "negative-rate.yaml:16:41: 'to' must be a number, got '.nan'",
            ]),
        .scenario(
            "overlapping-steps.yaml",
            [
                "overlapping-steps.yaml:17:13: steps[1] (from 10) overlaps steps[0] (up to 20); each band must start where the previous one ends",
                "overlapping-steps.yaml:18:13: steps[2] (from 40) leaves a gap after steps[1] (up to 30); each band must start where the previous one ends",
            ]),
        .scenario(
            "route53-records.yaml",
            [
                "route53-records.yaml:10:35: unknown load balancer, bucket or distribution 'web-alb' in hostedZones[0].healthChecks[0]; valid endpoints are site-bucket",
                "route53-records.yaml:11:59: 'interval' must be 10 or 30 seconds, got 20",
                "route53-records.yaml:12:9: Route 53 would reject this: health check few-check: needs at least 3 checker regions",
                "route53-records.yaml:14:71: 'weighted' must be between 0 and 255, got 300",
                "route53-records.yaml:16:9: Route 53 would reject this record: app.example.com: at most one primary and one secondary failover record",
                "route53-records.yaml:17:16: record name 'www.example.org' is not in hosted zone 'example.com'; use 'example.com' or a name ending in '.example.com'",
                "route53-records.yaml:17:47: an alias cannot point at bucket 'site-bucket' here; alias a distribution in front of it, or write values: [site-bucket]",
                "route53-records.yaml:17:66: 'ttl' does not apply to an alias record (Route 53 uses 60 s for an AWS resource, else the target record's TTL); remove it",
                "route53-records.yaml:18:69: unknown health check 'site-chek' in hostedZones[0].records[4]; did you mean 'site-check'?",
            ]),
        .scenario(
            "route53-routing.yaml",
            [
                "route53-routing.yaml:13:58: routing 'weighted' needs a value, e.g. {weighted: 10}",
                "route53-routing.yaml:14:58: unknown routing policy 'geo'; valid routing policies are simple, weighted, failover, geolocation, geoproximity, latency, multivalue",
                "route53-routing.yaml:15:82: 'country' must be an ISO 3166 country code such as CA, got 'Canada'",
                "route53-routing.yaml:16:68: unknown region 'us-east-9' in hostedZones[0].records[4].routing; did you mean 'us-east-1'?",
                "route53-routing.yaml:17:72: 'routing' must name exactly one policy, e.g. {weighted: 10} or {failover: primary}",
                "route53-routing.yaml:18:63: unknown distribution 'site-cdn' in hostedZones[0].records[6].alias; no distribution is declared",
                "route53-routing.yaml:20:47: unknown weighted record 'bleu' in timeline[0].setRecordWeight; valid weighted records are blue",
                "route53-routing.yaml:21:39: unknown health check 'site' in timeline[1].failHealthCheck; valid health checks are site-check",
            ]),
        .scenario(
            "tab-indentation.yaml",
            [
                "tab-indentation.yaml:3:1: YAML syntax error: found character that cannot start any token (while scanning for the next token); indent with spaces, not tabs"
            ]),
        .scenario(
            "timeline-commands.yaml",
            [
                "timeline-commands.yaml:12:29: timeline[0] has more than one action (healAll, caption); give each entry exactly one",
                "timeline-commands.yaml:13:5: timeline[1] needs one action: fault, heal, healAll, setDesiredCapacity, adjustDesiredCapacity, setInstanceType, setForwardWeights, trafficMultiplier, setRecordWeight, failHealthCheck, passHealthCheck, caption, deploy",
                "timeline-commands.yaml:14:42: unknown auto scaling group 'wbe' in timeline[2].setDesiredCapacity; valid auto scaling groups are web",
                "timeline-commands.yaml:15:42: unknown traffic source 'users' in timeline[3].trafficMultiplier; no traffic source is declared",
                "timeline-commands.yaml:16:48: unknown load balancer 'web-alb' in timeline[4].setForwardWeights; no load balancer is declared",
            ]),
        .scenario(
            "top-level-list.yaml",
            [
                "top-level-list.yaml:1:1: the scenario must be a mapping of keys, got a list"
            ]),
        .scenario(
            "unknown-availability-zone.yaml",
            [
                "unknown-availability-zone.yaml:10:49: unknown availability zone 'us-east-1d' in autoScalingGroups[0]; declare it under regions or use one of us-east-1a, us-east-1b"
            ]),
        .scenario(
            "unknown-bucket-region.yaml",
            [
                "unknown-bucket-region.yaml:6:33: unknown region 'us-est-1' in buckets[0]; did you mean 'us-east-1'?",
                "unknown-bucket-region.yaml:7:33: unknown region 'moon-1' in buckets[1]; valid regions are us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, sa-east-1, eu-west-1, eu-west-2, eu-central-1, af-south-1, ap-south-1, ap-southeast-1, ap-northeast-1, ap-southeast-2",
                "unknown-bucket-region.yaml:9:65: unknown distribution, bucket or load balancer 'site-buckt' in timeline[0].fault; did you mean 'site-bucket'?",
                "unknown-bucket-region.yaml:10:61: unknown distribution 'site-bucket' in timeline[1].fault; no distribution is declared",
                "unknown-bucket-region.yaml:11:53: unknown region 'eu-west-1' in timeline[2].fault; valid targets are us-east-1",
            ]),
        .scenario(
            "unknown-fault-kind.yaml",
            [
                "unknown-fault-kind.yaml:13:19: unknown fault kind 'ec2:terminate-instanse'; did you mean 'ec2:terminate-instance'?",
                "unknown-fault-kind.yaml:15:19: unknown fault kind 'meteor-strike'; valid fault kinds are ec2:terminate-instance, ec2:cpu-stress, az:outage, region:outage, elb:unhealthy-target, net:latency, cloudfront:origin-failure, cloudfront:invalidate, sqs:consumer-crash, lambda:throttle, lambda:errors, apigw:throttle, traffic:spike, traffic:ddos, ecs:stop-task, beanstalk:bad-deploy",
                "unknown-fault-kind.yaml:17:40: unknown availability zone 'us-east-1c' in timeline[2].fault; declare it under regions or use one of us-east-1a, us-east-1b",
            ]),
        .scenario(
            "unknown-instance-type.yaml",
            [
                "unknown-instance-type.yaml:7:19: unknown instance type 'm5.larg' in instances[0]; did you mean 'm5.large'?",
                "unknown-instance-type.yaml:10:19: unknown instance type 'x1e.32xlarge' in instances[1]; valid instance types are t2.nano, t2.micro, t2.small, t2.medium, t2.large, t2.xlarge, t3.nano, t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge, m5.large, m5.xlarge, m5.2xlarge, c5.large, c5.xlarge, c5.2xlarge, r5.large",
            ]),
        .scenario(
            "unknown-key.yaml",
            [
                "unknown-key.yaml:10:5: unknown key 'desiredCapcity' in autoScalingGroups[0]; did you mean 'desiredCapacity'?",
                "unknown-key.yaml:12:5: unknown key 'colour' in autoScalingGroups[0]; valid keys are name, instanceType, minSize, maxSize, desiredCapacity, availabilityZones, targetGroups, healthCheckType, healthCheckGracePeriod, defaultCooldown, ...",
            ]),
        .scenario(
            "unknown-load-balancer.yaml",
            [
                "unknown-load-balancer.yaml:12:13: unknown load balancer 'web-lb' in traffic[0]; did you mean 'web-alb'?",
                "unknown-load-balancer.yaml:15:13: unknown load balancer 'api' in traffic[1]; valid load balancers are web-alb",
            ]),
        .scenario(
            "unknown-traffic-target.yaml",
            [
                "unknown-traffic-target.yaml:12:27: unknown bucket or record name 'ww.example.com' in traffic[0]; did you mean 'www.example.com'?",
                "unknown-traffic-target.yaml:13:26: unknown bucket or record name 'api' in traffic[1]; valid targets are site-bucket, www.example.com",
            ]),
        .scenario(
            "weight-out-of-range.yaml",
            [
                "weight-out-of-range.yaml:12:40: 'weight' must be between 0 and 999, got 1200",
                "weight-out-of-range.yaml:13:41: 'weight' must be between 0 and 999, got -1",
                "weight-out-of-range.yaml:16:67: 'blue-tg' must be between 0 and 999, got 1000",
            ]),
        .scenario(
            "wrong-type.yaml",
            [
                "wrong-type.yaml:8:14: 'minSize' must be a whole number, got 'ten'",
                "wrong-type.yaml:10:24: 'availabilityZones' must be a list, got 'us-east-1a'; write [us-east-1a]",
                "wrong-type.yaml:11:29: 'healthCheckGracePeriod' must be a duration such as 90, 90s, 5m, 1.5h or 1d, got a list",
            ]),
        .scenario(
            "yaml-syntax-error.yaml",
            [
                "yaml-syntax-error.yaml:5:14: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence that starts at line 4, column 24)"
            ]),
    ]
}

@Suite struct BrokenFixtureTests {
    @Test(arguments: DiagnosticFixture.brokenScenarios + DiagnosticFixture.serviceScenarios)
    func reportsExactlyTheExpectedDiagnostics(_ fixture: DiagnosticFixture) throws {
        #expect(try fixture.actual() == fixture.expected)
    }

    @Test func everyFixtureFileHasExpectations() {
        let files = TestPaths.yamlFiles(in: TestPaths.brokenFixtures)
        #expect(files.count >= 12)
        let fixtures =
            DiagnosticFixture.brokenScenarios + DiagnosticFixture.serviceScenarios
            + DiagnosticFixture.containerBrokenScenarios
        #expect(files == fixtures.map(\.file).sorted())
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
