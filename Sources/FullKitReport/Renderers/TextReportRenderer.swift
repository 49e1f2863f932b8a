import FullKitCore

/// Renders a `CheckReport` for people, as a reviewer's note: the verdict line first, then what Sales must fix
/// (errors), what is worth a look (warnings), each grouped by file with its location, rule, message and fix; then
/// the revision table, the detected XY conventions and the files.
public struct TextReportRenderer: Sendable {
    /// Whether info findings and the file table are shown.
    public var verbose: Bool
    /// Whether the verdict, the section titles and the rule IDs are coloured with ANSI codes (for a terminal). Each
    /// line is made inert (`TerminalText.sanitized`) before its colour is added, so the result may be written raw.
    public var color: Bool

    /// A renderer that shows info findings and every file when `verbose`, in colour when `color`.
    public init(verbose: Bool = false, color: Bool = false) {
        self.verbose = verbose
        self.color = color
    }

    /// The whole note for `report`, ending in a newline.
    public func render(_ report: CheckReport) -> String {
        var lines = [verdictLine(report)]
        lines.append("pack: \(Self.field(report.inputs.joined(separator: " ")))")
        let policy = report.policyFile.map { "\(Self.field($0)) (sha256 \(report.policySHA256 ?? "unreadable"))" }
        lines.append("policy: \(policy ?? "none, the defaults"); profile: \(report.profile.rawValue)")
        let sections: [(Severity, String)] = [
            (.error, "What Sales must fix"), (.warning, "Worth a look"), (.info, "For the record"),
        ]
        for (severity, title) in sections where verbose || severity != .info {
            let findings = report.findings.filter { $0.severity == severity }.sorted(by: Self.order)
            guard !findings.isEmpty else { continue }
            lines.append("")
            lines.append("\(title) (\(findings.count)):")
            var file: String?? = .none
            for finding in findings {
                if file != .some(finding.file) {
                    file = .some(finding.file)
                    lines.append("  \(finding.file.map(Self.field) ?? "the pack as a whole")")
                }
                let location = finding.location.map { "\($0) " } ?? ""
                lines.append("    \(location)\(finding.ruleID): \(Self.field(finding.message))")
                lines.append("        fix: \(Self.field(finding.fix))")
            }
        }
        let hidden = verbose ? 0 : report.findings.count { $0.severity == .info }
        if hidden > 0 {
            lines.append("")
            lines.append("\(hidden) info finding\(hidden == 1 ? "" : "s") not shown (use --verbose or --format json)")
        }
        lines.append("")
        lines.append("revision signals:")
        if report.revisions.isEmpty { lines.append("  none (no X2 attributes, no job file)") }
        for signal in report.revisions {
            let kind = signal.kind.rawValue.padding(to: 20)
            lines.append(
                "  \(kind) \(Self.field(signal.value))  (\(signal.files.count) file\(signal.files.count == 1 ? "" : "s"))"
            )
        }
        if !report.xyConventions.isEmpty {
            lines.append("")
            lines.append("XY conventions:")
            for detected in report.xyConventions {
                let flashes =
                    detected.registered.map { registered in
                        "; \(detected.nearFlashes ?? 0) of \(registered) near a copper pad of their side"
                    } ?? "; no copper pads to register against: judged by the outline alone"
                let pads =
                    flashes
                    + (detected.judgedByPads.map { judged in
                        "; \(detected.onPads ?? 0) of \(judged) on their own pads (%TO.C)"
                    } ?? "") + Self.throughHoleOrigins(detected.matches ?? [])
                lines.append(
                    "  \(Self.field(detected.file)): \(detected.convention.summary); \(detected.inside) of \(detected.placements) placements on the board\(pads)"
                )
            }
        }
        if !report.drillRegistrations.isEmpty {
            lines.append("")
            lines.append("drill registration (holes on a copper flash):")
            for registration in report.drillRegistrations {
                lines.append("  \(Self.field(registration.file)): \(Self.describe(registration))")
            }
        }
        lines.append("")
        lines.append("files (\(report.files.count)):")
        for file in report.files where verbose || file.role != .documentation {
            lines.append("  \(Self.describe(file))")
        }
        return (color ? lines.map(TerminalStyle.painted) : lines).joined(separator: "\n") + "\n"
    }

    /// The first line: the decision and what it means for ownership.
    public func verdictLine(_ report: CheckReport) -> String {
        let counts = report.counts.errorsAndWarnings
        switch report.verdict {
        case .pass: return "PASS: \(report.verdict.handoff) — the project manager owns it (\(counts))"
        case .fail: return "FAIL: \(report.verdict.handoff) (\(counts))"
        }
    }

    /// Text from the pack as one inert field of a line (see `TerminalText.inline`).
    /// "; through-hole origins: 28 at their pads' centre, 1 on one of their pads, 1 elsewhere" for the through-hole
    /// placements among `matches`; empty when there are none.
    private static func throughHoleOrigins(_ matches: [PlacementMatch]) -> String {
        let origins = matches.compactMap(\.throughHoleOrigin)
        guard !origins.isEmpty else { return "" }
        let counts = ThroughHoleOrigin.allCases.compactMap { origin -> String? in
            let count = origins.count { $0 == origin }
            return count == 0 ? nil : "\(count) \(origin.words)"
        }
        return "; through-hole origins: " + counts.joined(separator: ", ")
    }

    private static func field(_ text: String) -> String {
        TerminalText.inline(text)
    }

    /// Rules that say a whole archive could not be read: listed first, since what is missing follows from them.
    private static let unreadableArchive: Set<String> = ["ARCHIVE_UNREADABLE", "ARCHIVE_TRUNCATED"]

    private static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let (left, right) = (unreadableArchive.contains(lhs.ruleID), unreadableArchive.contains(rhs.ruleID))
        if left != right { return left }
        if (lhs.file ?? "") != (rhs.file ?? "") { return (lhs.file ?? "") < (rhs.file ?? "") }
        return (lhs.location?.line ?? 0, lhs.location?.column ?? 0) < (
            rhs.location?.line ?? 0, rhs.location?.column ?? 0
        )
    }

    private static func describe(_ file: CheckReport.File) -> String {
        var role = file.role.rawValue
        if let side = file.side { role = "\(side.rawValue) \(role)" }
        if let layer = file.copperLayer { role += " L\(layer)" }
        if let plated = file.plated { role += plated ? " (plated)" : " (non-plated)" }
        let padded = role.padding(to: 23) + " "
        let nested = (file.nested ? " [nested]" : "") + (file.copyOf.map { " [copy of \(field($0))]" } ?? "")
        var summary = ""
        if let details = file.details {
            if let lines = details.bomLines, let count = details.designators {
                summary = "  [\(lines) lines, \(count) designators]"
            } else if let count = details.placements {
                summary = "  [\(count) placements, unit \(details.unit?.rawValue ?? "not stated")]"
            }
        }
        return
            "\(padded)\(field(file.path))\(nested)\(summary)  — \(file.evidence.kind.rawValue): \(field(file.evidence.detail))"
    }

    /// A drill file's registration in words: "512 of 512 sampled holes as written", and the correction found.
    private static func describe(_ registration: DrillRegistration) -> String {
        var words = "\(registration.onPads) of \(registration.sampled) sampled holes as written"
        if let corrected = registration.onPadsCorrected, let correction = registration.correction {
            switch correction {
            case .shift(let dx, let dy):
                words +=
                    "; \(corrected) when shifted by (\((dx * 100).rounded() / 100), \((dy * 100).rounded() / 100)) mm"
            case .scale(let factor):
                words += "; \(corrected) when scaled by \(factor == 1 / 25.4 ? "1/25.4" : "\(factor)")"
            case .format(let factor):
                words += "; \(corrected) when scaled by \(factor): the format the file left open, read so"
            }
        } else if registration.onPads * 2 < registration.sampled {
            words += "; no shift or scale registers them (pads drawn as regions?): not judged"
        }
        return words
    }
}

extension String {
    /// The string padded with spaces to at least `width` characters.
    fileprivate func padding(to width: Int) -> String {
        count < width ? self + String(repeating: " ", count: width - count) : self
    }
}
