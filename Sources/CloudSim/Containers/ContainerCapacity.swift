import Foundation

/// What serves a container-backed target group this tick.
struct ContainerCapacity: Sendable {
    /// Servers taking requests with a working version (healthy tasks, Ready pods, instances).
    var servers = 0
    /// Requests per second one server handles at full CPU.
    var perServer = 0.0
    /// Share of the requests that land on a broken version and fail (Beanstalk).
    var failingShare = 0.0

    /// Requests per second all servers handle.
    var total: Double { Double(servers) * perServer }
}

/// The M/M/1 sojourn time (wait + service) of one server, as a few probability segments of
/// the exponential distribution at their conditional means, so a histogram gets its spread and
/// exactly its mean.
enum SojournSegments {
    /// (probability, conditional mean in units of the mean) for quantile bands of an
    /// exponential cut so that the median, the 90th and the 99th percentiles each fall inside
    /// a narrow band (read back within a few percent) instead of on a boundary.
    static let bands: [(weight: Double, multiple: Double)] = {
        let cuts = [0.0, 0.4, 0.6, 0.85, 0.95, 0.985, 0.995, 0.9995, 1.0]
        // Integral of x e^-x from the a-quantile on is (1 - a)(1 - ln(1 - a)).
        func tail(_ a: Double) -> Double { a >= 1 ? 0 : (1 - a) * (1 - Foundation.log(1 - a)) }
        return (0..<cuts.count - 1).map { k in
            let (a, b) = (cuts[k], cuts[k + 1])
            return (b - a, (tail(a) - tail(b)) / (b - a))
        }
    }()
}
