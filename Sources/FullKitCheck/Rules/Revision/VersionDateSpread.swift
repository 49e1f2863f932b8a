import FullKitArchive
import FullKitCore
import FullKitFormats

/// The files' creation dates lie within the policy's window (24 hours by default).
struct VersionDateSpread: PackRule {
    let rule = Rule(
        id: "VERSION_DATE_SPREAD", severity: .error,
        summary: "Creation dates of the files lie within 24 hours (policy: dateWindowHours) of each other.",
        rationale: "Files exported days apart are likely from different revisions: a stale layer mixed with new ones.",
        fix: "Export the whole pack again in one run.")

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        guard pack.hasGerbers,
            let earliest = pack.creationDates.min(by: { $0.secondsSince1970 < $1.secondsSince1970 }),
            let latest = pack.creationDates.max(by: { $0.secondsSince1970 < $1.secondsSince1970 }),
            Double(latest.secondsSince1970 - earliest.secondsSince1970) > policy.dateWindowHours * 3600
        else { return [] }
        let hours = (latest.secondsSince1970 - earliest.secondsSince1970) / 3600
        return [
            Finding(
                rule, "creation dates span \(hours) hours: \(earliest.file) is the oldest, \(latest.file) the newest",
                related: [
                    RelatedLocation(file: earliest.file, location: nil, note: "oldest"),
                    RelatedLocation(file: latest.file, location: nil, note: "newest"),
                ])
        ]
    }
}
