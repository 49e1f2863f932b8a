import FullKitCore

/// One pack's report as a self-contained HTML page (no network, no external script, style or font: it opens from an
/// e-mail attachment): the verdict, the board drawn from the pack's own files seen from the top and from below with
/// layer toggles, pan and zoom, each finding with a position ringed on it; the findings in a table that filters by
/// severity and file, where a click on a row zooms to its mark; and the full text report (files and evidence,
/// revision table, conventions). Every string from the pack is escaped; the page's one script holds no pack data.
public struct HTMLReportRenderer: Sendable {
    /// A renderer.
    public init() {}

    /// The page for `report`, with the board of `artwork` when there is one.
    public func render(_ report: CheckReport, artwork: BoardArtwork?) -> String {
        let (markers, markerIDs) = Self.markers(report.findings)
        var page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        page +=
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        page +=
            "<title>FullKit: \(report.verdict.rawValue) \(XMLText.escaped(report.inputs.joined(separator: " ")))</title>"
        page += "<style>\(HTMLPage.style)</style></head><body>"
        page += verdictBanner(report)
        if let artwork, !artwork.layers.isEmpty {
            page += board(artwork, markers: markers)
        } else {
            page += "<p class=\"note\">No board to draw: the pack has no Gerber layer FullKit could read.</p>"
        }
        page += findingsTable(report.findings, markerIDs: markerIDs)
        page += filesTable(report)
        page +=
            "<details><summary>Full text report (revision table, registration, every line of the check)</summary><pre>"
        page += XMLText.escaped(TextReportRenderer(verbose: true).render(report))
        page += "</pre></details>"
        page += "<script>\(HTMLPage.script)</script></body></html>\n"
        return page
    }

    /// The marks of the findings that have a position, and each such finding's mark id by its index.
    private static func markers(_ findings: [Finding]) -> ([BoardSVGRenderer.Marker], [Int: String]) {
        var markers: [BoardSVGRenderer.Marker] = []
        var ids: [Int: String] = [:]
        for (index, finding) in findings.enumerated() {
            guard let position = finding.position, position.x.isFinite, position.y.isFinite else { continue }
            ids[index] = "f\(index)"
            markers.append(BoardSVGRenderer.Marker(id: "f\(index)", position: position, severity: finding.severity))
        }
        return (markers, ids)
    }

    private func verdictBanner(_ report: CheckReport) -> String {
        let pass = report.verdict == .pass
        var text = "<header class=\"\(pass ? "pass" : "fail")\"><h1>\(pass ? "PASS" : "FAIL"): "
        text += XMLText.escaped(report.verdict.handoff) + "</h1><p>"
        text +=
            "\(CountedNoun.phrase(report.counts.errors, "error")), \(CountedNoun.phrase(report.counts.warnings, "warning")), "
        text += "\(CountedNoun.phrase(report.counts.files, "file")); profile \(report.profile.rawValue); "
        text += "FullKit \(XMLText.escaped(report.fullkitVersion))</p><p class=\"inputs\">"
        text += report.inputs.map { "<code>\(XMLText.escaped($0))</code>" }.joined(separator: " ")
        return text + "</p></header>"
    }

    private func board(_ artwork: BoardArtwork, markers: [BoardSVGRenderer.Marker]) -> String {
        let kinds = BoardArtwork.Kind.allCases.filter { kind in artwork.layers.contains { $0.kind == kind } }
        var text = "<section id=\"board\"><h2>The board</h2><div class=\"toggles\">"
        for kind in kinds {
            text +=
                "<label><input type=\"checkbox\" data-kind=\"\(kind.rawValue)\" checked> \(kind.rawValue)</label>"
        }
        if !artwork.placements.isEmpty {
            text += "<label><input type=\"checkbox\" data-kind=\"placements\" checked> placements</label>"
        }
        for layer in artwork.layers where layer.image.objectsNotKept > 0 {
            text +=
                "<p class=\"note\">Not all drawn: \(XMLText.escaped(layer.file)) makes \(CountedNoun.phrase(layer.image.objectsNotKept, "object")) past what the drawing keeps (\(GerberImage.maximumObjects) a layer, and the limit maximumDrawnObjects for the pack).</p>"
        }
        text += "<span class=\"hint\">wheel: zoom · drag: pan · double-click: whole board</span></div>"
        if !artwork.placements.isEmpty {
            text += "<div class=\"legend\">"
            for status in BoardArtwork.Placement.Status.allCases
            where artwork.placements.contains(where: { $0.status == status }) {
                text += "<span class=\"\(status.rawValue)\">\(status.rawValue)</span> "
            }
            text += "</div>"
        }
        text += "<div class=\"views\">"
        for side in [BoardSide.top, .bottom] {
            text += "<figure><figcaption>\(side == .top ? "Top" : "Bottom (seen from below)")</figcaption>"
            text += BoardSVGRenderer.render(artwork, side: side, markers: markers)
            text += "</figure>"
        }
        return text + "</div></section>"
    }

    /// The files with what each is and the evidence; then each XY file's convention.
    private func filesTable(_ report: CheckReport) -> String {
        var text = "<section id=\"files\"><h2>Files</h2><table><thead><tr><th>File</th><th>Role</th>"
        text += "<th>Format</th><th>Evidence</th></tr></thead><tbody>"
        for file in report.files {
            var role = file.role.rawValue
            if let side = file.side { role = "\(side.rawValue) \(role)" }
            if let layer = file.copperLayer { role += " L\(layer)" }
            if let plated = file.plated { role += plated ? " (plated)" : " (non-plated)" }
            if let original = file.copyOf { role += ", a copy of \(original)" }
            text += "<tr><td>\(XMLText.escaped(file.path))</td><td>\(XMLText.escaped(role))</td>"
            text += "<td>\(file.format.rawValue)</td><td>\(file.evidence.kind.rawValue): "
            text += "\(XMLText.escaped(file.evidence.detail))"
            for conflict in file.conflicts { text += "<br><span class=\"at\">\(XMLText.escaped(conflict))</span>" }
            text += "</td></tr>"
        }
        text += "</tbody></table>"
        if !report.xyConventions.isEmpty {
            text += "<h2>Placement conventions</h2><table><thead><tr><th>XY file</th><th>Read as</th>"
            text += "<th>On the board</th><th>On their pads</th></tr></thead><tbody>"
            for found in report.xyConventions {
                text += "<tr><td>\(XMLText.escaped(found.file))</td>"
                text += "<td>\(XMLText.escaped(found.convention.summary))</td>"
                text += "<td>\(found.inside) of \(found.placements)</td>"
                let pads =
                    found.onPads.map { "\($0) of \(found.judgedByPads ?? 0) (named on the copper)" } ?? "not named"
                text += "<td>\(pads)</td></tr>"
            }
            text += "</tbody></table>"
        }
        return text + "</section>"
    }

    private func findingsTable(_ findings: [Finding], markerIDs: [Int: String]) -> String {
        var text = "<section id=\"findings\"><h2>Findings</h2>"
        guard !findings.isEmpty else { return text + "<p>None.</p></section>" }
        let files = Array(Set(findings.compactMap(\.file))).sorted()
        text += "<div class=\"filters\"><label>Severity <select id=\"severity\"><option value=\"\">all</option>"
        for severity in ["error", "warning", "info"] { text += "<option>\(severity)</option>" }
        text += "</select></label> <label>File <select id=\"file\"><option value=\"\">all</option>"
        for file in files { text += "<option>\(XMLText.escaped(file))</option>" }
        text += "</select></label></div>"
        text +=
            "<table><thead><tr><th>Severity</th><th>Rule</th><th>Where</th><th>What</th><th>Fix</th></tr></thead><tbody>"
        for (index, finding) in findings.enumerated() {
            var attributes = "class=\"\(finding.severity.rawValue)\" data-severity=\"\(finding.severity.rawValue)\""
            attributes += " data-file=\"\(XMLText.escaped(finding.file ?? ""))\""
            if let id = markerIDs[index], let position = finding.position {
                attributes +=
                    " data-marker=\"\(id)\" data-x=\"\(SVGPath.format(position.x))\" data-y=\"\(SVGPath.format(position.y))\" tabindex=\"0\""
            }
            var place = XMLText.escaped(finding.file ?? "")
            if let location = finding.location { place += ":\(location.line):\(location.column)" }
            if let position = finding.position {
                place +=
                    "<br><span class=\"at\">at (\(SVGPath.format(position.x)), \(SVGPath.format(position.y))) mm</span>"
            }
            text +=
                "<tr \(attributes)><td>\(finding.severity.rawValue)</td><td><code>\(XMLText.escaped(finding.ruleID))</code></td>"
            text += "<td>\(place)</td><td>\(XMLText.escaped(finding.message))"
            if !finding.designators.isEmpty {
                text +=
                    "<br><span class=\"designators\">\(XMLText.escaped(finding.designators.prefix(40).joined(separator: " ")))\(finding.designators.count > 40 ? " …" : "")</span>"
            }
            text += "</td><td>\(XMLText.escaped(finding.fix))</td></tr>"
        }
        return text + "</tbody></table></section>"
    }
}
