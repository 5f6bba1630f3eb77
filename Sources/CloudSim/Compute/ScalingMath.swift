/// The capacity arithmetic of scaling policies, as AWS documents it.
enum ScalingMath {
    /// New capacity after applying an adjustment to `base`.
    ///
    /// Percent changes round as AWS does: above 1 down (12.7 -> 12), between 0 and 1 to 1,
    /// between -1 and 0 to -1, below -1 toward zero (-6.67 -> -6); `minMagnitude` is a floor.
    static func apply(_ type: AdjustmentType, _ adjustment: Double, base: Int, minMagnitude: Int? = nil) -> Int {
        switch type {
        case .changeInCapacity:
            return base + Int(adjustment.rounded(.towardZero))
        case .exactCapacity:
            return max(0, Int(adjustment.rounded(.towardZero)))
        case .percentChangeInCapacity:
            let x = Double(base) * adjustment / 100
            var delta: Int
            if x >= 1 {
                delta = Int(x.rounded(.down))
            } else if x > 0 {
                delta = 1
            } else if x > -1 && x < 0 {
                delta = -1
            } else {
                delta = Int(x.rounded(.towardZero))
            }
            if let m = minMagnitude, delta != 0, abs(delta) < m { delta = delta > 0 ? m : -m }
            return base + delta
        }
    }

    /// Target tracking: capacity so that `metric` comes back to `target`, rounding up when
    /// adding and removing fewer when removing. nil = no change.
    static func targetTracking(current: Int, metric: Double, target: Double, scaleOut: Bool) -> Int? {
        guard target > 0, current > 0 else { return nil }
        let raw = Double(current) * metric / target
        if scaleOut {
            let want = Int((raw - 1e-9).rounded(.up))
            return want > current ? want : nil
        }
        let remove = Int((Double(current) - raw + 1e-9).rounded(.down))
        return remove >= 1 ? current - remove : nil
    }

    /// Whether `diff` (metric - threshold) falls in a step's band: lower bound inclusive
    /// above the threshold, upper bound inclusive below it.
    static func step(_ step: StepAdjustment, contains diff: Double) -> Bool {
        let lower = step.lowerBound ?? -.infinity
        let upper = step.upperBound ?? .infinity
        return diff >= 0 ? (lower <= diff && diff < upper) : (lower < diff && diff <= upper)
    }
}
