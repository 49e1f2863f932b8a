import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension RevisionSignal {
    /// Every signal of `entries`, grouped by kind and value, in a stable order.
    static func gather(_ entries: [PackEntry]) -> [RevisionSignal] {
        var groups: [Key: [String]] = [:]
        var spelling: [Key: String] = [:]
        func add(_ kind: Kind, _ value: String?, _ file: String) {
            guard let value, !value.isEmpty else { return }
            // Compared without case: KiCad writes `KiCad` in Gerbers and `Kicad` in drill files.
            let key = Key(kind: kind, value: value.lowercased())
            if spelling[key] == nil { spelling[key] = value }
            groups[key, default: []].append(file)
        }
        for entry in entries {
            if entry.identification.role.isManufacturingData || entry.identification.role == .jobFile {
                add(.fileNameRevision, revisionToken(inName: entry.path), entry.path)
            }
            switch entry.content {
            case .gerber(let document):
                add(.projectID, document.attributes.projectId.map(describe), entry.path)
                add(.generationSoftware, document.attributes.generationSoftware.map(normalize), entry.path)
                add(.creationDay, document.attributes.creationDate.map { String($0.prefix(10)) }, entry.path)
            case .excellon(let document):
                add(.generationSoftware, document.attributes.generationSoftware.map(normalize), entry.path)
                add(.creationDay, document.attributes.creationDate.map { String($0.prefix(10)) }, entry.path)
            case .jobFile(let job):
                add(.projectID, job.projectId.map(describe), entry.path)
                add(.generationSoftware, job.generationSoftware.map(normalize), entry.path)
                add(.creationDay, job.creationDate.map { String($0.prefix(10)) }, entry.path)
            default:
                break
            }
        }
        return groups.map { RevisionSignal(kind: $0.key.kind, value: spelling[$0.key]!, files: $0.value.sorted()) }
            .sorted { ($0.kind.rawValue, $0.value) < ($1.kind.rawValue, $1.value) }
    }

    /// The revision a file name carries, lower-cased with `_` read as `.` and prefixed by its scheme (a design
    /// revision `rev`, or a version `v`): `board_revB.GTL` → `rev b`, `MinnowMax_RevA1_top.art` → `rev a1`,
    /// `mp153-v0.3-F_Cu.gbr` → `v0.3`; nil when it carries none. Only the name is read, not the folders, and `rev`
    /// must not be part of a word (`preview`, `reverse`). Tokens of the two schemes are not compared: `PCB_v5` and
    /// `BOM_RevE` may well name one design (version 5 of the board, revision E of the assembly).
    public static func revisionToken(inName path: String) -> String? {
        let name = String(path.split(separator: "/").last ?? Substring(path)).lowercased()
        let stem = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        let revision = /(?:^|[^a-z])rev[ _.-]?([a-z]?\d+(?:[._]\d+)*|[a-z](?![a-z]))/
        let version = /(?:^|[_\- ])v(\d+(?:[._]\d+)*)(?:$|[_\- ])/
        if let match = stem.firstMatch(of: revision) {
            return "rev " + String(match.1).replacing("_", with: ".")
        }
        if let match = stem.firstMatch(of: version) {
            return "v" + String(match.1).replacing("_", with: ".")
        }
        return nil
    }

    /// The scheme of a file-name revision token: `rev` or `v`.
    public static func revisionScheme(_ token: String) -> String { token.hasPrefix("rev ") ? "rev" : "v" }

    /// `name, GUID, revision` as written.
    static func describe(_ id: ProjectId) -> String {
        [id.name, id.guid, id.revision].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// Generation software with commas and runs of spaces made single spaces.
    static func normalize(_ software: String) -> String {
        software.replacing(",", with: " ").split(separator: " ").joined(separator: " ")
    }

    private struct Key: Hashable {
        var kind: Kind
        var value: String
    }
}
