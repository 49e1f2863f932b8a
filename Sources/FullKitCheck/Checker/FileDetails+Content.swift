import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

extension FileDetails {
    /// The details of `content`, or nil for files that were not parsed.
    init?(_ content: ParsedContent) {
        self.init()
        switch content {
        case .gerber(let document):
            unit = document.unit
            extentMillimeters = document.extent.map(Self.micrometres)
            flashes = document.flashCount
            draws = document.drawCount
            arcs = document.arcCount
            regions = document.regionCount
            projectId = document.attributes.projectId
            generationSoftware = document.attributes.generationSoftware
            creationDate = document.attributes.creationDate
            attributes = document.attributes.values.isEmpty ? nil : document.attributes.values
            componentDesignators = document.componentDesignators.isEmpty ? nil : document.componentDesignators.sorted()
        case .excellon(let document):
            unit = document.unit
            extentMillimeters = document.extent.map(Self.micrometres)
            tools = document.toolDiameters.count
            holes = document.hitCount
            slots = document.slotCount
            generationSoftware = document.attributes.generationSoftware
            creationDate = document.attributes.creationDate
            attributes = document.attributes.values.isEmpty ? nil : document.attributes.values
        case .bom(let bom):
            encoding = bom.encoding
            bomLines = bom.lines.count
            designators = bom.lines.reduce(0) { $0 + $1.designators.count }
        case .placement(let list):
            encoding = list.encoding
            unit = list.unit
            placements = list.placements.count
            sides = list.sides.sorted { $0.rawValue > $1.rawValue }
        case .jobFile(let job):
            projectId = job.projectId
            generationSoftware = job.generationSoftware
            creationDate = job.creationDate
        case .invalidJobFile, .none:
            return nil
        }
    }

    /// The extent rounded to micrometres, so reports do not show floating-point noise.
    private static func micrometres(_ extent: Extent) -> Extent {
        Extent(
            minX: extent.minX.rounded(toPlaces: 6), minY: extent.minY.rounded(toPlaces: 6),
            maxX: extent.maxX.rounded(toPlaces: 6), maxY: extent.maxY.rounded(toPlaces: 6))
    }
}
