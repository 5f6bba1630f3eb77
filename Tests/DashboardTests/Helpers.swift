import Dashboard

/// Renders `widget` into a fresh buffer of the given size, filling the whole buffer.
func render(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    widget.render(in: buffer.area, into: &buffer)
    return buffer
}

/// Lines of a multi-line literal written between `|` fences, so trailing spaces survive editors.
///
///     fenced("""
///         |┌ CPU ┐|
///         |└─────┘|
///         """)
func fenced(_ text: String) -> [String] {
    text.split(separator: "\n").map { line in
        var body = Substring(line)
        while body.first == " " { body.removeFirst() }
        if body.first == "|" { body.removeFirst() }
        if body.last == "|" { body.removeLast() }
        return String(body)
    }
}
