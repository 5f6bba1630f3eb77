import CloudSim

/// `timeline`: commands scheduled at simulated times.
extension ScenarioDecoder {
    static let actionKeys = [
        "fault", "heal", "healAll", "setDesiredCapacity", "adjustDesiredCapacity", "setInstanceType",
        "setForwardWeights", "trafficMultiplier", "setRecordWeight", "failHealthCheck", "passHealthCheck",
        "caption", "deploy",
    ]
    static let timelineKeys = ["at", "seconds"] + actionKeys
    /// Seconds a caption stays up when the entry gives none.
    static let defaultCaptionSeconds = 6.0

    func decodeTimelineEntry(_ entry: ObjectReader) -> TimelineEntry? {
        let at = entry.duration("at", required: true)
        guard let command = decodeTimelineAction(in: entry), let at else { return nil }
        return TimelineEntry(at: at, command: command)
    }

    /// The one action of a timeline entry (or of a recorded command) as a command.
    func decodeTimelineAction(in entry: ObjectReader) -> Command? {
        let actions = entry.present(Self.actionKeys)
        if entry.has("seconds"), !actions.contains("caption") {
            log.report("'seconds' only applies to a caption", at: entry.keyMark("seconds"))
        }
        guard actions.count == 1, let action = actions.first else {
            if actions.isEmpty {
                entry.report("\(entry.path) needs one action: \(Self.actionKeys.joined(separator: ", "))")
            } else {
                let list = actions.joined(separator: ", ")
                log.report(
                    "\(entry.path) has more than one action (\(list)); give each entry exactly one",
                    at: entry.keyMark(actions[1]))
            }
            return nil
        }
        return decodeCommand(action, in: entry)
    }

    private func decodeCommand(_ action: String, in entry: ObjectReader) -> Command? {
        switch action {
        case "fault":
            return entry.object(action, keys: ["kind", "target", "duration", "magnitude"])
                .flatMap(decodeFault).map { .injectFault($0) }
        case "heal":
            return entry.object(action, keys: ["kind", "target"]).flatMap(decodeHeal)
        case "healAll":
            guard let value = entry.bool(action) else { return nil }
            if !value {
                entry.report("'healAll' must be true; remove the entry to do nothing", about: action)
            }
            return value ? .healAll : nil
        case "caption":
            let text = entry.string(action)
            let seconds = entry.duration("seconds", bound: .positive) ?? Self.defaultCaptionSeconds
            return text.map { .caption($0, seconds: seconds) }
        case "setRecordWeight", "failHealthCheck", "passHealthCheck":
            return decodeRoute53Command(action, in: entry)
        case "deploy":
            return entry.object(action, keys: Self.deployKeys).flatMap(decodeDeploy)
        default:
            return decodeControlCommand(action, in: entry)
        }
    }

    private func decodeFault(_ fault: ObjectReader) -> FaultSpec? {
        let kind = fault.choice("kind", required: true, noun: "fault kind", of: FaultKind.self)
        let target = fault.located("target", required: true)
        let duration = fault.duration("duration", bound: .positive)
        let magnitude = fault.number("magnitude")
        if let kind, kind.isInstantaneous, duration != nil {
            fault.report(
                "'duration' does not apply to \(kind.rawValue), which acts once; remove it", about: "duration"
            )
        }
        if kind == .cpuStress, let magnitude, magnitude > 1 {
            fault.report(
                "'magnitude' of ec2:cpu-stress is the share of CPU taken, at most 1", about: "magnitude")
        }
        if kind == .lambdaErrors, let magnitude, magnitude > 1 {
            fault.report(
                "'magnitude' of lambda:errors is the share of invocations that fail, at most 1",
                about: "magnitude")
        }
        guard let kind, let target else { return nil }
        checkFaultTarget(target, kind: kind, in: fault.path)
        return FaultSpec(kind: kind, target: target.value, durationSeconds: duration, magnitude: magnitude)
    }

    private func decodeHeal(_ heal: ObjectReader) -> Command? {
        let kind = heal.choice("kind", required: true, noun: "fault kind", of: FaultKind.self)
        let target = heal.located("target", required: true)
        guard let kind, let target else { return nil }
        checkFaultTarget(target, kind: kind, in: heal.path)
        return .heal(kind: kind, target: target.value)
    }

    /// Reports a fault target that cannot be hit by `kind`; kinds the engine does not model yet pass.
    ///
    /// A region outage may name a declared region or the region of a bucket.
    private func checkFaultTarget(_ target: Located, kind: FaultKind, in place: String) {
        let table: NameTable
        let noun: String
        var star: [String] = []
        switch kind {
        case .terminateInstance, .cpuStress, .unhealthyTarget:
            (table, noun) = (compute, "auto scaling group or instance")
        case .azOutage:
            checkZone(target, in: place)
            return
        case .regionOutage:
            (table, noun) = (regions + bucketRegions, "region")
        case .originFailure:
            (table, noun) = (distributions + buckets + loadBalancers, "distribution, bucket or load balancer")
        case .invalidate:
            (table, noun) = (distributions, "distribution")
        case .latency:
            (table, noun) = (
                loadBalancers + compute + queues + functions,
                "load balancer, auto scaling group, instance, queue or function"
            )
        case .trafficSpike, .trafficDDoS:
            (table, noun, star) = (trafficSources, "traffic source", ["*"])
        case .consumerCrash:
            (table, noun) = (queues, "queue")
        case .lambdaThrottle, .lambdaErrors:
            (table, noun) = (functions, "function")
        case .apiThrottle:
            (table, noun) = (apiStages, "API stage")
        case .stopTask:
            (table, noun) = (ecsServices, "ECS service")
        case .badDeploy:
            (table, noun) = (beanstalkEnvironments, "Beanstalk environment")
        }
        table.check(
            target, noun: noun, plural: "targets", in: place, log: log, alsoAccepted: star + launchedInstance(target))
    }

    /// `[id]` when `target` names an instance a group launches at run time (`i-` and hex digits) and
    /// such names are accepted here; else nothing.
    func launchedInstance(_ target: Located) -> [String] {
        guard acceptsLaunchedInstances, target.value.hasPrefix("i-") else { return [] }
        let digits = target.value.dropFirst(2)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isHexDigit } ? [target.value] : []
    }
}
