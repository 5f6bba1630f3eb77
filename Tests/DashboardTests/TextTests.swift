import Testing

@testable import Dashboard

@Suite struct TextTests {
    @Test func longLineEndsInEllipsis() {
        #expect(render(Text("hello world"), width: 8, height: 1).lines == ["hello w…"])
    }

    @Test func shortLineIsLeftAlone() {
        #expect(render(Text("hi"), width: 4, height: 2).lines == ["hi  ", "    "])
    }

    @Test func newlinesMakeRowsAndExtraRowsAreClipped() {
        #expect(render(Text("a\nb\nc"), width: 2, height: 2).lines == ["a ", "b "])
    }

    @Test func wrapsAtSpaces() {
        let text = Text("the quick brown fox", wraps: true)
        #expect(render(text, width: 10, height: 2).lines == ["the quick ", "brown fox "])
    }

    @Test func wrappedParagraphThatOverflowsEndsInEllipsis() {
        let text = Text("the quick brown fox", wraps: true)
        #expect(render(text, width: 10, height: 1).lines == ["the quick…"])
    }

    @Test func longWordIsSplitWhenWrapping() {
        let text = Text("abcdefghij", wraps: true)
        #expect(render(text, width: 4, height: 3).lines == ["abcd", "efgh", "ij  "])
    }

    @Test func alignsRightAndCenter() {
        #expect(render(Text("ab", alignment: .right), width: 5, height: 1).lines == ["   ab"])
        #expect(render(Text("ab", alignment: .center), width: 5, height: 1).lines == [" ab  "])
    }

    @Test func spansKeepTheirStyles() {
        let green = Style(foreground: .ansi(2))
        let text = Text(lines: [[Span("ok", style: green), " fine"]])
        let buffer = render(text, width: 8, height: 1)
        #expect(buffer.textSnapshot() == "ok fine\n-- styles --\nrow 0 col 0-1: fg=ansi(2)")
    }

    @Test func wideCharactersAreNotSplit() {
        #expect(render(Text("中文字"), width: 4, height: 1).lines == ["中… "])
    }

    @Test func oneByOneShowsEllipsisOrTheCharacter() {
        #expect(render(Text("hello"), width: 1, height: 1).lines == ["…"])
        #expect(render(Text("h"), width: 1, height: 1).lines == ["h"])
        #expect(render(Text("hello", wraps: true), width: 1, height: 1).lines == ["…"])
    }

    @Test func zeroSizeDrawsNothing() {
        #expect(render(Text("hello", wraps: true), width: 0, height: 0).lines.isEmpty)
        #expect(render(Text("hello"), width: 3, height: 0).lines.isEmpty)
    }
}
