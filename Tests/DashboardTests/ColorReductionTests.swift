import Testing

@testable import Dashboard

@Suite struct ColorReductionTests {
    @Test func truecolorKeepsEverything() {
        for color in [Color.default, .ansi(9), .indexed(200), .rgb(1, 2, 3)] {
            #expect(ColorReduction.reduce(color, to: .truecolor) == color)
        }
    }

    @Test func rgbToNearestCubeOrGrey() {
        #expect(ColorReduction.reduce(.rgb(255, 0, 0), to: .indexed256) == .indexed(196))
        #expect(ColorReduction.reduce(.rgb(128, 128, 128), to: .indexed256) == .indexed(244))
        #expect(ColorReduction.reduce(.rgb(0x1e, 0x1e, 0x2e), to: .indexed256) == .indexed(235))
        #expect(ColorReduction.reduce(.rgb(0, 0, 0), to: .indexed256) == .indexed(16))
        #expect(ColorReduction.reduce(.rgb(0x26, 0x8b, 0xd2), to: .indexed256) == .indexed(32))
        #expect(ColorReduction.reduce(.indexed(100), to: .indexed256) == .indexed(100))
    }

    @Test func toSixteenAndEight() {
        #expect(ColorReduction.reduce(.rgb(255, 0, 0), to: .ansi16) == .ansi(9))
        #expect(ColorReduction.reduce(.rgb(255, 0, 0), to: .ansi8) == .ansi(1))
        #expect(ColorReduction.reduce(.indexed(196), to: .ansi16) == .ansi(9))
        #expect(ColorReduction.reduce(.indexed(3), to: .ansi16) == .ansi(3))
        #expect(ColorReduction.reduce(.indexed(11), to: .ansi8) == .ansi(3))
        #expect(ColorReduction.reduce(.ansi(9), to: .ansi8) == .ansi(1))
        #expect(ColorReduction.reduce(.rgb(250, 250, 250), to: .ansi16) == .ansi(15))
        #expect(ColorReduction.reduce(.indexed(236), to: .ansi16) == .ansi(0))
    }

    @Test func monochromeDropsColourButKeepsAttributes() {
        let style = Style(foreground: .ansi(1), background: .rgb(1, 2, 3), attributes: [.bold, .reverse])
        #expect(ColorReduction.reduce(style, to: .monochrome) == Style(attributes: [.bold, .reverse]))
    }

    @Test func paletteIndexesHaveXtermRGB() {
        #expect(ColorReduction.rgb(ofIndex: 16) == .rgb(0, 0, 0))
        #expect(ColorReduction.rgb(ofIndex: 231) == .rgb(255, 255, 255))
        #expect(ColorReduction.rgb(ofIndex: 196) == .rgb(255, 0, 0))
        #expect(ColorReduction.rgb(ofIndex: 232) == .rgb(8, 8, 8))
        #expect(ColorReduction.rgb(ofIndex: 255) == .rgb(238, 238, 238))
    }

    @Test func detectionHonoursNoColorAndColorterm() {
        #expect(ColorSupport.detect(colorCount: 256, environment: [:]) == .indexed256)
        #expect(ColorSupport.detect(colorCount: 256, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorSupport.detect(colorCount: 256, environment: ["NO_COLOR": ""]) == .indexed256)
        #expect(ColorSupport.detect(colorCount: 256, environment: [:], noColorFlag: true) == .monochrome)
        #expect(ColorSupport.detect(colorCount: 1 << 24, environment: [:]) == .truecolor)
        #expect(
            ColorSupport.detect(
                colorCount: 256, environment: ["COLORTERM": "truecolor"], canRedefineColors: true)
                == .truecolor)
        #expect(ColorSupport.detect(colorCount: 256, environment: ["COLORTERM": "truecolor"]) == .indexed256)
        #expect(ColorSupport.detect(colorCount: 16, environment: [:]) == .ansi16)
        #expect(ColorSupport.detect(colorCount: 8, environment: [:]) == .ansi8)
        #expect(ColorSupport.detect(colorCount: -1, environment: [:]) == .monochrome)
    }
}
