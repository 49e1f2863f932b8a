import FullKitArchive
import FullKitCore
import FullKitFormats

/// No role is filled twice: two BOMs, two outlines, two top copper layers, two XY files for one side, or two copies
/// of one drill file. When one copy sits in a nested archive, that is a version conflict and the message says so.
/// BOMs that share no designator (an SMD BOM and a through-hole BOM) split the parts between them and are no
/// conflict: they are read together.
struct PackAmbiguousFile: PackRule {
    let rule = Rule(
        id: "PACK_AMBIGUOUS_FILE", severity: .error,
        summary: "Two files claim the same role (two BOMs, two outlines, two copies of one layer).",
        rationale: "With two candidates, which one the factory uses is a guess: the kit is ambiguous.",
        fix: "Keep exactly one file for each role: remove the stale or duplicate copy.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        var groups: [String: [PackEntry]] = [:]
        var order: [String] = []
        for entry in pack.entries {
            for key in keys(entry) {
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(entry)
            }
        }
        return order.compactMap { key -> Finding? in
            guard let candidates = groups[key], candidates.count > 1 else { return nil }
            if key == "BOM", Self.splitBetween(candidates) { return nil }
            let paths = candidates.map(\.path)
            let what =
                candidates.contains(where: \.isNested)
                ? "a nested archive holds another copy of the \(key): a version conflict"
                : "\(candidates.count) files claim to be the \(key)"
            return Finding(
                rule, "\(what): \(paths.joined(separator: ", "))", file: paths[0],
                related: paths.dropFirst().map { RelatedLocation(file: $0, location: nil, note: "another \(key)") })
        }
    }

    /// Whether `boms` split the parts between them (an SMD and a through-hole BOM): each lists designators and no
    /// designator is in two of them. Such BOMs are read together; BOMs that share a designator are two candidates.
    private static func splitBetween(_ boms: [PackEntry]) -> Bool {
        var seen = Set<String>()
        for entry in boms {
            guard let bom = entry.bom else { return false }
            var listed = Set<String>()
            for line in bom.lines { listed.formUnion(line.designators) }
            guard !listed.isEmpty, seen.isDisjoint(with: listed) else { return false }
            seen.formUnion(listed)
        }
        return true
    }

    /// The roles `entry` fills that must be filled once.
    private func keys(_ entry: PackEntry) -> [String] {
        let id = entry.identification
        switch id.role {
        case .copper:
            if let layer = id.copperLayer, id.side == .inner { return ["copper layer L\(layer)"] }
            if let side = id.side, side == .top || side == .bottom { return ["\(side.rawValue) copper layer"] }
            return ["inner copper layer \(entry.path.split(separator: "/").last ?? "")"]
        case .soldermask, .silkscreen, .paste:
            return id.side.map { ["\(id.role == .silkscreen ? "silkscreen" : id.role.rawValue) \($0.rawValue) layer"] }
                ?? []
        case .outline: return ["board outline"]
        case .bom: return ["BOM"]
        case .jobFile: return ["Gerber job file"]
        case .drill: return ["drill file \(entry.path.split(separator: "/").last ?? "")"]
        case .placement:
            guard let list = entry.placementList else { return [] }
            let sides = list.sides.isEmpty ? Set([id.side ?? .top]) : list.sides
            return sides.sorted { $0.rawValue > $1.rawValue }.map { "XY file for the \($0.rawValue) side" }
        default: return []
        }
    }
}
