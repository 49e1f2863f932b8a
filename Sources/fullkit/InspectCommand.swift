import FullKit

/// `fullkit inspect FILE... [--format text|json] [--limit NAME=VALUE]…`
enum InspectCommand {
    static func run(_ arguments: [String]) -> ExitCode {
        let (parsed, format): (ParsedArguments, String)
        switch ParsedArguments.forSubcommand(
            arguments, name: "inspect", formats: ["text", "json"], flags: [], valued: ["--limit"],
            helpText: HelpText.inspect)
        {
        case .run(let arguments, let chosen): (parsed, format) = (arguments, chosen)
        case .exit(let code): return code
        }
        guard !parsed.positionals.isEmpty else {
            return FullKitCommand.usageError("give at least one FILE", help: "fullkit inspect --help")
        }
        guard let limits = PolicyOptions.limits(parsed) else { return .couldNotRun }
        let inspections: [FileInspector.Inspection]
        do throws(PackInputError) {
            inspections = try FileInspector.inspect(parsed.positionals, limits: limits)
        } catch {
            StandardStreams.error("fullkit: error: cannot read \(error.description)\n")
            return .couldNotRun
        }
        if format == "json" {
            StandardStreams.json(JSONReportRenderer.render(inspections))
        } else {
            StandardStreams.out(inspections.map(describe).joined(separator: "\n"))
        }
        return .pass
    }

    private static func describe(_ inspection: FileInspector.Inspection) -> String {
        let file = inspection.file
        var lines = [TerminalText.inline(file.path)]
        var role = file.role.rawValue
        if let side = file.side { role = "\(side.rawValue) \(role)" }
        if let layer = file.copperLayer { role += " L\(layer)" }
        if let plated = file.plated { role += plated ? " (plated)" : " (non-plated)" }
        lines.append("  role:      \(role), \(file.format.rawValue), \(file.size) bytes")
        lines.append("  evidence:  \(file.evidence.kind.rawValue): \(TerminalText.inline(file.evidence.detail))")
        for conflict in file.conflicts { lines.append("  conflict:  \(TerminalText.inline(conflict))") }
        if let details = file.details {
            if let unit = details.unit { lines.append("  unit:      \(unit.rawValue)") }
            if let extent = details.extentMillimeters {
                func mm(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
                lines.append(
                    "  extent:    x \(mm(extent.minX)) … \(mm(extent.maxX)), y \(mm(extent.minY)) … \(mm(extent.maxY)) mm "
                        + "(\(mm(extent.maxX - extent.minX)) × \(mm(extent.maxY - extent.minY)))")
            }
            let counts = [
                ("flashes", details.flashes), ("draws", details.draws), ("arcs", details.arcs),
                ("regions", details.regions), ("tools", details.tools), ("holes", details.holes),
                ("slots", details.slots), ("BOM lines", details.bomLines), ("designators", details.designators),
                ("placements", details.placements),
            ]
            .compactMap { name, value in value.map { "\(name) \($0)" } }
            if !counts.isEmpty { lines.append("  counts:    \(counts.joined(separator: ", "))") }
            for (name, values) in (details.attributes ?? [:]).sorted(by: { $0.key < $1.key }) {
                lines.append(
                    "  attribute: \(TerminalText.inline(name)) = \(TerminalText.inline(values.joined(separator: ",")))")
            }
            if let designators = details.componentDesignators {
                lines.append(
                    "  %TO.C:     \(designators.count) designators (\(TerminalText.inline(designators.prefix(12).joined(separator: " ")))\(designators.count > 12 ? " …" : ""))"
                )
            }
        }
        for finding in inspection.findings {
            lines.append(
                "  \(finding.location.map { "\($0) " } ?? "")\(finding.severity.rawValue) \(finding.ruleID): \(TerminalText.inline(finding.message))"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
