/// Pure functions that reduce a colour to what a terminal can show.
///
/// truecolor keeps everything; 256 maps 24-bit colours to the nearest entry of the xterm
/// 6x6x6 cube or grey ramp; 16 and 8 map to the nearest ANSI colour (by the xterm
/// defaults); monochrome maps every colour to the terminal default.
public enum ColorReduction {
    /// `color` as the terminal with `support` can show it.
    public static func reduce(_ color: Color, to support: ColorSupport) -> Color {
        switch (color, support) {
        case (.default, _), (_, .truecolor): return color
        case (_, .monochrome): return .default
        case (.ansi(let n), .indexed256), (.ansi(let n), .ansi16): return .ansi(n & 15)
        case (.ansi(let n), .ansi8): return .ansi(n & 7)
        case (.indexed, .indexed256): return color
        case (.indexed(let n), .ansi16) where n < 16: return .ansi(n)
        case (.indexed(let n), .ansi8) where n < 16: return .ansi(n & 7)
        case (.indexed(let n), _): return reduce(rgb(ofIndex: n), to: support)
        case (.rgb(let r, let g, let b), .indexed256): return .indexed(nearest256(r, g, b))
        case (.rgb(let r, let g, let b), .ansi16): return .ansi(nearestANSI(r, g, b, count: 16))
        case (.rgb(let r, let g, let b), .ansi8): return .ansi(nearestANSI(r, g, b, count: 8))
        }
    }

    /// Both colours of `style` reduced; attributes kept (they carry meaning without colour).
    public static func reduce(_ style: Style, to support: ColorSupport) -> Style {
        Style(
            foreground: reduce(style.foreground, to: support),
            background: reduce(style.background, to: support),
            attributes: style.attributes)
    }

    /// The xterm default RGB of the 16 ANSI colours.
    public static let ansiRGB: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// Channel levels of the xterm 6x6x6 colour cube (indexes 16-231).
    public static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB of an xterm palette index.
    public static func rgb(ofIndex index: UInt8) -> Color {
        let n = Int(index)
        if n < 16 {
            let (r, g, b) = ansiRGB[n]
            return .rgb(r, g, b)
        }
        if n >= 232 {
            let level = UInt8(8 + 10 * (n - 232))
            return .rgb(level, level, level)
        }
        let c = n - 16
        return .rgb(UInt8(cubeLevels[c / 36]), UInt8(cubeLevels[c / 6 % 6]), UInt8(cubeLevels[c % 6]))
    }

    /// Nearest index among the cube (16-231) and the grey ramp (232-255).
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(v)) < abs(cubeLevels[$1] - Int(v)) }!
        }
        let (ri, gi, bi) = (level(r), level(g), level(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = min(23, max(0, (average - 8 + 5) / 10))
        let grey = 8 + 10 * greyIndex
        let cubeDistance = distance((Int(r), Int(g), Int(b)), cube)
        let greyDistance = distance((Int(r), Int(g), Int(b)), (grey, grey, grey))
        return greyDistance < cubeDistance ? UInt8(232 + greyIndex) : UInt8(16 + 36 * ri + 6 * gi + bi)
    }

    /// Nearest of the first `count` ANSI colours (8 or 16).
    public static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> UInt8 {
        let target = (Int(r), Int(g), Int(b))
        let best = (0..<count).min { a, b in
            distance(target, widen(ansiRGB[a])) < distance(target, widen(ansiRGB[b]))
        }
        return UInt8(best ?? 0)
    }

    private static func widen(_ c: (UInt8, UInt8, UInt8)) -> (Int, Int, Int) {
        (Int(c.0), Int(c.1), Int(c.2))
    }

    /// Squared distance, weighted towards green as the eye is (a cheap perceptual correction).
    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return 2 * dr * dr + 4 * dg * dg + 3 * db * db
    }
}
