import FullKitCore

/// The fields of one record, in storage that is reused for every record of a file: once it has grown to the
/// widest record, reading a record allocates nothing and costs no reference counting. Holds at most `capacity`
/// fields; fields appended past that are dropped, so memory per record stays bounded.
struct CSVFieldBuffer: ~Copyable {
    private var storage: UnsafeMutableBufferPointer<CSVField>
    /// How many fields the record has (at most `capacity`).
    private(set) var count = 0
    private let capacity: Int

    /// An empty buffer that keeps up to `capacity` fields per record.
    init(capacity: Int) {
        self.capacity = capacity
        storage = .allocate(capacity: Swift.min(capacity, 32))
    }

    deinit { storage.deallocate() }

    /// Forgets the fields, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Adds `field`, or drops it when the buffer already holds `capacity` fields.
    @inline(__always)
    mutating func append(_ field: CSVField) {
        if count == storage.count {
            guard count < capacity else { return }
            grow()
        }
        storage.initializeElement(at: count, to: field)
        count += 1
    }

    /// The fields held, valid until the buffer next changes.
    var fields: UnsafeBufferPointer<CSVField> { UnsafeBufferPointer(rebasing: storage[..<count]) }

    private mutating func grow() {
        let larger = UnsafeMutableBufferPointer<CSVField>.allocate(capacity: Swift.min(capacity, storage.count * 2))
        larger.baseAddress!.moveInitialize(from: storage.baseAddress!, count: count)
        storage.deallocate()
        storage = larger
    }
}
