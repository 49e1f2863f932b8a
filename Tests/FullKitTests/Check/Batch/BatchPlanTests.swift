import FullKit
import Testing

/// The packs of a batch: sorted, listed, and split into shards that cover every pack exactly once.
@Suite("Batch plans and shards")
struct BatchPlanTests {
    private func plan(_ count: Int) -> BatchPlan {
        BatchPlan((0..<count).map { BatchPlan.Entry(path: "packs/job-\(1000 + $0).zip") })
    }

    @Test(
        "every pack in exactly one shard, for any N; shards differ in size by at most one", arguments: [1, 2, 3, 7, 50])
    func shardsPartition(count: Int) {
        let all = plan(23)
        let shards = (1...count).map { all.shard($0, of: count) }
        let union = shards.flatMap(\.entries).map(\.path).sorted()
        #expect(union == all.entries.map(\.path))
        #expect(Set(union).count == union.count)
        let sizes = shards.map(\.entries.count)
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    @Test("the split depends only on the list: the same list in another order gives the same shards")
    func deterministic() {
        let entries = plan(10).entries
        let reversed = BatchPlan(entries.reversed())
        #expect(reversed.shard(2, of: 3) == plan(10).shard(2, of: 3))
    }

    @Test("a listed path is a pack; one that does not exist cannot be checked; blank lines and repeats are skipped")
    func listed() throws {
        let folder = try TemporaryFolder(copying: Paths.testData("sample"))
        defer { folder.remove() }
        let pack = folder.path + "/sample-pack.zip"
        let missing = folder.path + "/gone.zip"
        let plan = BatchPlan.listed("\(pack)\r\n\n\(missing)\n\(pack)\n")
        #expect(
            plan.entries == [
                BatchPlan.Entry(path: missing, skipReason: "no such file or folder"), BatchPlan.Entry(path: pack),
            ])
    }
}
