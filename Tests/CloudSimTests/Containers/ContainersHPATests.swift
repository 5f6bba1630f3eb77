import CloudSim
import Testing

/// EKS: the HPA formula with tolerance and stabilisation, pending pods, control plane cost.
struct ContainersHPATests {
    /// The HPA written out plainly from the reference (section 10.5), to compare against.
    struct Reference {
        var history: [(Double, Int)] = []
        mutating func decide(time: Double, current: Int, metric: Double, target: Double, min: Int, max: Int) -> Int {
            let ratio = metric / target
            let raw = abs(ratio - 1) <= 0.1 ? current : Int((Double(current) * ratio).rounded(.up))
            history = history.filter { time - $0.0 <= 300 } + [(time, raw)]
            let highest = history.map(\.1).max()!
            let stabilised = raw >= current ? raw : Swift.min(current, highest)
            return Swift.min(Swift.max(stabilised, min), max)
        }
    }

    @Test("HPA decisions equal ceil(current x metric / target) with 10 % tolerance and 300 s stabilisation (exact)")
    func decisionsMatchTheFormula() {
        var hpa = HorizontalPodAutoscaler(config: HPAConfig(minReplicas: 2, maxReplicas: 40, targetCPUUtilizationPercent: 60))
        var reference = Reference()
        var random = SimRandom(seed: 13)
        var replicas = 5
        var toleranceHolds = 0
        var stabilisedHolds = 0
        for step in 0..<2_000 {
            let time = Double(step) * 15
            let metric = 10 + 140 * random.uniform()
            let expected = reference.decide(time: time, current: replicas, metric: metric, target: 60, min: 2, max: 40)
            let got = hpa.evaluate(time: time, currentReplicas: replicas, metric: metric)
            #expect(got == expected, "step \(step): \(got) vs \(expected)")
            let decision = hpa.decisions.last!
            if decision.withinTolerance { toleranceHolds += 1 }
            if decision.recommendation < replicas && got > decision.recommendation { stabilisedHolds += 1 }
            replicas = got
        }
        #expect(toleranceHolds > 0 && stabilisedHolds > 0)
        print("CONTAINERS-FIDELITY hpa decisions=2000 matched withinTolerance=\(toleranceHolds) heldByStabilisation=\(stabilisedHolds)")
    }

    @Test func scaleDownWaitsForTheStabilisationWindow() {
        var hpa = HorizontalPodAutoscaler(config: HPAConfig(minReplicas: 1, maxReplicas: 20, targetCPUUtilizationPercent: 50))
        #expect(hpa.evaluate(time: 0, currentReplicas: 10, metric: 52) == 10, "within 10 %")
        #expect(hpa.evaluate(time: 15, currentReplicas: 10, metric: 100) == 20)
        var replicas = 20
        var firstDown: Double?
        for k in 2...40 {
            let time = Double(k) * 15
            replicas = hpa.evaluate(time: time, currentReplicas: replicas, metric: 10)
            if firstDown == nil && replicas < 20 { firstDown = time }
        }
        #expect(firstDown == Double(15 + 300 + 15), "the 20 recommended at 15 s leaves the window after 300 s")
        #expect(replicas == 4)
    }

    @Test func podsStayPendingWhenNodesAreFullAndTheHPAScalesOut() {
        var cluster = EKSClusterState(
            config: EKSClusterConfig(name: "k", nodeGroups: [EKSNodeGroupConfig(name: "ng", nodes: 2, cpuMillicores: 1_000)]))
        let hpa = HPAConfig(minReplicas: 2, maxReplicas: 20, targetCPUUtilizationPercent: 50)
        cluster.addDeployment(EKSDeploymentConfig(name: "api", replicas: 4, cpuRequestMillicores: 250, requestsPerSecondPerPod: 50, hpa: hpa))
        var random = SimRandom(seed: 14)
        // 4 pods x 50 req/s; 200 req/s = 100 % -> ceil(4 x 100 / 50) = 8 = every slot of two 1-vCPU nodes.
        for tick in 0..<3_000 { cluster.step(tick: tick, offered: ["api": 200], random: &random) }
        var snapshot = cluster.snapshot(tick: 3_000)
        #expect(snapshot.deployments[0].replicas == 8 && snapshot.deployments[0].ready == 8 && snapshot.deployments[0].pending == 0)
        for tick in 3_000..<6_000 { cluster.step(tick: tick, offered: ["api": 600], random: &random) }
        snapshot = cluster.snapshot(tick: 6_000)
        #expect(snapshot.deployments[0].replicas == 20, "no Ready pod was added, so the HPA doubles until max")
        #expect(snapshot.deployments[0].ready == 8 && snapshot.deployments[0].pending == 12)
        cluster.addNodes(group: "ng", count: 3)
        for tick in 6_000..<6_200 { cluster.step(tick: tick, offered: ["api": 600], random: &random) }
        #expect(cluster.snapshot(tick: 6_200).deployments[0].pending == 0)
    }

    @Test func controlPlaneBillsTenCentsAnHourAndFargatePodsAsTasks() {
        var cluster = EKSClusterState(config: EKSClusterConfig(name: "k"))
        cluster.addDeployment(EKSDeploymentConfig(name: "f", replicas: 2, cpuRequestMillicores: 500, memoryRequestMiB: 1_024, onFargate: true))
        var random = SimRandom(seed: 15)
        for tick in 0..<36_000 { cluster.step(tick: tick, random: &random) }
        let pod = FargateTaskSize(cpuUnits: 512, memoryMiB: 1_024)
        let expected = 0.10 + 2 * FargatePricing.cost(pod, seconds: 3_600)
        #expect(abs(cluster.cost(tick: 36_000) - expected) < 0.005, "\(cluster.cost(tick: 36_000)) vs \(expected)")
    }
}
