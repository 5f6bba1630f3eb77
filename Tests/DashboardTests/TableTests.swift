import Testing

@testable import Dashboard

@Suite struct TableTests {
    let columns = [
        TableColumn("Name", width: .fixed(6)),
        TableColumn("State"),
        TableColumn("CPU", width: .fixed(4), alignment: .right),
    ]
    let rows: [[TableCell]] = [
        ["i-0a1", "healthy", "12%"],
        ["i-0b2", "pending", "3%"],
        ["i-0c3", "unhealthy-long", "97%"],
        ["i-0d4", "healthy", "55%"],
        ["i-0e5", "draining", "0%"],
    ]

    @Test func scrollsSoTheSelectionIsVisible() {
        let table = Table(columns: columns, rows: rows, selected: 3)
        let buffer = render(table, width: 20, height: 4)
        #expect(
            buffer.lines
                == fenced(
                    """
                    |Name   State     CPU|
                    |i-0b2  pending    3%|
                    |i-0c3  unhealt…  97%|
                    |i-0d4  healthy   55%|
                    """))
        #expect(
            buffer.textSnapshot().hasSuffix(
                """
                row 0 col 0-5: bold underline
                row 0 col 7-14: bold underline
                row 0 col 16-19: bold underline
                row 3 col 0-19: reverse
                """))
    }

    @Test func visibleOffsetKeepsOffsetUntilSelectionLeavesTheWindow() {
        var table = Table(columns: columns, rows: rows, selected: 2, offset: 1)
        #expect(table.visibleOffset(rows: 3) == 1)
        table.selected = 0
        #expect(table.visibleOffset(rows: 3) == 0)
        table.selected = 4
        #expect(table.visibleOffset(rows: 2) == 3)
        table.selected = nil
        table.offset = 10
        #expect(table.visibleOffset(rows: 3) == 2)
        #expect(table.visibleOffset(rows: 0) == 0)
    }

    @Test func cellStyleAppliesOutsideTheSelection() {
        let red = Style(foreground: .ansi(1))
        let table = Table(
            columns: [TableColumn("S")], rows: [[TableCell("bad", style: red)], ["ok"]], selected: 1)
        let buffer = render(table, width: 3, height: 3)
        #expect(buffer[0, 1].style == red)
        #expect(buffer[0, 2].style == Style(attributes: .reverse))
    }

    @Test func flexColumnsShareByWeight() {
        let widths = TableColumn.layout(
            [
                TableColumn("a", width: .flex(1)), TableColumn("b", width: .flex(2)),
                TableColumn("c", width: .fixed(3)),
            ],
            total: 14)
        #expect(widths == [3, 6, 3])
        #expect(TableColumn.layout([TableColumn("a", width: .fixed(9))], total: 4) == [4])
    }

    @Test func headerOnlyWhenOneRowTall() {
        let table = Table(columns: columns, rows: rows, selected: 4)
        #expect(render(table, width: 20, height: 1).lines == ["Name   State     CPU"])
    }

    @Test func oneByOneAndZeroSize() {
        let table = Table(columns: [TableColumn("Name")], rows: rows, selected: 0)
        #expect(render(table, width: 1, height: 1).lines == ["…"])
        #expect(render(table, width: 0, height: 0).lines.isEmpty)
    }
}
