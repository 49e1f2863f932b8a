import FullKitArchive
import FullKitCore
import FullKitFormats

/// A policy file inside the pack (a folder, an archive, at any depth) is not applied: the pack is untrusted input and
/// must not judge itself. Only the operator's policy judges (`--policy`, `FULLKIT_POLICY`, `fullkit.json` in the
/// working directory outside the pack).
struct PackPolicyIgnored: PackRule {
    let rule = Rule(
        id: "PACK_POLICY_IGNORED", severity: .warning,
        summary: "A FullKit policy file (fullkit.json) inside the pack is ignored: a pack does not judge itself.",
        rationale:
            "The pack comes from outside; a policy in it could turn errors off. Only the operator's policy applies.",
        fix:
            "Remove fullkit.json from the pack; put site rules in the operator's policy (--policy FILE or FULLKIT_POLICY)."
    )

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let files = pack.entries.map(\.self) + pack.copies.map(\.entry)
        return files.filter { $0.identification.evidenceDetail == FileIdentifier.packPolicyDetail }
            .sorted { $0.path < $1.path }
            .map { entry in
                Finding(
                    rule,
                    "\(entry.path) is a policy file inside the pack; a pack's own policy is never looked for (only the operator's: --policy, FULLKIT_POLICY, or fullkit.json in the working directory outside the pack)",
                    file: entry.path)
            }
    }
}
