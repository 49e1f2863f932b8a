import FullKitCore
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Gathers the files of one data pack from the paths a user gives: folders, archives and loose files together.
///
/// Nothing is extracted to disk and nothing is written. ZIP members are inflated in parallel on the fast path;
/// other archives go through libarchive. Archives inside the pack are opened as deep as
/// `ReadLimits.maximumNestingDepth` allows, their files marked as nested.
public struct PackLoader: Sendable {
    /// The bounds reading must respect.
    public var limits: ReadLimits

    /// A loader held to `limits`.
    public init(limits: ReadLimits = ReadLimits()) {
        self.limits = limits
    }

    /// The files of the pack formed by `inputs`, and what could not be read.
    ///
    /// Throws only when an input path itself cannot be used (missing, unreadable folder): there is no pack to judge.
    public func load(_ inputs: [String]) throws(PackInputError) -> LoadedPack {
        var state = State(limits: limits)
        // The same file or folder given twice (`a.zip ./a.zip`) is one input, not two copies of every file.
        var seen = Set<String>()
        for input in inputs {
            let path = input.count > 1 && input.hasSuffix("/") ? String(input.dropLast()) : input
            if let resolved = DirectoryWalker.canonicalPath(path), !seen.insert(resolved).inserted { continue }
            switch DirectoryWalker.kind(of: path, followingLinks: true) {
            case nil:
                throw PackInputError(.notFound, path: input, reason: "no such file or folder")
            case .directory:
                let entries: [DirectoryWalker.Entry]
                do {
                    entries = try DirectoryWalker.entries(under: path)
                } catch {
                    throw PackInputError(.unreadable, path: input, reason: error.description)
                }
                for entry in entries {
                    switch entry.kind {
                    case .file:
                        state.loadFile(at: path + "/" + entry.relativePath, shownAs: entry.relativePath)
                    case .symbolicLink:
                        state.problem(
                            entry.relativePath, .notARegularFile,
                            "it is a symbolic link; FullKit never follows links inside a pack")
                    case .other:
                        state.problem(entry.relativePath, .notARegularFile, "it is not a regular file")
                    }
                }
            case .file, .symbolicLink, .other:
                do {
                    _ = try SystemFile(path: path)
                } catch {
                    throw PackInputError(.unreadable, path: input, reason: error.message)
                }
                state.loadFile(at: path, shownAs: PackFile(path: path, bytes: []).name)
            }
        }
        state.files.sort { $0.path < $1.path }
        return LoadedPack(inputs: inputs, files: state.files, problems: state.problems)
    }
}

extension PackLoader {

    /// The files of a pack that arrives as one archive in memory (an upload), shown as `name`.
    public func load(archive bytes: [UInt8], named name: String) -> LoadedPack {
        var state = State(limits: limits)
        let extensionName = PackFile(path: name, bytes: []).lowercasedExtension
        let kind = bytes.withUnsafeBytes { ArchiveSniffer.kind(head: $0, lowercasedExtension: extensionName) }
        let limits = self.limits
        switch kind {
        case .zip:
            state.openZip(MemoryByteSource(bytes: bytes), shownAs: name, nested: false) { () throws(LoadError) in
                try LibArchive.read(bytes: bytes, limits: limits)
            }
        case .other:
            state.openWithLibArchive(shownAs: name, nested: false) { () throws(LoadError) in
                try LibArchive.read(bytes: bytes, limits: limits)
            }
        case nil:
            state.add(PackFile(path: name, bytes: bytes))
        }
        state.files.sort { $0.path < $1.path }
        return LoadedPack(inputs: [name], files: state.files, problems: state.problems)
    }

    /// The files and problems gathered so far.
    private struct State {
        let limits: ReadLimits
        var files: [PackFile] = []
        var problems: [LoadProblem] = []
        var totalBytes = 0
        /// Members listed by every archive opened so far, nested ones included.
        var memberCount = 0

        init(limits: ReadLimits) {
            self.limits = limits
        }

        mutating func problem(_ path: String, _ kind: LoadError.Kind, _ detail: String) {
            problems.append(LoadProblem(path: path, error: LoadError(kind, detail)))
        }

        mutating func loadFile(at path: String, shownAs display: String) {
            let file: SystemFile
            do {
                file = try SystemFile(path: path)
            } catch {
                problem(display, .unreadable, error.description)
                return
            }
            let head =
                (try? FileByteSource(file: file).withBytes(at: 0, count: min(file.size, 512)) { [UInt8]($0) }) ?? []
            let extensionName = PackFile(path: display, bytes: []).lowercasedExtension
            let limits = self.limits
            switch head.withUnsafeBytes({ ArchiveSniffer.kind(head: $0, lowercasedExtension: extensionName) }) {
            case .zip:
                openZip(FileByteSource(file: file), shownAs: display, nested: false) { () throws(LoadError) in
                    try LibArchive.read(path: path, limits: limits)
                }
            case .other:
                openWithLibArchive(shownAs: display, nested: false) { () throws(LoadError) in
                    try LibArchive.read(path: path, limits: limits)
                }
            case nil:
                guard file.size <= limits.maximumMemberSize else {
                    problem(
                        display, .limitExceeded,
                        "it is \(file.size) bytes, over the per-file limit of \(limits.maximumMemberSize) (limit maximumMemberSize)"
                    )
                    return
                }
                // Checked before reading: a folder of large files must not be read only to be refused one by one.
                guard totalBytes <= limits.maximumTotalSize - file.size else {
                    problem(display, .limitExceeded, totalLimitReason)
                    return
                }
                do {
                    add(PackFile(path: display, bytes: try file.readAll()))
                } catch {
                    problem(display, .unreadable, error.description)
                }
            }
        }

        mutating func openZip(
            _ source: any ByteSource,
            shownAs display: String,
            nested: Bool,
            fallback: () throws(LoadError) -> [LibArchive.Member]
        ) {
            guard hasMemberBudget(for: display) else { return }
            let archive: ZipArchive
            do {
                archive = try ZipArchive(source: source, limits: limits)
            } catch {
                problem(display, error.kind, error.detail)
                return
            }
            guard countMembers(archive.entries.count, of: display) else { return }
            let overlapping = archive.overlappingEntries()
            var readable: [ZipEntry] = []
            var needsFallback = Set<String>()
            var declaredTotal = totalBytes
            var seenNames = Set<String>()
            for entry in archive.entries where !entry.isDirectory {
                let memberPath = display + "/" + entry.name
                switch entry.nameEncoding {
                case .utf8: break
                case .cp437: problem(memberPath, .nameEncoding, "its name is not UTF-8; it was read as code page 437")
                case .invalidUTF8:
                    problem(memberPath, .nameEncoding, "its name is flagged UTF-8 but is not; bad bytes were replaced")
                }
                if !seenNames.insert(entry.name).inserted {
                    problem(memberPath, .duplicateName, "two members have this name; which one is meant is ambiguous")
                } else if let reason = MemberName.unsafeReason(entry.name) {
                    problem(memberPath, .unsafeName, "its name is unsafe: \(reason)")
                } else if entry.isSymbolicLink {
                    problem(memberPath, .notARegularFile, "it is a symbolic link; FullKit never follows links")
                } else if overlapping.contains(entry.name) {
                    problem(
                        memberPath, .corrupt, "its data overlaps another member's: a malformed archive or a ZIP bomb")
                } else if entry.isEncrypted {
                    problem(memberPath, .encrypted, "it is encrypted; FullKit cannot check an encrypted file")
                } else if !entry.isFastPathMethod {
                    needsFallback.insert(entry.name)
                } else if declaredTotal > limits.maximumTotalSize - entry.uncompressedSize {
                    problem(memberPath, .limitExceeded, totalLimitReason)
                } else {
                    declaredTotal += entry.uncompressedSize
                    readable.append(entry)
                }
            }
            let contents = Mutex([Result<[UInt8], LoadError>?](repeating: nil, count: readable.count))
            archive.readInParallel(readable, limits: limits) { index, result in
                contents.withLock { $0[index] = result }
            }
            for (entry, result) in zip(readable, contents.withLock { $0 }) {
                switch result! {
                case .success(let bytes):
                    addMember(bytes, named: entry.name, in: display, nested: nested, modified: entry.modified)
                case .failure(let error):
                    problem(display + "/" + entry.name, error.kind, error.detail)
                }
            }
            guard !needsFallback.isEmpty else { return }
            do {
                // A member libarchive cannot decode either, or does not list, has an unsupported method.
                let members = try fallback().filter { needsFallback.contains($0.name) }.map { member in
                    var member = member
                    if case .failure(let error) = member.contents {
                        member.contents = .failure(
                            LoadError(.unsupportedMethod, "its compression method cannot be decoded: \(error.detail)"))
                    }
                    return member
                }
                addLibArchiveMembers(members, in: display, nested: nested)
                for name in needsFallback.subtracting(members.map(\.name)).sorted() {
                    problem(display + "/" + name, .unsupportedMethod, "its compression method cannot be decoded")
                }
            } catch {
                for name in needsFallback.sorted() {
                    problem(
                        display + "/" + name, .unsupportedMethod,
                        "its compression method cannot be decoded: \(error.detail)")
                }
            }
        }

        mutating func openWithLibArchive(
            shownAs display: String,
            nested: Bool,
            read: () throws(LoadError) -> [LibArchive.Member]
        ) {
            guard hasMemberBudget(for: display) else { return }
            do {
                let members = try read()
                guard countMembers(members.count, of: display) else { return }
                addLibArchiveMembers(members, in: display, nested: nested)
            } catch {
                problem(display, error.kind, error.detail)
            }
        }

        mutating func addLibArchiveMembers(_ members: [LibArchive.Member], in display: String, nested: Bool) {
            var seenNames = Set<String>()
            for member in members {
                let memberPath = display + "/" + member.name
                if !seenNames.insert(member.name).inserted {
                    problem(memberPath, .duplicateName, "two members have this name; which one is meant is ambiguous")
                    continue
                }
                if let reason = MemberName.unsafeReason(member.name) {
                    problem(memberPath, .unsafeName, "its name is unsafe: \(reason)")
                    continue
                }
                switch member.contents {
                case .success(let bytes):
                    addMember(bytes, named: member.name, in: display, nested: nested, modified: member.modified)
                case .failure(let error):
                    problem(memberPath, error.kind, error.detail)
                }
            }
        }

        mutating func addMember(
            _ bytes: [UInt8], named name: String, in container: String, nested: Bool, modified: String?
        ) {
            let path = container + "/" + name
            let file = PackFile(path: path, container: container, isNested: nested, modified: modified, bytes: bytes)
            let kind = bytes.withUnsafeBytes {
                ArchiveSniffer.kind(head: $0, lowercasedExtension: file.lowercasedExtension)
            }
            guard let kind else {
                add(file)
                return
            }
            let depth = nested ? 2 : 1
            guard depth <= limits.maximumNestingDepth else {
                problem(
                    path, .limitExceeded,
                    "it is an archive nested \(CountedNoun.phrase(depth, "level")) deep; FullKit opens \(limits.maximumNestingDepth) (limit maximumNestingDepth)"
                )
                return
            }
            // The nested archive's own bytes stay in memory while its members are read: they count towards the total.
            guard totalBytes <= limits.maximumTotalSize - bytes.count else {
                problem(path, .limitExceeded, totalLimitReason)
                return
            }
            totalBytes += bytes.count
            let limits = self.limits
            if kind == .zip {
                openZip(MemoryByteSource(bytes: bytes), shownAs: path, nested: true) { () throws(LoadError) in
                    try LibArchive.read(bytes: bytes, limits: limits)
                }
            } else {
                openWithLibArchive(shownAs: path, nested: true) { () throws(LoadError) in
                    try LibArchive.read(bytes: bytes, limits: limits)
                }
            }
        }

        /// Whether the pack's member count leaves room to open another archive; records the problem when not.
        mutating func hasMemberBudget(for display: String) -> Bool {
            guard memberCount >= limits.maximumMemberCount else { return true }
            problem(
                display, .limitExceeded,
                "it is not opened: the pack's archives already list \(memberCount) members (limit maximumMemberCount, counted across nested archives)"
            )
            return false
        }

        /// Adds an archive's members to the pack's count; false (and a problem) when that passes the limit.
        mutating func countMembers(_ count: Int, of display: String) -> Bool {
            memberCount += count
            guard memberCount > limits.maximumMemberCount else { return true }
            problem(
                display, .limitExceeded,
                "with it the pack's archives list \(memberCount) members, over the limit of \(limits.maximumMemberCount) (limit maximumMemberCount, counted across nested archives)"
            )
            return false
        }

        /// Why a file was not read once the pack's total is reached.
        var totalLimitReason: String {
            "the pack would exceed the total limit of \(limits.maximumTotalSize) bytes (limit maximumTotalSize), nested archives and loose files counted"
        }

        mutating func add(_ file: PackFile) {
            guard totalBytes <= limits.maximumTotalSize - file.bytes.count else {
                problem(file.path, .limitExceeded, totalLimitReason)
                return
            }
            totalBytes += file.bytes.count
            files.append(file)
        }
    }
}
