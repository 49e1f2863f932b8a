import CZlib
import FullKitCore

/// Verifies a gzip stream's CRC-32 and length trailers with zlib, output discarded.
///
/// libarchive reads a `.tar.gz` without checking the gzip trailer (its filter leaves that as a to-do), so a damaged
/// archive would pass as whole. This second, streaming pass decodes every gzip member of the file and lets zlib check
/// each trailer; it holds 64 KiB of output at a time, never the data.
enum GzipCheck {
    /// Throws `.corrupt` when a gzip member fails its check, `.truncated` when the stream breaks off, and
    /// `.limitExceeded` when it decodes to more than `limit` bytes.
    static func verify(_ source: any ByteSource, limit: Int) throws(LoadError) {
        var stream = z_stream()
        // 15 + 16: a gzip wrapper, whose trailer zlib checks.
        guard fullkit_inflateInit2(&stream, 15 + 16) == Z_OK else {
            throw LoadError(.unreadable, "zlib could not start a decoder")
        }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var output = [UInt8](repeating: 0, count: chunk)
        var offset = 0
        var produced = 0
        var midMember = false
        while offset < source.size {
            let count = min(chunk, source.size - offset)
            let (consumed, ended) = try source.withBytes(at: offset, count: count) {
                input throws(LoadError) -> (Int, Bool) in
                // Bytes after a member's end that do not start another gzip member are padding, as gzip allows.
                if !midMember, input.count < 2 || input[0] != 0x1F || input[1] != 0x8B {
                    return (input.count, true)
                }
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress!.assumingMemoryBound(to: Bytef.self))
                stream.avail_in = uInt(input.count)
                while true {
                    let (result, producedNow) = output.withUnsafeMutableBytes { buffer -> (Int32, Int) in
                        stream.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
                        stream.avail_out = uInt(buffer.count)
                        let result = inflate(&stream, Z_NO_FLUSH)
                        return (result, buffer.count - Int(stream.avail_out))
                    }
                    produced += producedNow
                    guard produced <= limit else {
                        throw LoadError(.limitExceeded, "its gzip stream inflates past the limit of \(limit) bytes")
                    }
                    switch result {
                    case Z_STREAM_END:
                        midMember = false
                        inflateReset(&stream)
                        return (input.count - Int(stream.avail_in), false)
                    case Z_OK where stream.avail_in > 0 || producedNow > 0:
                        midMember = true
                        continue
                    case Z_OK, Z_BUF_ERROR:
                        midMember = true
                        return (input.count - Int(stream.avail_in), false)
                    default:
                        let reason = stream.msg.map { String(cString: $0) } ?? "error \(result)"
                        throw LoadError(
                            .corrupt, "its gzip data fails zlib's check (\(reason)): the archive is damaged")
                    }
                }
            }
            if ended { return }
            offset += consumed
        }
        if midMember {
            throw LoadError(.truncated, "its gzip stream breaks off before its trailer: the archive is cut short")
        }
    }
}
