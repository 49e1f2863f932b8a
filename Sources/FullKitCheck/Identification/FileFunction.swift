import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Reads the X2 `.FileFunction` value (`Copper,L2,Inr`, `Soldermask,Top`, `Plated,1,4,PTH` …) as a layer claim.
enum FileFunction {
    static func claim(_ fields: [String]) -> LayerClaim? {
        guard let function = fields.first else { return nil }
        let side = fields.dropFirst().lazy.compactMap(Self.side).first
        switch function {
        case "Copper":
            let number = fields.count > 1 && fields[1].hasPrefix("L") ? Int(fields[1].dropFirst()) : nil
            let position = fields.count > 2 ? Self.side(fields[2]) : nil
            return LayerClaim(role: .copper, side: position, copperLayer: number)
        case "Soldermask", "SolderMask": return LayerClaim(role: .soldermask, side: side)
        case "Legend": return LayerClaim(role: .silkscreen, side: side)
        case "Paste", "SolderPaste": return LayerClaim(role: .paste, side: side)
        case "Profile": return LayerClaim(role: .outline)
        case "Plated": return LayerClaim(role: .drill, plated: true)
        case "NonPlated": return LayerClaim(role: .drill, plated: false)
        case "MixedPlating": return LayerClaim(role: .drill)
        case "Drillmap": return LayerClaim(role: .drillMap)
        case "AssemblyDrawing", "FabricationDrawing", "ArrayDrawing", "OtherDrawing", "Vcutmap":
            return LayerClaim(role: .drawing, side: side)
        default: return LayerClaim(role: .otherLayer, side: side)
        }
    }

    private static func side(_ field: String) -> BoardSide? {
        switch field {
        case "Top": .top
        case "Bot": .bottom
        case "Inr": .inner
        default: nil
        }
    }
}
