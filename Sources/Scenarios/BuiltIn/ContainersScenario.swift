/// The built-in `containers` scenario: an ECS service on Fargate and an EKS deployment behind one ALB.
///
/// Mirrored byte for byte in `Scenarios/containers.yaml`; a test keeps the two identical, so edit
/// both together.
enum ContainersScenario {
    /// The YAML text.
    static let yaml = #"""
        # containers: an ALB in front of an ECS service on Fargate and an EKS deployment.
        # Format reference: docs/scenario-format.md

        name: containers
        title: "Containers: an ECS service on Fargate and an EKS deployment with an HPA behind one ALB"
        description: >
          One Application Load Balancer sends /api requests to an ECS service of Fargate tasks and
          /catalog requests to a Kubernetes deployment on two EKS worker nodes. Traffic ramps from 150
          to 600 requests per second over five minutes. The ECS service tracks 60 % CPU: after three
          breaching minutes it raises its desired count from the running count, and new tasks take 30
          to 45 s to start on Fargate: meanwhile the three tasks run at 100 % CPU and the load balancer
          refuses what they cannot queue (502), the price of target tracking's lag on a steep ramp. The Horizontal Pod Autoscaler looks every 15 s and asks for
          ceil(replicas x CPU / target) pods at once; when the two nodes are full, the extra pods wait
          Pending. At 10 minutes a good version rolls out within minimumHealthyPercent 100 and
          maximumPercent 200 (new tasks first, old ones stopped as the new ones turn healthy); at 16
          minutes a broken version fails its load balancer health checks, the deployment circuit
          breaker trips after four failed tasks (half the desired count) and rolls back, while the old tasks keep serving. At
          24 minutes a task is stopped by hand and the service replaces it.

        settings:
          tickSeconds: 0.1
          seed: 42

        regions:
          - name: us-east-1
            availabilityZones: [us-east-1a, us-east-1b]

        loadBalancers:
          - name: shop-alb
            availabilityZones: [us-east-1a, us-east-1b]
            targetGroups: [{name: api-tg}, {name: catalog-tg}]
            rules:
              - {priority: 10, pathPatterns: ["/catalog/*"], targetGroup: catalog-tg}
            defaultTargetGroup: api-tg

        ecsClusters:
          - name: shop
            availabilityZones: [us-east-1a, us-east-1b]

        ecsServices:
          - name: api
            cluster: shop
            launchType: FARGATE
            taskDefinition: {family: api, cpu: 512, memory: 1024, requestsPerSecond: 100}
            desiredCount: 3
            deploymentConfiguration:
              minimumHealthyPercent: 100
              maximumPercent: 200
              deploymentCircuitBreaker: {enable: true, rollback: true}
            loadBalancer: {targetGroup: api-tg}
            autoScaling: {min: 2, max: 12, targetCPU: 60}

        eksClusters:
          - name: k8s
            availabilityZones: [us-east-1a, us-east-1b]
            nodeGroups:
              - {name: workers, instanceType: m5.large, nodes: 2}
            deployments:
              - name: catalog
                replicas: 2
                cpuRequest: 250
                memoryRequest: 512
                requestsPerSecondPerPod: 25
                loadBalancer: {targetGroup: catalog-tg}
                hpa: {targetCPU: 50, min: 2, max: 20}

        traffic:
          - name: shoppers
            target: shop-alb
            pattern: {type: ramp, from: 150, to: 600, start: 1m, duration: 5m}
            requestMix:
              - {path: /api/orders, share: 0.7}
              - {path: /catalog/items, share: 0.3}

        timeline:
          - at: 20s
            caption: "/api goes to 3 Fargate tasks, /catalog to 2 pods on 2 EKS nodes; traffic ramps from 1 minute"
            seconds: 10
          - at: 2m
            caption: "The HPA checks every 15 s: desired = ceil(replicas x CPU / 50 %), scale-up at once"
            seconds: 10
          - at: 4m
            caption: "ECS target tracking: 3 minutes above 60 % CPU, then desired from the running count; Fargate tasks start in 30-45 s"
            seconds: 12
          - at: 6m
            caption: "Two m5.large nodes hold 14 pods of 250 m: the HPA asks for more, the rest wait Pending"
            seconds: 12
          - at: 10m
            deploy: {target: "api", version: "v2"}
          - at: 10m
            caption: "Deploying v2: new tasks start beside the old (maximumPercent 200); old ones stop as new ones turn healthy"
            seconds: 12
          - at: 16m
            deploy: {target: "api", version: "v3", failsHealthChecks: true}
          - at: 16m
            caption: "v3 is broken: its tasks fail the target group's checks; the old tasks keep serving"
            seconds: 12
          - at: 1090s
            caption: "Four failed tasks (half of desired 7) trip the circuit breaker: deployment FAILED, rolled back to v2"
            seconds: 12
          - at: 24m
            fault: {kind: "ecs:stop-task", target: api}
          - at: 24m
            caption: "A task is stopped by hand: the service starts a replacement to keep its desired count"
            seconds: 10

        """#
}
