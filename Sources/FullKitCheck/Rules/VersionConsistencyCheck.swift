import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// The pack is one coherent revision: one X2 project (name, GUID, revision) across Gerbers and job file, one
/// generation software, creation dates within a day of each other, one revision in the data files' names. A
/// revision that is missing or KiCad's
/// placeholder `rev?`, and the absence of dates, are warnings.
struct VersionConsistencyCheck: PackCheck {
    static let projectMismatch = Rule(
        id: "VERSION_PROJECT_MISMATCH", severity: .error,
        summary: "Every Gerber and the job file name the same X2 project: name, GUID and revision.",
        rationale: "Files from two projects or two revisions in one pack: the board built would mix them.",
        fix: "Export all layers and the job file again from one revision of the design.")
    static let softwareMismatch = Rule(
        id: "VERSION_SOFTWARE_MISMATCH", severity: .error,
        summary: "Every file names the same generation software and version.",
        rationale: "Different versions mean different exports, so files from different moments of the design.",
        fix: "Export the whole pack again in one run of one CAD version.")
    static let dateSpread = Rule(
        id: "VERSION_DATE_SPREAD", severity: .error,
        summary: "Creation dates of the files lie within 24 hours (policy: dateWindowHours) of each other.",
        rationale: "Files exported days apart are likely from different revisions: a stale layer mixed with new ones.",
        fix: "Export the whole pack again in one run.")
    static let nameRevisionMismatch = Rule(
        id: "VERSION_NAME_REVISION_MISMATCH", severity: .error,
        summary: "The revision tokens in the data files' names agree (rev B, RevA1, v0.3 …).",
        rationale: "Files named for two revisions in one pack: a layer, the BOM or the XY file is from the other one.",
        fix: "Replace the files named for the other revision with ones exported from the revision being handed over.")
    static let noRevision = Rule(
        id: "VERSION_NO_REVISION", severity: .warning,
        summary: "The pack states its revision (X2 .ProjectId revision, not KiCad's placeholder rev?).",
        rationale: "Without a revision nobody can prove later which design revision was handed over.",
        fix: "Set the revision in the CAD tool's title block (KiCad: Board Setup, Title Block) and export again.")
    static let noDates = Rule(
        id: "VERSION_NO_DATES", severity: .warning,
        summary: "The files carry creation dates (X2 .CreationDate or the job file).",
        rationale: "Without dates a stale file mixed into the pack cannot be spotted.",
        fix: "Export with Gerber X2 attributes enabled.")

    var rules: [Rule] {
        [Self.projectMismatch, Self.softwareMismatch, Self.dateSpread, Self.nameRevisionMismatch, Self.noRevision, Self.noDates]
    }

    func check(_ pack: AnalyzedPack, policy: Policy) -> [Finding] {
        let signals = RevisionSignal.gather(pack)
        guard pack.entries.contains(where: { $0.identification.format == .gerber }) else { return [] }
        var findings: [Finding] = []
        let projects = signals.filter { $0.kind == .projectID }
        if projects.count > 1 {
            findings.append(Finding(Self.projectMismatch, "the files name \(projects.count) projects: " + list(projects)))
        }
        let software = signals.filter { $0.kind == .generationSoftware }
        if software.count > 1 {
            findings.append(Finding(Self.softwareMismatch, "the files come from \(software.count) programs or versions: " + list(software)))
        }
        let named = signals.filter { $0.kind == .fileNameRevision }
        if named.count > 1 {
            findings.append(Finding(Self.nameRevisionMismatch, "the file names carry \(named.count) revisions: " + list(named)))
        }
        let dates = pack.entries.compactMap { entry -> (String, Int)? in
            let text: String? =
                switch entry.content {
                case .gerber(let document): document.attributes.creationDate
                case .excellon(let document): document.attributes.creationDate
                case .jobFile(let job): job.creationDate
                default: nil
                }
            return text.flatMap(ISODate.secondsSince1970).map { (entry.path, $0) }
        }
        if let earliest = dates.min(by: { $0.1 < $1.1 }), let latest = dates.max(by: { $0.1 < $1.1 }),
            Double(latest.1 - earliest.1) > policy.dateWindowHours * 3600
        {
            let hours = (latest.1 - earliest.1) / 3600
            findings.append(Finding(
                Self.dateSpread, "creation dates span \(hours) hours: \(earliest.0) is the oldest, \(latest.0) the newest",
                related: [RelatedLocation(file: earliest.0, location: nil, note: "oldest"),
                          RelatedLocation(file: latest.0, location: nil, note: "newest")]))
        }
        if dates.isEmpty {
            findings.append(Finding(Self.noDates, "no file carries a creation date"))
        }
        let revisions = projects.map { $0.value.split(separator: ",").last.map { $0.trimming(" ") } ?? "" }
        if projects.isEmpty || revisions.allSatisfy({ $0.isEmpty || $0 == "rev?" }) {
            let what = projects.isEmpty ? "no file states a project revision" : "the revision is KiCad's placeholder 'rev?'"
            findings.append(Finding(Self.noRevision, what))
        }
        return findings
    }

    private func list(_ signals: [RevisionSignal]) -> String {
        signals.map { "'\($0.value)' (\($0.files.count) file\($0.files.count == 1 ? "" : "s"), e.g. \($0.files[0]))" }
            .joined(separator: "; ")
    }
}
