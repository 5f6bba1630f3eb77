/// The pollers of an SQS event source mapping: how many batches they take this tick and how
/// their allowed concurrency grows (section 8.6: start at 5 concurrent batches, add up to 300
/// per minute while messages wait, at most 1,000 or `maximumConcurrency`).
///
/// Full batches leave at once; a partial batch leaves when the batching window has run since
/// it was first seen (at once without a window). While a backlog remains and every allowed
/// batch is running, the allowance grows by 300/60 per second; a throttle or an empty queue
/// brings it back to what is running, but never below 5 (our reading of "scales back").
struct LambdaSQSPoller: Sendable, Equatable {
    let config: LambdaSQSEventSourceConfig
    /// Concurrent batches allowed now.
    private(set) var allowedBatches = Double(LambdaSQSEventSourceConfig.initialConcurrency)
    /// Tick a partial batch was first seen, while it waits for its window.
    private var partialSince: Int?

    init(config: LambdaSQSEventSourceConfig) { self.config = config }

    /// Batches and messages to receive at `tick` from `visible` messages with `running`
    /// batches already in flight.
    mutating func plan(tick: Int, visible: Int, running: Int, ticksPerSecond: Int) -> (batches: Int, messages: Int) {
        let size = config.batchSize
        let slots = max(0, Int(allowedBatches.rounded(.down)) - running)
        let full = max(0, visible) / size
        let remainder = max(0, visible) % size
        var batches = min(slots, full)
        var messages = batches * size
        guard remainder > 0 else {
            partialSince = nil
            return (batches, messages)
        }
        let windowTicks = Int((config.batchingWindowSeconds * Double(ticksPerSecond)).rounded())
        let since = partialSince ?? tick
        if batches < slots && full == batches && tick - since >= windowTicks {
            batches += 1
            messages += remainder
            partialSince = nil
        } else {
            partialSince = since
        }
        return (batches, messages)
    }

    /// Adjusts the allowance after a poll.
    mutating func adjust(visible: Int, taken: Int, running: Int, throttled: Bool, tickSeconds: Double) {
        let floor = Double(LambdaSQSEventSourceConfig.initialConcurrency)
        if throttled || visible == 0 {
            allowedBatches = max(floor, min(allowedBatches, Double(running)))
        } else if visible - taken >= config.batchSize && running >= Int(allowedBatches.rounded(.down)) {
            let step = LambdaSQSEventSourceConfig.scaleUpPerMinute / 60 * tickSeconds
            allowedBatches = min(Double(config.concurrencyCeiling), allowedBatches + step)
        }
    }
}
