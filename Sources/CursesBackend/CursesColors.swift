import CNCurses
import Dashboard

/// Curses colour numbers and lazily allocated colour pairs for styles.
///
/// Colours are reduced to the terminal's support first. Pairs are made on first use and
/// cached by (foreground, background); when the terminal has no pairs left, a cached pair
/// with the same foreground is reused, else the default pair 0.
struct CursesColors {
    /// What the terminal shows (after the user's choice).
    let support: ColorSupport
    /// Whether -1 means "the terminal's default colour" (use_default_colors succeeded).
    let hasDefaultColors: Bool
    /// Whether colour numbers are packed 24-bit RGB (a direct-colour terminal description).
    let isDirectColor: Bool
    /// Colour numbers available for redefinition (24-bit colour on a 256-colour terminal).
    private var freeSlots: Range<Int32>
    /// Slots already redefined, by RGB.
    private var slots: [Color: Int32] = [:]
    /// Pairs made so far.
    private var pairs: [PairKey: Int32] = [:]
    /// Highest pair number allowed.
    private let maxPair: Int32

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(support: ColorSupport, colorCount: Int32, pairCount: Int32, hasDefaultColors: Bool) {
        self.support = support
        self.hasDefaultColors = hasDefaultColors
        isDirectColor = colorCount >= 1 << 24
        freeSlots = support == .truecolor && !isDirectColor ? 16..<max(16, colorCount) : 0..<0
        maxPair = support == .monochrome ? 0 : max(0, pairCount - 1)
    }

    /// The pair number for a style's colours, allocating one if needed.
    mutating func pair(for style: Style) -> Int32 {
        guard support != .monochrome else { return 0 }
        let key = PairKey(
            foreground: number(for: style.foreground, isForeground: true),
            background: number(for: style.background, isForeground: false))
        if let pair = pairs[key] { return pair }
        if key.foreground == -1 && key.background == -1 { return 0 }
        let next = Int32(pairs.count + 1)
        guard next <= maxPair, init_extended_pair(next, key.foreground, key.background) != ERR else {
            return pairs.first { $0.key.foreground == key.foreground }?.value ?? 0
        }
        pairs[key] = next
        return next
    }

    /// The curses colour number for `color`.
    private mutating func number(for color: Color, isForeground: Bool) -> Int32 {
        switch ColorReduction.reduce(color, to: support) {
        case .default:
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .ansi(let n) where isDirectColor && n >= 8, .indexed(let n) where isDirectColor && n >= 8:
            return number(for: ColorReduction.rgb(ofIndex: n), isForeground: isForeground)
        case .ansi(let n), .indexed(let n):
            return Int32(n)
        case .rgb(let r, let g, let b):
            if isDirectColor { return Int32(r) << 16 | Int32(g) << 8 | Int32(b) }
            return slot(for: .rgb(r, g, b)) ?? Int32(ColorReduction.nearest256(r, g, b))
        }
    }

    /// A redefined palette entry showing exactly `color`, while entries remain.
    private mutating func slot(for color: Color) -> Int32? {
        if let slot = slots[color] { return slot }
        guard case .rgb(let r, let g, let b) = color, let slot = freeSlots.first else { return nil }
        let scale = { (v: UInt8) in Int32(v) * 1000 / 255 }
        guard init_extended_color(slot, scale(r), scale(g), scale(b)) != ERR else { return nil }
        freeSlots = freeSlots.dropFirst()
        slots[color] = slot
        return slot
    }

    /// Curses attribute bits for our attributes (bits come from the shim, never hard-coded).
    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = cn_a_normal()
        if attributes.contains(.bold) { bits |= cn_a_bold() }
        if attributes.contains(.dim) { bits |= cn_a_dim() }
        if attributes.contains(.italic) { bits |= cn_a_italic() }
        if attributes.contains(.underline) { bits |= cn_a_underline() }
        if attributes.contains(.reverse) { bits |= cn_a_reverse() }
        return bits
    }
}
