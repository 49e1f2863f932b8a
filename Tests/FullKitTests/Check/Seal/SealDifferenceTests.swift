import FullKit
import Testing

/// What `fullkit verify` reports: each path changed, added or removed, in inputs and in the pack's files.
@Suite("Seal differences")
struct SealDifferenceTests {
    private func digest(_ path: String, _ text: String) -> PackSeal.Digest {
        PackSeal.Digest(path: path, bytes: Array(text.utf8))
    }

    @Test("changed, added and removed, inputs before files, each list by path")
    func differences() {
        let sealed = PackSeal.Contents(
            inputs: [digest("job.zip", "zip")], files: [digest("job.zip/a.gbr", "a"), digest("job.zip/b.gbr", "b")])
        let now = PackSeal.Contents(
            inputs: [digest("job.zip", "zip2")], files: [digest("job.zip/a.gbr", "a!"), digest("job.zip/c.gbr", "c")])
        #expect(
            SealDifference.between(sealed: sealed, now: now).map(\.description) == [
                "changed input job.zip", "changed file job.zip/a.gbr", "removed file job.zip/b.gbr",
                "added file job.zip/c.gbr",
            ])
        #expect(SealDifference.between(sealed: sealed, now: sealed).isEmpty)
    }

    @Test("two inputs of one name (in different folders): a change to either is seen")
    func sameName() {
        let sealed = PackSeal.Contents(inputs: [digest("bom.csv", "one"), digest("bom.csv", "two")], files: [])
        let now = PackSeal.Contents(inputs: [digest("bom.csv", "one"), digest("bom.csv", "TWO")], files: [])
        #expect(SealDifference.between(sealed: sealed, now: now).map(\.description) == ["changed input bom.csv"])
        let reordered = PackSeal.Contents(inputs: [digest("bom.csv", "two"), digest("bom.csv", "one")], files: [])
        #expect(SealDifference.between(sealed: sealed, now: reordered).isEmpty)
    }
}
