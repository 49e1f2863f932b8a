import FullKitArchive
import FullKitCore
import FullKitFormats

extension AnalyzedPack {
    /// For an assembly pack whose copper names its components: the padded designators in neither the BOM nor an XY
    /// file (sorted), each with what it is when it is not a placed part. Empty when nothing is listed at all.
    func unlistedPadDesignators(policy: Policy) -> [(
        designator: String, explanation: DifferenceClassifier.Explanation?
    )] {
        guard let padded = padDesignators, policy.profile == .assembly else { return [] }
        var listed = Set<String>()
        for bom in boms { for line in bom.content.lines { listed.formUnion(line.designators) } }
        for list in placementLists { listed.formUnion(list.content.placements.map(\.designator)) }
        guard !listed.isEmpty else { return [] }
        return padded.subtracting(listed).sorted().map { designator in
            (designator, classifier.explain(designator: designator, footprint: "", mayBeThroughHole: false))
        }
    }
}
