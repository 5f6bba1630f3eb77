import Testing

@testable import Dashboard

@Suite struct BoxTests {
    @Test func drawsBorderWithTitleAndReturnsInnerArea() {
        var buffer = Buffer(width: 12, height: 4)
        let inner = Box(title: "CPU").render(in: buffer.area, into: &buffer)
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(
            buffer.lines
                == fenced(
                    """
                    |┌ CPU ─────┐|
                    |│          │|
                    |│          │|
                    |└──────────┘|
                    """))
    }

    @Test func focusedBoxUsesHeavyLinesAndFocusedStyle() {
        var buffer = Buffer(width: 8, height: 3)
        let focused = Style(foreground: .ansi(6), attributes: .bold)
        Box(title: "Q", isFocused: true, focusedBorderStyle: focused).render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┏ Q ━━━┓", "┃      ┃", "┗━━━━━━┛"])
        #expect(buffer[0, 0].style == focused)
        #expect(buffer[4, 2].style == focused)
    }

    @Test func roundedVariantCanBeChosenForFocus() {
        var buffer = Buffer(width: 4, height: 2)
        Box(isFocused: true, focusedBorders: .rounded).render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["╭──╮", "╰──╯"])
    }

    @Test func trailingTitleAndFooterSitOnTheEdges() {
        var buffer = Buffer(width: 16, height: 3)
        Box(title: "CPU", trailingTitle: "7/10", footer: "q quit").render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┌ CPU ─── 7/10 ┐", "│              │", "└ q quit ──────┘"])
    }

    @Test func longTitleIsCutWithEllipsis() {
        var buffer = Buffer(width: 8, height: 2)
        Box(title: "Architecture").render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┌ Arc… ┐", "└──────┘"])
    }

    @Test func titleIsDroppedWhenThereIsNoRoom() {
        var buffer = Buffer(width: 4, height: 2)
        Box(title: "Architecture").render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┌──┐", "└──┘"])
    }

    @Test func drawsOnlyInsideItsArea() {
        var buffer = Buffer(width: 6, height: 4)
        Box().render(in: Rect(x: 1, y: 1, width: 4, height: 2), into: &buffer)
        #expect(buffer.lines == ["      ", " ┌──┐ ", " └──┘ ", "      "])
    }

    @Test func dividerJoinsTheBorders() {
        var buffer = Buffer(width: 10, height: 3)
        let box = Box()
        box.render(in: buffer.area, into: &buffer)
        box.renderDivider(row: 1, title: "Ev", in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┌────────┐", "├ Ev ────┤", "└────────┘"])
    }

    @Test func twoByTwoIsAllCornersWithEmptyInside() {
        var buffer = Buffer(width: 2, height: 2)
        let inner = Box(title: "X").render(in: buffer.area, into: &buffer)
        #expect(buffer.lines == ["┌┐", "└┘"])
        #expect(inner.isEmpty)
    }

    @Test func oneByOneAndZeroSizeDrawNothing() {
        var one = Buffer(width: 1, height: 1)
        #expect(Box(title: "X").render(in: one.area, into: &one).isEmpty)
        #expect(one.lines == [" "])
        var zero = Buffer(width: 0, height: 0)
        #expect(Box(title: "X").render(in: zero.area, into: &zero).isEmpty)
        #expect(zero.lines.isEmpty)
    }
}
