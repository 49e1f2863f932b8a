import FullKitCore

/// The designators of one BOM line, ranges expanded. Each is kept as where it is written in the BOM's text (a
/// designator made by expanding a range such as `R1-R5`, in a side buffer), shared by every line of the BOM, and
/// becomes a `String` only when it is read: a BOM of millions of designators holds no million strings, and reading
/// it copies no designator.
public struct DesignatorNames: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    /// The BOM's text, the names ranges made (and cells whose quotes had to be undone), and each designator's span:
    /// offsets into the text followed by the side buffer, start in the high 32 bits, end in the low. The lines' other
    /// kept cells (description, device, part number) are spans into the same text.
    final class Storage: Sendable {
        let text: [UInt8]
        let expanded: [UInt8]
        let spans: [UInt64]

        init(text: [UInt8], expanded: [UInt8], spans: [UInt64]) {
            self.text = text
            self.expanded = expanded
            self.spans = spans
        }

        /// The text `span` points at, in the text or in the side buffer.
        func string(_ span: UInt64) -> String {
            let (start, end) = (Int(span >> 32), Int(span & 0xFFFF_FFFF))
            if start < text.count {
                return text.withUnsafeBytes { $0.string(start..<end) }
            }
            return expanded.withUnsafeBytes { $0.string(start - text.count..<end - text.count) }
        }
    }

    /// Collects designator spans while a BOM is read; `finish(text:)` freezes them for the lines to share.
    struct Builder {
        private var spans: [UInt64] = []
        private var expanded: [UInt8] = []
        /// The size of the text the spans point into; offsets past it are in `expanded`.
        private let textSize: Int

        /// A builder for designators written in a text of `textSize` bytes, with room reserved for as many as such a
        /// text is likely to hold. Reserved room that stays unused is never touched: it costs address space only.
        init(textSize: Int) {
            self.textSize = textSize
            spans.reserveCapacity(textSize / 8)
        }

        /// How many designators have been added.
        var count: Int { spans.count }

        /// Adds the designator written at `range` of the text; false (and nothing added) past 4 GiB of text.
        mutating func append(_ range: Range<Int>) -> Bool {
            guard range.upperBound <= Int(UInt32.max) else { return false }
            spans.append(UInt64(range.lowerBound) << 32 | UInt64(range.upperBound))
            return true
        }

        /// Adds `prefix` (a range of `text`) followed by the decimal digits of `number`: a member of a range such as
        /// `R1-R5`, written out in the side buffer.
        mutating func append(_ text: UnsafeRawBufferPointer, prefix: Range<Int>, number: Int) -> Bool {
            let digits = String(number).utf8
            let start = textSize + expanded.count
            guard start + prefix.count + digits.count <= Int(UInt32.max) else { return false }
            expanded.append(contentsOf: text[prefix])
            expanded.append(contentsOf: digits)
            spans.append(UInt64(start) << 32 | UInt64(textSize + expanded.count))
            return true
        }

        /// The span of a cell written at `range` of the text (0, the empty span, for an empty range or past 4 GiB),
        /// not counted among the designators.
        func cell(_ range: Range<Int>) -> UInt64 {
            guard !range.isEmpty, range.upperBound <= Int(UInt32.max) else { return 0 }
            return UInt64(range.lowerBound) << 32 | UInt64(range.upperBound)
        }

        /// The span of `text`, a cell whose written form differs from its value (doubled quotes undone), kept in
        /// the side buffer; 0 when it is empty or does not fit.
        mutating func cell(_ text: String) -> UInt64 {
            let start = textSize + expanded.count
            guard !text.isEmpty, start + text.utf8.count <= Int(UInt32.max) else { return 0 }
            expanded.append(contentsOf: text.utf8)
            return UInt64(start) << 32 | UInt64(textSize + expanded.count)
        }

        /// The storage for the spans added so far; `text` is the text they were read from.
        func finish(text: [UInt8]) -> Storage {
            precondition(text.count == textSize, "the spans point into a text of \(textSize) bytes")
            return Storage(text: text, expanded: expanded, spans: spans)
        }
    }

    /// The storage, set when reading ends (lines are made before it is complete; nil until then, which costs no
    /// reference counting per line).
    var storage: Storage?
    /// The positions of this line's designators in `storage.spans`.
    let positions: Range<Int>

    init(storage: Storage?, positions: Range<Int>) {
        self.storage = storage
        self.positions = positions
    }

    /// Designators given as strings (tests, callers building a BOM by hand).
    public init(_ names: some Sequence<String>) {
        let names = Array(names)  // read twice below: a sequence may only be read once
        // No names, no storage: every parsed cell starts from an empty list, which must cost no allocation.
        guard !names.isEmpty else {
            self.init(storage: nil, positions: 0..<0)
            return
        }
        let text = Array(names.joined().utf8)
        var builder = Builder(textSize: text.count)
        var start = 0
        for name in names {
            _ = builder.append(start..<start + name.utf8.count)
            start += name.utf8.count
        }
        self.init(storage: builder.finish(text: text), positions: 0..<builder.count)
    }

    /// Designators written out, for tests and small lists.
    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// The first position: 0.
    public var startIndex: Int { 0 }
    /// One past the last position: the number of designators.
    public var endIndex: Int { positions.count }

    /// The designator at `position`, made a `String` as it is read.
    public subscript(position: Int) -> String {
        precondition(position >= 0 && position < positions.count, "designator index out of range")
        guard let storage else { preconditionFailure("designators read before their BOM was finished") }
        return storage.string(storage.spans[positions.lowerBound + position])
    }

    /// The text of a cell kept as a span of this BOM's text (see `Builder.cell`); "" for the empty span.
    func cell(_ span: UInt64) -> String {
        guard span != 0, let storage else { return "" }
        return storage.string(span)
    }

    /// Whether both list the same designators in the same order.
    public static func == (lhs: DesignatorNames, rhs: DesignatorNames) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the designators in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for name in self { hasher.combine(name) }
    }

    /// The designators as an array literal.
    public var description: String { Array(self).description }
}
