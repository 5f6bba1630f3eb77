import CloudSim
import Testing

/// A queue with c long-polling workers of exponential processing time (mean 0.1 s, mu = 10/s)
/// fed by Poisson sends is an M/M/c station: the wait from send to receive must match
/// Erlang C. Stepped at dt = 0.01 s (a tenth of the mean processing time; see DECISIONS.md).
@Suite struct MessagingSQSErlangCTests {
    struct Case: Sendable, CustomStringConvertible {
        let consumers: Int
        let utilisation: Double
        let seconds: Double
        var description: String { "c=\(consumers) rho=\(utilisation)" }
    }

    static let cases: [Case] = [
        Case(consumers: 1, utilisation: 0.5, seconds: 40_000),
        Case(consumers: 1, utilisation: 0.8, seconds: 30_000),
        Case(consumers: 1, utilisation: 0.9, seconds: 60_000),
        Case(consumers: 4, utilisation: 0.5, seconds: 15_000),
        Case(consumers: 4, utilisation: 0.8, seconds: 20_000),
        Case(consumers: 4, utilisation: 0.9, seconds: 30_000),
        Case(consumers: 16, utilisation: 0.5, seconds: 30_000),
        Case(consumers: 16, utilisation: 0.8, seconds: 10_000),
        Case(consumers: 16, utilisation: 0.9, seconds: 15_000),
    ]

    @Test("mean wait within 5 % of Erlang C's Wq, P(wait > 0) within 0.02", arguments: cases)
    func waitMatchesErlangC(_ test: Case) {
        let lambda = test.utilisation * Double(test.consumers) * 10
        var queue = SQSQueueState(
            config: SQSQueueConfig(name: "q"), consumer: SQSConsumerConfig(consumers: test.consumers),
            tickSeconds: 0.01)
        let run = MessagingTestSupport.run(&queue, rate: lambda, warmup: 200, seconds: test.seconds, seed: 11)
        let wq = ErlangC.meanWait(servers: test.consumers, arrivalRate: lambda, serviceRate: 10)
        let pw = ErlangC.probabilityOfWaiting(servers: test.consumers, offeredLoad: lambda / 10)
        #expect(abs(run.meanWait / wq - 1) < 0.05, "\(test): Wq \(run.meanWait) vs Erlang C \(wq)")
        #expect(abs(run.waitedShare - pw) < 0.02, "\(test): P(wait) \(run.waitedShare) vs \(pw)")
        print(
            "SQS-FIDELITY \(test) Wq=\(run.meanWait * 1000)ms erlangC=\(wq * 1000)ms ratio=\(run.meanWait / wq) "
                + "Pwait=\(run.waitedShare) erlangC=\(pw)")
    }
}
