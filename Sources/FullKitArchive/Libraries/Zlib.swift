import CZlib
import FullKitCore

/// Thin wrappers over zlib: raw DEFLATE decoding (`inflate`) and CRC-32 (`crc32_z`).
enum Zlib {
    /// The CRC-32 of `bytes`, computed by zlib's `crc32_z`.
    static func crc32(_ bytes: UnsafeRawBufferPointer, continuing previous: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress else { return previous }
        return UInt32(CZlib.crc32_z(UInt(previous), base.assumingMemoryBound(to: Bytef.self), bytes.count))
    }

    /// Inflates raw DEFLATE data (no zlib or gzip wrapper, as ZIP stores it) that must decode to exactly
    /// `expectedSize` bytes. Output is never allowed to grow past `expectedSize`, whatever the input claims.
    static func inflateRaw(_ input: UnsafeRawBufferPointer, expectedSize: Int) throws(LoadError) -> [UInt8] {
        var stream = z_stream()
        guard fullkit_inflateInit2(&stream, -15) == Z_OK else {
            throw LoadError(.unreadable, "zlib could not start a decoder")
        }
        defer { inflateEnd(&stream) }
        var failure: LoadError?
        let output = [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, initialized in
            failure = run(&stream, input: input, output: UnsafeMutableRawBufferPointer(buffer))
            initialized = failure == nil ? expectedSize : 0
        }
        if let failure { throw failure }
        return output
    }

    private static func run(
        _ stream: inout z_stream,
        input: UnsafeRawBufferPointer,
        output: UnsafeMutableRawBufferPointer
    ) -> LoadError? {
        // zlib's counters are 32-bit; feed both sides in slices below 4 GiB.
        let slice = Int(UInt32.max / 2)
        var consumed = 0
        var produced = 0
        var probe: UInt8 = 0
        while true {
            var producedNow = 0
            let inputCount = min(input.count - consumed, slice)
            stream.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress.map { $0.assumingMemoryBound(to: Bytef.self) + consumed })
            stream.avail_in = uInt(inputCount)
            let outputCount = min(output.count - produced, slice)
            let result: Int32
            if outputCount > 0 {
                stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self) + produced
                stream.avail_out = uInt(outputCount)
                result = inflate(&stream, Z_NO_FLUSH)
                producedNow = outputCount - Int(stream.avail_out)
                produced += producedNow
            } else {
                // The declared size is reached: one more byte of output means the member lied about its size.
                result = withUnsafeMutablePointer(to: &probe) { pointer in
                    stream.next_out = pointer
                    stream.avail_out = 1
                    return inflate(&stream, Z_NO_FLUSH)
                }
                if stream.avail_out == 0 {
                    return LoadError(.corrupt, "its data inflates past the \(output.count) bytes it declares")
                }
            }
            let consumedNow = inputCount - Int(stream.avail_in)
            consumed += consumedNow
            switch result {
            case Z_STREAM_END:
                guard produced == output.count else {
                    return LoadError(
                        .corrupt, "its data inflates to \(produced) bytes, not the \(output.count) it declares")
                }
                return nil
            case Z_OK:
                continue
            case Z_BUF_ERROR where consumedNow > 0 || producedNow > 0:
                continue
            case Z_BUF_ERROR:
                // No progress is possible: the input ran out before the stream ended.
                return LoadError(.truncated, "its compressed data ends before the DEFLATE stream does")
            default:
                let reason = stream.msg.map { String(cString: $0) } ?? "error \(result)"
                return LoadError(.corrupt, "its DEFLATE data is corrupt (zlib: \(reason))")
            }
        }
    }
}
