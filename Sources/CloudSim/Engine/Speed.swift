/// How fast simulated time runs against wall-clock time.
public enum Speed: Sendable, Equatable, CustomStringConvertible {
    /// Simulated seconds per wall second.
    case times(Double)
    /// As fast as the machine can step.
    case max

    /// The ladder `+` and `-` walk: x0.25 ... x1000, then max.
    public static let ladder: [Speed] = [
        .times(0.25), .times(0.5), .times(1), .times(2), .times(5), .times(10), .times(30), .times(100),
        .times(300), .times(1000), .max,
    ]

    /// The next rung up (or this one at the top).
    public var faster: Speed {
        let i = Self.ladder.firstIndex { $0.rank > rank } ?? Self.ladder.count - 1
        return Self.ladder[i]
    }

    /// The next rung down (or this one at the bottom).
    public var slower: Speed {
        let i = Self.ladder.lastIndex { $0.rank < rank } ?? 0
        return Self.ladder[i]
    }

    private var rank: Double {
        switch self {
        case .times(let x): x
        case .max: .infinity
        }
    }

    /// `x30`, `x0.25`, `max`.
    public var description: String {
        switch self {
        case .max: return "max"
        case .times(let x):
            return x == x.rounded() ? "x\(Int(x))" : "x\(fixed(x, x * 4 == (x * 4).rounded() && x < 1 ? 2 : 1))"
        }
    }

    /// Parses `30`, `x30`, `0.25` or `max`; nil for anything else or a value outside 0.25 ... 1000.
    public init?(parsing text: String) {
        let t = text.lowercased()
        if t == "max" {
            self = .max
            return
        }
        guard let x = Double(t.hasPrefix("x") ? String(t.dropFirst()) : t), x >= 0.25, x <= 1000 else { return nil }
        self = .times(x)
    }
}
