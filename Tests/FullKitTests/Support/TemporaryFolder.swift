import Foundation

/// A folder of its own under the system's temporary directory, for a test that assembles a pack from TestData files;
/// the test removes it when done.
struct TemporaryFolder {
    /// The folder's path.
    let path: String

    /// A new folder holding a copy of every file of the folder `source` but those named in `leavingOut`.
    init(copying source: String, leavingOut: Set<String> = []) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("fullkit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where !leavingOut.contains(name) {
            try copy(source + "/" + name, as: name)
        }
    }

    /// Copies the file at `source` into the folder under `name`.
    func copy(_ source: String, as name: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: path + "/" + name)
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
