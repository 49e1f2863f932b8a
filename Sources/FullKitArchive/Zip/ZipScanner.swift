import FullKitCore
import Synchronization

/// Reads every member of a ZIP archive on the fast path, all cores at once, without keeping them: for measuring
/// and verifying an archive (CRC-32 of every member) where the pack itself is not needed.
public enum ZipScanner {
    /// What a scan read.
    public struct Summary: Sendable {
        /// Members read and verified.
        public var members = 0
        /// Their uncompressed bytes.
        public var bytes = 0
        /// Members that could not be read.
        public var problems: [LoadProblem] = []
    }

    /// Reads and verifies every file member of the ZIP archive at `path`.
    public static func scan(path: String, limits: ReadLimits = ReadLimits()) throws(PackInputError) -> Summary {
        let archive: ZipArchive
        do {
            let file = try SystemFile(path: path)
            archive = try ZipArchive(source: FileByteSource(file: file), limits: limits)
        } catch let error as SystemError {
            throw PackInputError(.unreadable, path: path, reason: error.description)
        } catch {
            throw PackInputError(.unreadable, path: path, reason: "\(error)")
        }
        let entries = archive.entries.filter { !$0.isDirectory }
        let summary = Mutex(Summary())
        archive.readInParallel(entries, limits: limits) { index, result in
            summary.withLock { summary in
                switch result {
                case .success(let bytes):
                    summary.members += 1
                    summary.bytes += bytes.count
                case .failure(let error):
                    summary.problems.append(LoadProblem(path: entries[index].name, error: error))
                }
            }
        }
        return summary.withLock { $0 }
    }
}
