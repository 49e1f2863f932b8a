import CArchive
import FullKitCore

#if canImport(Glibc)
import Glibc
#endif

/// A thin wrapper over libarchive's read API (`archive_read_*`): every format libarchive knows (tar, gzip, 7z, RAR,
/// ZIP methods the fast path lacks). Members are read into memory, never extracted to disk.
enum LibArchive {
    /// One member read by libarchive.
    struct Member: Sendable {
        var name: String
        var modified: String?
        var contents: Result<[UInt8], LoadError>
    }

    /// Reads the archive at `path`.
    static func read(path: String, limits: ReadLimits) throws(LoadError) -> [Member] {
        let members = try withReader(limits: limits) { archive in
            archive_read_open_filename(archive, path, 1 << 16)
        }
        let file: SystemFile
        do {
            file = try SystemFile(path: path)
        } catch {
            throw LoadError(.unreadable, error.message)
        }
        try checkGzip(FileByteSource(file: file), limits: limits)
        return members
    }

    /// Reads the archive held in `bytes`.
    static func read(bytes: [UInt8], limits: ReadLimits) throws(LoadError) -> [Member] {
        let result: Result<[Member], LoadError> = bytes.withUnsafeBytes { buffer in
            do throws(LoadError) {
                let members = try withReader(limits: limits) { archive in
                    archive_read_open_memory(archive, buffer.baseAddress, buffer.count)
                }
                try checkGzip(MemoryByteSource(bytes: bytes), limits: limits)
                return .success(members)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// A gzip stream (a `.tar.gz`) is checked against its trailers, which libarchive does not verify.
    private static func checkGzip(_ source: any ByteSource, limits: ReadLimits) throws(LoadError) {
        let head = try? source.withBytes(at: 0, count: 2) { [$0[0], $0[1]] }
        guard head == [0x1F, 0x8B] else { return }
        // Output is discarded, so the bound is on time only: twice what the pack may hold leaves room for tar headers.
        try GzipCheck.verify(source, limit: 2 * limits.maximumTotalSize)
    }

    private static func withReader(
        limits: ReadLimits,
        open: (OpaquePointer) -> Int32
    ) throws(LoadError) -> [Member] {
        guard let archive = archive_read_new() else {
            throw LoadError(.unreadable, "libarchive could not start a reader")
        }
        defer { archive_read_free(archive) }
        archive_read_support_filter_all(archive)
        archive_read_support_format_all(archive)
        guard open(archive) == ARCHIVE_OK else {
            throw LoadError(.unreadable, "libarchive cannot open it: \(message(archive))")
        }
        var members: [Member] = []
        var total = 0
        var entry: OpaquePointer?
        while true {
            let status = archive_read_next_header(archive, &entry)
            if status == ARCHIVE_EOF { break }
            guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
                if members.isEmpty {
                    throw LoadError(.unreadable, "libarchive cannot read it: \(message(archive))")
                }
                members.append(
                    Member(
                        name: "(after \(members.last!.name))", modified: nil,
                        contents: .failure(LoadError(.truncated, "the archive breaks off: \(message(archive))"))))
                break
            }
            guard members.count < limits.maximumMemberCount else {
                throw LoadError(
                    .limitExceeded, "it holds more than the limit of \(limits.maximumMemberCount) members")
            }
            let name =
                archive_entry_pathname_utf8(entry).map { String(cString: $0) }
                ?? archive_entry_pathname(entry).map { String(cString: $0) } ?? "(unnamed)"
            let type = UInt32(archive_entry_filetype(entry))
            if type == fullkit_AE_IFDIR { continue }
            let modified = archive_entry_mtime_is_set(entry) != 0 ? isoDate(archive_entry_mtime(entry)) : nil
            let contents: Result<[UInt8], LoadError>
            if type != fullkit_AE_IFREG {
                contents = .failure(
                    LoadError(
                        .notARegularFile,
                        type == fullkit_AE_IFLNK
                            ? "it is a symbolic link; FullKit never follows links"
                            : "it is not a regular file"))
            } else if archive_entry_is_encrypted(entry) != 0 {
                contents = .failure(LoadError(.encrypted, "it is encrypted; FullKit cannot check an encrypted file"))
            } else {
                contents = readData(archive, limits: limits, readBefore: total)
            }
            switch contents {
            case .success(let bytes):
                total += bytes.count
            case .failure(let error) where error.kind == .limitExceeded:
                // Reading on would decode the rest of this member just to skip it: a bomb's whole cost. Stop here.
                let stopped = LoadError(.limitExceeded, error.detail + "; the rest of the archive is not read")
                members.append(Member(name: name, modified: modified, contents: .failure(stopped)))
                return members
            case .failure:
                break
            }
            members.append(Member(name: name, modified: modified, contents: contents))
        }
        return members
    }

    /// Reads the current member's data, held to the member and total size limits and, as the stream goes, to the
    /// compression ratio: libarchive's formats (tar.gz, 7z, bzip2) carry no per-member compressed size to check
    /// beforehand, so the ratio is that of everything decoded so far (`readBefore` bytes of earlier members and this
    /// one's) to the compressed bytes consumed, and a bomb is stopped as soon as it shows.
    private static func readData(_ archive: OpaquePointer, limits: ReadLimits, readBefore: Int) -> Result<
        [UInt8], LoadError
    > {
        let limit = min(limits.maximumMemberSize, max(limits.maximumTotalSize - readBefore, 0))
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { archive_read_data(archive, $0.baseAddress, $0.count) }
            if count == 0 { return .success(bytes) }
            if count < 0 {
                return .failure(LoadError(.corrupt, "libarchive cannot decode it: \(message(archive))"))
            }
            guard bytes.count + count <= limit else {
                return .failure(
                    LoadError(
                        .limitExceeded,
                        "it inflates past the limit of \(limit) bytes (limit \(limit == limits.maximumMemberSize ? "maximumMemberSize" : "maximumTotalSize")): a decompression bomb or an oversized file"
                    ))
            }
            bytes.append(contentsOf: chunk[0..<count])
            let decoded = readBefore + bytes.count
            if decoded > limits.ratioCheckThreshold {
                let consumed = max(Int(archive_filter_bytes(archive, -1)), 1)
                if decoded / consumed > limits.maximumCompressionRatio {
                    return .failure(
                        LoadError(
                            .limitExceeded,
                            "the archive expands \(decoded / consumed)× by this member (limit maximumCompressionRatio, \(limits.maximumCompressionRatio)×): a decompression bomb"
                        ))
                }
            }
        }
    }

    private static func message(_ archive: OpaquePointer) -> String {
        archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
    }

    private static func isoDate(_ time: time_t) -> String? {
        var seconds = time
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil else { return nil }
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))"
    }
}
