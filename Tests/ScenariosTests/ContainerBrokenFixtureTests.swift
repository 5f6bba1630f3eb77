import Foundation
import Testing

@testable import Scenarios

extension DiagnosticFixture {
    /// Broken scenario files about ECS, EKS, Elastic Beanstalk and deploys, and their diagnostics.
    static let containerBrokenScenarios: [DiagnosticFixture] = [
        .scenario(
            "beanstalk-environments.yaml",
            [
                "beanstalk-environments.yaml:8:23: deploymentPolicy Rolling: a single-instance environment supports only AllAtOnce and Immutable",
                "beanstalk-environments.yaml:9:19: 'loadBalancer' applies to a LoadBalanced WebServer environment",
                "beanstalk-environments.yaml:11:23: unknown deployment policy 'Rollin'; did you mean 'Rolling'?",
                "beanstalk-environments.yaml:12:16: 'batchSize' as a percentage must be 1% to 100%, got '150%'",
                "beanstalk-environments.yaml:13:5: a Worker environment needs 'queue', the SQS queue its daemon polls",
                "beanstalk-environments.yaml:16:23: 'trafficSplitting' applies only with deploymentPolicy TrafficSplitting",
                "beanstalk-environments.yaml:19:13: unknown load balancer 'web-lb' in traffic[0]; did you mean 'web-alb'?",
            ]),
        .scenario(
            "deploy-commands.yaml",
            [
                "deploy-commands.yaml:17:22: unknown ECS service or Beanstalk environment 'ap' in timeline[0].deploy; did you mean 'api'?",
                "deploy-commands.yaml:19:52: 'policy' applies to a Beanstalk environment; ECS service 'api' rolls out with its deploymentConfiguration",
                "deploy-commands.yaml:21:84: 'newVersionPercent' applies only with policy TrafficSplitting",
                "deploy-commands.yaml:23:88: 'evaluationTime' must be between 180 and 36000, got 30",
                "deploy-commands.yaml:23:103: 'batchSize' as a percentage must be 1% to 100%, got '0%'",
                "deploy-commands.yaml:25:44: unknown ECS service 'web' in timeline[4].fault; valid targets are api",
            ]),
        .scenario(
            "ecs-deployment-configuration.yaml",
            [
                "ecs-deployment-configuration.yaml:14:23: a deployment could never replace a task: minimumHealthyPercent 100 keeps all 4 running and maximumPercent 100 starts none beside them; lower minimumHealthyPercent or raise maximumPercent",
                "ecs-deployment-configuration.yaml:15:33: ecsServices[0].deploymentConfiguration.deploymentCircuitBreaker is missing required key 'enable'",
                "ecs-deployment-configuration.yaml:15:34: unknown key 'enabled' in ecsServices[0].deploymentConfiguration.deploymentCircuitBreaker; did you mean 'enable'?",
                "ecs-deployment-configuration.yaml:20:54: 'minimumHealthyPercent' must be between 0 and 100, got 120",
            ]),
        .scenario(
            "ecs-launch-type.yaml",
            [
                "ecs-launch-type.yaml:8:40: unknown instance type 'm5.huge' in ecsClusters[1].containerInstances; valid instance types are t2.nano, t2.micro, t2.small, t2.medium, t2.large, t2.xlarge, t3.nano, t3.micro, t3.small, t3.medium, t3.large, t3.xlarge, t3.2xlarge, m5.large, m5.xlarge, m5.2xlarge, c5.large, c5.xlarge, c5.2xlarge, r5.large",
                "ecs-launch-type.yaml:12:17: launchType EC2 needs container instances, and ECS cluster 'shop' has none; give the cluster containerInstances or use launchType FARGATE",
                "ecs-launch-type.yaml:17:17: unknown launch type 'SPOT'; valid launch types are FARGATE, EC2",
            ]),
        .scenario(
            "ecs-load-balancer.yaml",
            [
                "ecs-load-balancer.yaml:18:76: give either 'targetCPU' or 'targetRequestsPerTarget', not both",
                "ecs-load-balancer.yaml:23:33: target group 'api-tg' in ecsServices[1].loadBalancer already sends its requests to 'api'; give each service its own target group",
                "ecs-load-balancer.yaml:28:33: unknown target group 'orders-tg' in ecsServices[2].loadBalancer; valid target groups are api-tg",
                "ecs-load-balancer.yaml:29:24: 'min' (5) is greater than 'max' (2); make min at most max",
                "ecs-load-balancer.yaml:29:60: 'targetRequestsPerTarget' tracks ALBRequestCountPerTarget, which needs a loadBalancer; use targetCPU",
            ]),
        .scenario(
            "ecs-task-size.yaml",
            [
                "ecs-task-size.yaml:9:14: unknown ECS cluster 'shopp' in ecsServices[0]; did you mean 'shop'?",
                "ecs-task-size.yaml:11:40: cpu 512 with memory 512 is not a valid Fargate task size; with cpu 512 use memory 1024, 2048, 3072 or 4096",
                "ecs-task-size.yaml:16:40: cpu 300 with memory 1024 is not a valid Fargate task size; cpu must be one of 256, 512, 1024, 2048, 4096, 8192, 16384",
            ]),
        .scenario(
            "eks-clusters.yaml",
            [
                "eks-clusters.yaml:7:18: unknown support tier 'premium'; valid support tiers are standard, extended",
                "eks-clusters.yaml:9:9: eksClusters[0].deployments[0] runs on nodes, and its cluster has no nodeGroups; add nodeGroups or set fargate: true",
                "eks-clusters.yaml:11:35: 'min' (8) is greater than 'max' (4); make min at most max",
                "eks-clusters.yaml:14:39: unknown instance type 'm5.larg' in eksClusters[1].nodeGroups[0]; did you mean 'm5.large'?",
                "eks-clusters.yaml:16:46: 'cpuRequest' must be between 1 and 192000, got 0",
            ]),
    ]
}

@Suite struct ContainerBrokenFixtureTests {
    @Test(arguments: DiagnosticFixture.containerBrokenScenarios)
    func reportsExactlyTheExpectedDiagnostics(_ fixture: DiagnosticFixture) throws {
        #expect(try fixture.actual() == fixture.expected)
    }
}
