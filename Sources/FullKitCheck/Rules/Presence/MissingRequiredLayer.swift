import FullKitArchive
import FullKitCore
import FullKitFormats

/// Each file a site's policy requires (`requiredLayers`) is present.
struct MissingRequiredLayer: PackRule {
    let rule = Rule(
        id: "MISSING_REQUIRED_LAYER", severity: .error,
        summary: "Each file the site's policy lists in requiredLayers is present.",
        rationale: "The site needs it for its own process (e.g. silkscreen for marking, a job file for CAM import).",
        fix: "Add the file named in the finding, or ask the site whether its policy should require it.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        policy.requiredLayers.filter { pack.entries($0.role, side: $0.side).isEmpty }.map { layer in
            let role = String(layer.role.rawValue.map { $0 == "-" ? " " : $0 })
            let what = [layer.side?.rawValue, role, role.hasSuffix("file") ? nil : "file"].compactMap { $0 }
            return Finding(
                rule, "no \(what.joined(separator: " ")): the policy requires one (requiredLayers \"\(layer)\")")
        }
    }
}
