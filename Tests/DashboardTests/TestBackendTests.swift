import Testing

@testable import Dashboard

@Suite struct TestBackendTests {
    @Test func scriptedKeysComeOutInOrderThenNil() {
        var backend = TestBackend(width: 1, height: 1, keys: [.character("q"), .tab])
        #expect(backend.readKey(timeoutMillis: 0) == .character("q"))
        #expect(backend.readKey(timeoutMillis: 0) == .tab)
        #expect(backend.readKey(timeoutMillis: 0) == nil)
    }

    @Test func resizeQueuesAResizeKey() {
        var backend = TestBackend(width: 2, height: 2)
        backend.resize(width: 5, height: 3)
        #expect(backend.size == (5, 3))
        #expect(backend.readKey(timeoutMillis: 10) == .resize)
    }

    @Test func snapshotHasTextThenStyleRuns() {
        var screen = Screen(width: 12, height: 3)
        var backend = TestBackend(width: 12, height: 3)
        screen.buffer.write("plain", x: 0, y: 0)
        screen.buffer.write("green", x: 2, y: 1, style: Style(foreground: .ansi(2), attributes: .bold))
        screen.buffer.write(
            "!", x: 11, y: 2, style: Style(foreground: .rgb(30, 30, 46), background: .indexed(236)))
        screen.present(to: &backend)
        let expected = """
            plain
              green
                       !
            -- styles --
            row 1 col 2-6: fg=ansi(2) bold
            row 2 col 11: fg=#1e1e2e bg=indexed(236)
            """
        #expect(backend.textSnapshot() == expected)
    }

    @Test func snapshotOfPlainScreenHasNoAppendix() {
        var buffer = Buffer(width: 3, height: 2)
        buffer.write("a b", x: 0, y: 1)
        #expect(buffer.textSnapshot() == "\na b")
    }
}
