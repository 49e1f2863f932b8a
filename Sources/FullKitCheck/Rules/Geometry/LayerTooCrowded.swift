import FullKitCore

/// A copper, mask or paste layer or a drill file with more pad or hole centres in one 2.5 mm square than the
/// `maximumPadsPerCell` limit: the registration of placements and holes looked only at the first of them there, so
/// the pack is not judged in full.
struct LayerTooCrowded: PackRule {
    let rule = Rule(
        id: "LAYER_TOO_CROWDED", severity: .error,
        summary:
            "No copper, mask or paste layer or drill file has more pad or hole centres within one 2.5 mm square than the maximumPadsPerCell limit (default \(ReadLimits().maximumPadsPerCell)).",
        rationale:
            "The densest real boards have tens of pads in such a square; a layer with hundreds stacks flashes or holes that no machine makes, and checking placements against every one of them would let one file take the check's whole time budget. The pack is judged on the first of them only, so it is not judged in full.",
        fix:
            "Export the layer again from the CAD tool; if the layer really is this dense, raise the limit for this run (--limit maximumPadsPerCell=N)."
    )

    func findings(in pack: AnalyzedPack, policy: Policy) -> [Finding] {
        pack.crowdedLayers.map { layer in
            Finding(
                rule,
                "more than \(CountedNoun.phrase(layer.limit, "pad or hole centre", plural: "pad or hole centres")) lie within one 2.5 mm square near (\(LengthWords.millimetres(layer.position.x)), \(LengthWords.millimetres(layer.position.y))) (limit maximumPadsPerCell); \(CountedNoun.phrase(layer.turnedAway, "centre")) past it were not used to register placements and holes",
                file: layer.file, position: layer.position)
        }
    }
}
