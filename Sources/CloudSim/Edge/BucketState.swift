/// A bucket inside the simulation.
struct BucketState: Sendable {
    var config: S3BucketConfig
    /// Index of its region in the architecture's regions (nil if not declared there).
    var region: Int?
    /// Requests answered this second and in the last complete second.
    var servedSecond = 0
    var rps = 0.0
    /// Total requests it answered.
    var served = 0
}
