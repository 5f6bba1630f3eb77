import CloudSim

/// The messaging and serverless sections: what they decode to, and the names they share.
struct ServiceSections {
    var queues: [QueueSpec] = []
    var topics: [SNSTopicConfig] = []
    var functions: [LambdaFunctionConfig] = []
    var apiStages: [ApiGatewayStageConfig] = []
    /// Usage plans of every stage, in file order: the account's plans.
    var usagePlans: [ApiGatewayUsagePlan] = []

    /// Puts the sections into `architecture`.
    func apply(to architecture: inout Architecture) {
        architecture.queues = queues
        architecture.topics = topics
        architecture.functions = functions
        architecture.apiStages = apiStages
        architecture.apiUsagePlans = usagePlans
    }
}

/// `queues`, `topics`, `functions` and `apiStages`, decoded before `traffic` (which may target
/// a stage, a queue or a topic).
extension ScenarioDecoder {
    func decodeServices(_ top: ObjectReader) -> ServiceSections {
        services = endpoints
        var sections = ServiceSections()
        sections.queues = top.objects("queues", keys: Self.queueKeys).compactMap(decodeQueue)
        sections.topics = top.objects("topics", keys: Self.topicKeys).compactMap(decodeTopic)
        sections.functions = decodeFunctions(top)
        sections.apiStages = top.objects("apiStages", keys: Self.apiStageKeys).compactMap {
            decodeApiStage($0, plans: &sections.usagePlans)
        }
        return sections
    }

    /// Declares `name` as a `noun` in `table` unless another queue, topic, function, stage,
    /// load balancer, bucket or distribution has it; false after reporting.
    @discardableResult
    func declareService(_ name: Located, noun: String, in table: inout NameTable) -> Bool {
        guard services.declare(name, noun: noun, log: log) else { return false }
        return table.declare(name, noun: noun, log: log)
    }

    /// Runs `check` once every section has declared its names.
    func later(_ check: @escaping (ScenarioDecoder) -> Void) {
        deferredChecks.append(check)
    }

    /// Runs the waiting reference checks, once.
    func runDeferredChecks() {
        let checks = deferredChecks
        deferredChecks.removeAll()
        for check in checks { check(self) }
    }

    /// Reports a queue or topic name SQS or SNS would refuse: letters, digits, hyphens and
    /// underscores only, at most `maximumLength` characters, and `.fifo` at the end exactly
    /// when the queue or topic is FIFO.
    func checkMessagingName(_ name: Located, noun: String, fifo: Bool, maximumLength: Int) {
        let suffix = ".fifo"
        let base = name.value.hasSuffix(suffix) ? String(name.value.dropLast(suffix.count)) : name.value
        if fifo, !name.value.hasSuffix(suffix) {
            log.report(
                "a FIFO \(noun)'s name must end in '.fifo'; rename it '\(name.value).fifo'", at: name.mark)
        } else if !fifo, name.value.hasSuffix(suffix) {
            log.report(
                "\(noun) '\(name.value)' ends in '.fifo' but is not FIFO; add fifo: true, or drop the suffix",
                at: name.mark)
        } else if name.value.count > maximumLength || base.isEmpty
            || !base.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        {
            log.report(
                "\(noun) name \(ScalarText.quoted(name.value)) may hold only letters, digits, '-' and '_' "
                    + "(at most \(maximumLength) characters, '.fifo' included)",
                at: name.mark)
        }
    }
}
