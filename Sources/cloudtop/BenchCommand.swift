import ArgumentParser
import CloudSim
import Foundation
import Scenarios

/// `cloudtop bench`: simulated seconds per wall second, per scenario and fleet size.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Engine benchmarks (use a release build: swift run -c release cloudtop bench).")

    @Flag(help: "Shorter runs (about a tenth), for a quick look.")
    var quick = false

    @Option(help: "Run only the benchmarks whose name contains this text (e.g. fleet-10k).")
    var only: String?

    /// Whether the benchmark `name` was asked for.
    private func wants(_ name: String) -> Bool { only.map { name.contains($0) } ?? true }

    func run() throws {
        let scale = quick ? 0.1 : 1
        let webApp = try loadArchitecture("web-app")
        if wants("web-app") {
            let day = Benchmark.measure(name: "web-app", webApp, seconds: 86_400 * scale, details: "")
            emit(day, "a simulated \(quick ? "2.4 h" : "day") in \(Self.oneDecimal(day.wallSeconds)) s")
        }
        if wants("web-app-memory") {
            // Memory over a simulated day: resident size after the first hour and at the end.
            var sim = Simulation(architecture: webApp, seed: 1)
            sim.step(Int(3_600 * scale / sim.tickSeconds))
            let afterHour = residentMegabytes()
            sim.step(Int(82_800 * scale / sim.tickSeconds))
            print("web-app-memory".padding(toLength: 34, withPad: " ", startingAt: 0)
                + "rss \(afterHour) MB after \(quick ? "6 min" : "1 h"), \(residentMegabytes()) MB after \(quick ? "2.4 h" : "24 h")")
        }
        if wants("fleet-1k-100k-rps") {
            let thousand = Benchmark.measure(
                name: "fleet-1k-100k-rps", Benchmark.fleet(instances: 1_000, rps: 100_000), seconds: 600 * scale,
                details: "")
            emit(thousand, "1,000 instances, 100k rps")
        }
        // The 1M run is the reference of the cost ratios: it runs whenever a ratio is printed.
        let big = ["fleet-10k-1m-rps", "fleet-10k-100k-rps", "fleet-10k-1k-rps"].contains(where: wants)
            ? Benchmark.measure(
                name: "fleet-10k-1m-rps", Benchmark.fleet(instances: 10_000, rps: 1_000_000), seconds: 120 * scale,
                details: "")
            : nil
        if let big, wants("fleet-10k-1m-rps") { emit(big, "10,000 instances, 1M rps") }
        if let big, wants("fleet-10k-100k-rps") {
            let mid = Benchmark.measure(
                name: "fleet-10k-100k-rps",
                Benchmark.fleet(instances: 10_000, rps: 100_000, designRPS: 1_000_000), seconds: 120 * scale,
                details: "")
            emit(mid, "10,000 instances, 100k rps; cost ratio 1M/100k = \(Self.twoDecimals(mid.realTimeFactor / big.realTimeFactor))")
        }
        if let big, wants("fleet-10k-1k-rps") {
            let low = Benchmark.measure(
                name: "fleet-10k-1k-rps",
                Benchmark.fleet(instances: 10_000, rps: 1_000, designRPS: 1_000_000), seconds: 120 * scale,
                details: "")
            emit(low, "10,000 instances, 1k rps; cost ratio 1M/1k = \(Self.twoDecimals(low.realTimeFactor / big.realTimeFactor))")
        }
        if wants("microservices") {
            // API Gateway -> Lambda -> SQS -> 143 worker instances: 100k messages/s, then 1k/s
            // on the same fleet (the cost of a tick must not follow the message rate).
            let fast = Benchmark.measure(
                name: "microservices-100k-msg", Benchmark.microservices(messagesPerSecond: 100_000),
                seconds: 600 * scale, details: "")
            emit(fast, "API GW -> Lambda -> SQS -> workers, 100k msg/s")
            let slow = Benchmark.measure(
                name: "microservices-1k-msg", Benchmark.microservices(messagesPerSecond: 1_000, designRate: 100_000),
                seconds: 600 * scale, details: "")
            emit(slow, "same fleet, 1k msg/s; cost ratio 100k/1k = \(Self.twoDecimals(slow.realTimeFactor / fast.realTimeFactor))")
        }
        if wants("cloudfront-static-1M") {
            // The CloudFront model on its own (three regions, two tiers): 1M req/s, 1M objects.
            print(CloudFrontBenchmark.staticWebsiteResult(seconds: 120 * scale).line)
        }
        if wants("static-website-1m-rps") {
            // The whole pipeline: Route 53 -> CloudFront -> bucket at 1M req/s over 1M objects.
            print(Benchmark.measureStaticWebsite(rps: 1_000_000, seconds: 120 * scale).line)
        }
    }

    private func emit(_ result: Benchmark.Result, _ details: String) {
        var r = result
        r.details = details
        print(r.line)
    }

    private static func oneDecimal(_ x: Double) -> String { DecimalText.exactly(x, 1) ?? "?" }
    private static func twoDecimals(_ x: Double) -> String { DecimalText.exactly(x, 2) ?? "?" }

    private func residentMegabytes() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kb = line.split(separator: " ").compactMap({ Double($0) }).first
        else { return "?" }
        return Self.oneDecimal(kb / 1024)
    }
}
