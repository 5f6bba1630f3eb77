import CloudSim

/// `functions`: Lambda functions, their concurrency, an SQS event source and what they send on.
extension ScenarioDecoder {
    static let functionKeys = [
        "name", "runtime", "memory", "timeout", "duration", "referenceMemory", "cpuBoundShare", "usableVCPUs",
        "coldStart", "reservedConcurrency", "provisionedConcurrency", "errorRate", "idleReclaim",
        "eventSource", "sendsTo", "asyncInvocation",
    ]
    static let functionDurationKeys = ["mean", "median", "sigma", "fixed"]
    static let eventSourceKeys = ["queue", "batchSize", "batchingWindow", "maximumConcurrency"]
    static let asyncInvocationKeys = [
        "maximumRetryAttempts", "maximumEventAge", "onFailure", "deadLetterQueue",
    ]
    /// Lambda's memory range in MB, and the most vCPUs a function gets (at 10,240 MB).
    static let memoryRange = NumberBound.range(128, 10_240)
    static let maximumVCPUs = 6.0
    /// Lognormal shape when a `median` comes without `sigma` (our choice, see DECISIONS.md).
    static let defaultSigma = 0.5

    /// Every function, then the account check: reservations leave at least 100 unreserved.
    func decodeFunctions(_ top: ObjectReader) -> [LambdaFunctionConfig] {
        let readers = top.objects("functions", keys: Self.functionKeys)
        let functions = readers.compactMap(decodeFunction)
        let limit = LambdaFunctionState.defaultAccountConcurrency
        var reserved = 0
        for reader in readers {
            guard let value = reader.whole("reservedConcurrency") else { continue }
            reserved += value
            if limit - reserved < LambdaAccount.minimumUnreserved {
                reader.report(
                    "reserved concurrency adds up to \(reserved) here, leaving \(limit - reserved) of the account's "
                        + "\(limit) unreserved; Lambda keeps at least \(LambdaAccount.minimumUnreserved) unreserved",
                    about: "reservedConcurrency")
                break
            }
        }
        return functions
    }

    private func decodeFunction(_ function: ObjectReader) -> LambdaFunctionConfig? {
        let name = function.located("name", required: true)
        if let name { declareService(name, noun: "function", in: &functions) }
        var config = LambdaFunctionConfig(name: name?.value ?? "")
        config.runtime = function.choice("runtime", noun: "runtime", of: LambdaRuntime.self) ?? .nodejs
        config.memoryMB = function.whole("memory", bound: Self.memoryRange) ?? 128
        config.timeoutSeconds = function.duration("timeout", from: 1, to: 900) ?? 3
        let duration = function.object("duration", keys: Self.functionDurationKeys).map(
            decodeFunctionDuration)
        config.duration = duration.flatMap { $0 } ?? config.duration
        config.referenceMemoryMB =
            function.whole("referenceMemory", bound: Self.memoryRange) ?? config.memoryMB
        config.cpuBoundShare = function.number("cpuBoundShare", bound: .range(0, 1)) ?? 0
        config.usableVCPUs = function.number("usableVCPUs", bound: .aboveZeroUpTo(Self.maximumVCPUs)) ?? 1
        config.coldStartMs = function.duration("coldStart", from: 0, to: 10).map { $0 * 1000 }
        config.reservedConcurrency = function.whole("reservedConcurrency")
        config.provisionedConcurrency = function.whole("provisionedConcurrency") ?? 0
        if let reserved = config.reservedConcurrency, config.provisionedConcurrency > reserved {
            function.report(
                "'provisionedConcurrency' (\(config.provisionedConcurrency)) must not exceed "
                    + "'reservedConcurrency' (\(reserved))", about: "provisionedConcurrency")
        }
        config.errorRate = function.number("errorRate", bound: .range(0, 1)) ?? 0
        config.idleReclaimSeconds = function.duration("idleReclaim") ?? config.idleReclaimSeconds
        let source = function.object("eventSource", keys: Self.eventSourceKeys).map(decodeEventSource)
        config.sqsEventSource = source.flatMap { $0 }
        let targets = function.strings("sendsTo") ?? []
        let place = function.childPath("sendsTo")
        later { decoder in targets.forEach { decoder.checkQueueOrTopic($0, in: place) } }
        config.sendsTo = targets.map(\.value)
        let async = function.object("asyncInvocation", keys: Self.asyncInvocationKeys).map(
            decodeAsyncInvocation)
        config.async = async.flatMap { $0 } ?? config.async
        guard name != nil, duration != .some(nil), source != .some(nil), async != .some(nil) else {
            return nil
        }
        return config
    }

    /// `{mean}` (exponential), `{median, sigma}` (lognormal) or `{fixed}`.
    private func decodeFunctionDuration(_ duration: ObjectReader) -> LambdaDurationDistribution? {
        let shape = duration.exactlyOne(of: ["mean", "median", "fixed"], what: "a shape")
        duration.reportInapplicable(
            ["sigma"], unless: shape == nil || shape == "median", condition: "with 'median'")
        let bound = NumberBound.aboveZeroUpTo(900)
        switch shape {
        case "mean":
            return duration.duration("mean", bound: bound).map { .exponential(meanMs: $0 * 1000) }
        case "median":
            let median = duration.duration("median", bound: bound)
            let sigma = duration.number("sigma", bound: .aboveZeroUpTo(3)) ?? Self.defaultSigma
            return median.map { .lognormal(medianMs: $0 * 1000, sigma: sigma) }
        case "fixed":
            return duration.duration("fixed", bound: bound).map { .fixed(ms: $0 * 1000) }
        default:
            return nil
        }
    }

    /// An SQS event source mapping (batch size 1-10,000, above 10 only with a batching window).
    private func decodeEventSource(_ source: ObjectReader) -> LambdaSQSEventSourceConfig? {
        let queue = source.located("queue", required: true)
        let batchSize = source.whole("batchSize", bound: .range(1, 10_000))
        let window = source.duration("batchingWindow", from: 0, to: 300) ?? 0
        let concurrency = source.whole("maximumConcurrency", bound: .range(2, 1_000))
        if let batchSize, batchSize > SQSQueueConfig.maxBatch, window < 1 {
            source.report(
                "a 'batchSize' above 10 needs a 'batchingWindow' of at least 1s, got \(batchSize)",
                about: "batchSize")
        }
        let place = source.path
        if let queue {
            let mark = source.scalar("batchSize", required: false, expected: "a whole number")?.mark
            let written = batchSize.map { Located(value: String($0), mark: mark) }
            later { $0.checkEventSourceQueue(queue, batchSize: written, in: place) }
        }
        guard let queue else { return nil }
        return LambdaSQSEventSourceConfig(
            queue: queue.value, batchSize: batchSize ?? 10, batchingWindowSeconds: window,
            maximumConcurrency: concurrency)
    }

    /// Retries (0-2), event age (60 s - 6 h) and one of an on-failure destination or a DLQ.
    private func decodeAsyncInvocation(_ async: ObjectReader) -> LambdaAsyncConfig? {
        let retries = async.whole("maximumRetryAttempts", bound: .range(0, 2)) ?? 2
        let age = async.duration("maximumEventAge", from: 60, to: 21_600) ?? 21_600
        let place = async.path
        var target = LambdaFailureTarget.none
        if async.present(["onFailure", "deadLetterQueue"]).count == 2 {
            async.report(
                "give either 'onFailure' or 'deadLetterQueue', not both", about: "deadLetterQueue")
            return nil
        }
        if let destination = async.located("onFailure") {
            later { $0.checkDestination(destination, in: place) }
            target = .onFailureDestination(destination.value)
        }
        if let queue = async.located("deadLetterQueue") {
            later { $0.checkQueueOrTopic(queue, in: place) }
            target = .deadLetterQueue(queue.value)
        }
        return LambdaAsyncConfig(
            maximumRetryAttempts: retries, maximumEventAgeSeconds: age, onFailure: target)
    }
}
