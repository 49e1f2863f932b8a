import FullKitCore

/// The meanings FullKit recognises in BOM and XY column headers, with the names each goes by in real exports.
public enum ColumnKind: String, Sendable, Hashable, CaseIterable, Codable {
    case designator
    case quantity
    case value
    case footprint
    case doNotPlace
    case x
    case y
    case rotation
    case side
    case description
    case partNumber
    case mountType
    case device

    /// Normalised header names (lower case, letters and digits only, parenthesised units removed), best first.
    var synonyms: [String] {
        switch self {
        case .designator:
            [
                "designator", "designators", "refdes", "reference", "references", "ref", "refs", "parts",
                "partreference", "part",
            ]
        case .quantity: ["quantity", "qty", "qnty", "quantityperpcb", "count", "pcs"]
        case .value: ["value", "val", "comment", "compvalue", "descriptionvalue"]
        case .footprint: ["footprint", "package", "pattern", "partdecal", "patternname", "comppackage", "case"]
        case .doNotPlace: ["dnp", "donotplace", "donotpopulate", "populate", "fitted", "noload", "mount", "install"]
        case .x:
            ["midx", "centerx", "posx", "symx", "symcenterx", "locationx", "positionx", "xloc", "x", "refx", "padx"]
        case .y:
            ["midy", "centery", "posy", "symy", "symcentery", "locationy", "positiony", "yloc", "y", "refy", "pady"]
        case .rotation: ["rotation", "rot", "rotate", "symrotate", "orient", "orientation", "angle"]
        case .side: ["layer", "side", "tb", "symmirror", "mirror", "topbottom"]
        case .description: ["description", "desc", "partdescription", "itemdescription", "componentdescription"]
        case .partNumber:
            [
                "mpn", "manufacturerpartnumber", "mfrpartnumber", "mfrpn", "mfgpartnumber", "mfgpn", "manufacturerpart",
                "manufacturerpn", "partnumber", "pn", "lcsc", "lcscpart", "lcscpartnumber", "jlcpcbpart",
                "jlcpcbpartnumber", "supplierpartnumber", "supplierpartnumber1", "supplierpart", "digikey",
                "digikeypartnumber", "digikeypn", "mouser", "mouserpartnumber", "orderingcode", "ordercode", "sku",
                "mpnseeedsku", "manufacturerpartnumber1", "mfrpartnumber1",
            ]
        case .mountType: ["type", "mounttype", "assemblytype", "technology", "mounting", "mountingtype"]
        case .device: ["device", "devicename", "libref", "libraryreference", "partname"]
        }
    }
}
