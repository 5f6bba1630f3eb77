import CloudSim
import Yams

/// Turns a composed YAML tree into an `Architecture`, reporting every problem on the way.
///
/// Sections are decoded in dependency order (regions, load balancers, ECS clusters and
/// services, EKS clusters, Beanstalk environments, buckets, distributions, hosted zones, queues,
/// topics, functions, API stages, traffic, instances, groups, timeline) whatever their order in
/// the file, so each reference can be checked as soon as it is read against the names declared
/// so far; references among the messaging and serverless sections (and from them to groups and
/// ECS services) wait in `deferredChecks` until every name is declared.
/// Names are declared even when the rest of their entry is broken, so one mistake does not
/// cascade into "unknown" reports.
/// One decoder decodes one file, on one thread.
final class ScenarioDecoder {
    static let topLevelKeys = [
        "name", "title", "description", "settings", "regions", "traffic", "instances", "autoScalingGroups",
        "loadBalancers", "buckets", "distributions", "hostedZones", "timeline",
        "queues", "topics", "functions", "apiStages",
        "ecsClusters", "ecsServices", "eksClusters", "beanstalkEnvironments",
    ]

    let log: DiagnosticLog
    var regions = NameTable()
    var zones = NameTable()
    var loadBalancers = NameTable()
    var targetGroups = NameTable()
    var trafficSources = NameTable()
    /// Auto Scaling groups and stand-alone instances share one namespace.
    var compute = NameTable()
    var groups = NameTable()
    /// Which load balancer owns each target group.
    var targetGroupOwners: [String: String] = [:]
    /// Listener rule priorities of each load balancer.
    var rulePriorities: [String: [Int]] = [:]
    var buckets = NameTable()
    var distributions = NameTable()
    /// Load balancers, buckets and distributions share one namespace: origins, health checks,
    /// alias records and traffic sources name any of them.
    var endpoints = NameTable()
    var hostedZones = NameTable()
    /// Route 53 health check ids, unique across the scenario (timeline commands name them).
    var healthChecks = NameTable()
    /// Record names of every hosted zone, in canonical form (`DNSName.normalized`).
    var recordNames = NameTable()
    /// Set identifiers of weighted records, for `setRecordWeight`.
    var weightedRecords = NameTable()
    /// Regions holding a bucket; a `region:outage` may name them even if they are not declared.
    var bucketRegions = NameTable()
    /// Queues, topics, functions and API stages, each on its own, and all of them together
    /// with the load balancers, buckets and distributions (`services`), so one name means one thing.
    var queues = NameTable()
    var topics = NameTable()
    var functions = NameTable()
    var apiStages = NameTable()
    var services = NameTable()
    /// Standard or FIFO, for each queue declared (a DLQ and a subscription must match).
    var queueTypes: [String: SQSQueueType] = [:]
    /// Usage plans and their API keys, across every stage.
    var usagePlans = NameTable()
    var apiKeys = NameTable()
    /// Reference checks run once every section has declared its names.
    var deferredChecks: [(ScenarioDecoder) -> Void] = []
    /// Whether commands may name instances the groups launch at run time (`i-0007`), as a
    /// recording's commands do; a scenario's timeline may only name what it declares.
    var acceptsLaunchedInstances = false
    var ecsClusters = NameTable()
    /// ECS clusters that declare container instances (EC2 launch type needs them).
    var ecsClustersWithInstances: [String] = []
    /// ECS services (target groups and queue consumers name them).
    var ecsServices = NameTable()
    var eksClusters = NameTable()
    var eksDeployments = NameTable()
    var beanstalkEnvironments = NameTable()
    /// Target groups that send their requests to an ECS service or EKS deployment, and to which.
    var containerTargetGroups: [String: String] = [:]

    /// Creates a decoder reporting into `log`.
    init(log: DiagnosticLog) {
        self.log = log
    }

    /// The architecture described by `root` (nil for an empty document), or nil after reporting.
    func decode(_ root: Node?) -> Architecture? {
        let reportedBefore = log.count
        guard let root else {
            log.report("the scenario is empty; it needs at least 'name' and 'regions'", line: 1, column: 1)
            return nil
        }
        guard let top = ObjectReader(root, path: "", log: log, keys: Self.topLevelKeys) else { return nil }
        let name = top.string("name", required: true)
        let title = top.string("title") ?? ""
        let description = top.string("description") ?? ""
        let settings = top.object("settings", keys: ["tickSeconds", "seed"]).map(decodeSettings)
        let regionList = decodeRegions(top)
        let balancers = top.objects("loadBalancers", keys: Self.loadBalancerKeys).compactMap(
            decodeLoadBalancer)
        let ecsClusterList = top.objects("ecsClusters", keys: Self.ecsClusterKeys).compactMap(decodeECSCluster)
        let ecsServiceList = top.objects("ecsServices", keys: Self.ecsServiceKeys).compactMap(decodeECSService)
        let eksList = top.objects("eksClusters", keys: Self.eksClusterKeys).compactMap(decodeEKSCluster)
        let beanstalkList = top.objects("beanstalkEnvironments", keys: Self.beanstalkKeys).compactMap(
            decodeBeanstalkEnvironment)
        let bucketList = top.objects("buckets", keys: Self.bucketKeys).compactMap(decodeBucket)
        let distributionList = top.objects("distributions", keys: Self.distributionKeys).compactMap(
            decodeDistribution)
        let zoneList = top.objects("hostedZones", keys: Self.hostedZoneKeys).compactMap(decodeHostedZone)
        let services = decodeServices(top)
        let traffic = top.objects("traffic", keys: Self.trafficKeys).compactMap(decodeTraffic)
        let instances = top.objects("instances", keys: Self.instanceKeys).compactMap(decodeInstance)
        let groupList = top.objects("autoScalingGroups", keys: Self.groupKeys).compactMap(decodeGroup)
        let timeline = top.objects("timeline", keys: Self.timelineKeys).compactMap(decodeTimelineEntry)
        runDeferredChecks()
        guard let name, log.count == reportedBefore else { return nil }
        var architecture = Architecture(
            name: name, title: Self.trimmed(title), description: Self.trimmed(description),
            settings: settings ?? SimulationSettings(), regions: regionList, traffic: traffic,
            instances: instances,
            autoScalingGroups: groupList, loadBalancers: balancers, hostedZones: zoneList,
            distributions: distributionList, buckets: bucketList,
            timeline: timeline.enumerated().sorted { left, right in
                left.element.at != right.element.at
                    ? left.element.at < right.element.at : left.offset < right.offset
            }.map(\.element))
        services.apply(to: &architecture)
        architecture.ecsClusters = ecsClusterList
        architecture.ecsServices = ecsServiceList
        architecture.eksClusters = eksList
        architecture.beanstalkEnvironments = beanstalkList
        return architecture
    }

    private func decodeSettings(_ settings: ObjectReader) -> SimulationSettings {
        var result = SimulationSettings()
        if let tick = settings.number("tickSeconds", bound: .aboveZeroUpTo(10)) { result.tickSeconds = tick }
        if let seed = settings.whole("seed") { result.seed = UInt64(seed) }
        return result
    }

    private func decodeRegions(_ top: ObjectReader) -> [RegionConfig] {
        let readers = top.objects(
            "regions", required: true, nonEmpty: true, keys: ["name", "availabilityZones"])
        return readers.compactMap { region in
            let name = region.located("name", required: true)
            if let name { regions.declare(name, noun: "region", log: log) }
            let zoneNames = region.strings("availabilityZones", required: true, nonEmpty: true) ?? []
            for zone in zoneNames { zones.declare(zone, noun: "availability zone", log: log) }
            guard let name, !zoneNames.isEmpty else { return nil }
            return RegionConfig(name: name.value, availabilityZones: zoneNames.map(\.value))
        }
    }

    /// Text with surrounding blank lines and spaces removed (folded YAML scalars end in a newline).
    static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
