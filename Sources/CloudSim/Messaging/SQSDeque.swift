/// A FIFO of values whose live part is `items[head...]`.
///
/// The dead prefix is reclaimed when it outgrows the live part, so a queue in steady state
/// reuses its storage.
struct SQSDeque<Element: Sendable>: Sendable {
    private var items: [Element] = []
    private var head = 0

    /// Whether nothing is live.
    var isEmpty: Bool { head == items.count }
    /// Number of live elements.
    var count: Int { items.count - head }
    /// Index of the first live element (indices run to `endIndex`).
    var startIndex: Int { head }
    /// One past the last live element.
    var endIndex: Int { items.count }
    /// The first live element.
    var first: Element? { isEmpty ? nil : items[head] }
    /// The last live element.
    var last: Element? { isEmpty ? nil : items[items.count - 1] }

    /// A live element by index (from `startIndex`).
    subscript(index: Int) -> Element {
        get { items[index] }
        set { items[index] = newValue }
    }

    /// Appends at the back.
    mutating func append(_ element: Element) {
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        items.append(element)
    }

    /// Removes the first live element.
    mutating func removeFirst() {
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
    }

    /// Removes the live elements for which `shouldRemove` is true, keeping the order.
    mutating func removeAll(where shouldRemove: (Element) -> Bool) {
        var kept = head
        for i in head..<items.count where !shouldRemove(items[i]) {
            items[kept] = items[i]
            kept += 1
        }
        items.removeLast(items.count - kept)
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
    }

    /// Storage slots held, for bounded-memory checks.
    var capacityInUse: Int { items.count }
}
