import Foundation
import FullKit
import Testing

@testable import FullKitCheck

/// The board drawn beside the check (`PackChecker.checkDrawn`, `BoardArtwork` of an analysed pack).
@Suite("Artwork: the board of a checked pack")
struct BoardArtworkTests {
    private func bytes(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: Paths.testData(path))))
    }

    @Test(
        "reading the images changes nothing judged: the same verdict and findings as the plain check",
        arguments: [
            "sample/sample-pack.zip", "defects/xy-wrong-side.zip", "defects/xy-stale-off-pads.zip",
            "variants/placements-judged-by-the-board.zip",
        ])
    func sameJudgement(path: String) throws {
        let archive = try bytes(path)
        let plain = PackChecker().check(archive: archive, named: path)
        let (drawn, _) = PackChecker().checkDrawn(archive: archive, named: path)
        #expect(drawn.verdict == plain.verdict)
        #expect(drawn.findings == plain.findings)
    }

    @Test("the sample's artwork: its layers by kind and side, the drill as round flashes, the board's box, placements")
    func sample() throws {
        let (_, artwork) = PackChecker().checkDrawn(archive: try bytes("sample/sample-pack.zip"), named: "sample.zip")
        let kinds = Set(artwork.layers.map { "\($0.kind.rawValue) \($0.side?.rawValue ?? "both")" })
        #expect(
            kinds.isSuperset(of: [
                "copper top", "copper bottom", "soldermask top", "paste top", "outline both",
                "drill both",
            ]))
        // Three plated holes and two mounting holes, in two files.
        let drills = artwork.layers.filter { $0.kind == .drill }
        #expect(drills.map(\.image.objects.count).sorted() == [2, 3])
        #expect(
            drills.allSatisfy { $0.image.apertures.values.allSatisfy { if case .circle = $0 { true } else { false } } })
        // The outline's extent, its 0.1 mm line included.
        #expect(
            artwork.extent.map { ($0.minX, $0.minY, $0.maxX, $0.maxY) } ?? (0, 0, 0, 0) == (-0.05, -0.05, 30.05, 20.05))
        let r1 = try #require(artwork.placements.first { $0.designator == "R1" })
        #expect(r1.status == .onPads && r1.side == .top)
    }

    @Test("a drill file's holes are flashes and its slots strokes from end to end, of their tools' diameters")
    func slotsAsSlots() throws {
        let document = ExcellonReader.read(
            Array("M48\nMETRIC,LZ\nT1C1.0\n%\nT1\nX1.0Y1.0G85X3.0Y1.0\nX10.0Y4.0\nM30\n".utf8))
        let image = BoardArtwork.image(of: document)
        #expect(image.apertures.values.map { $0 } == [.circle(diameter: 1, hole: 0)])
        let code = try #require(image.apertures.keys.first)
        #expect(
            image.objects == [
                .flash(aperture: code, at: BoardPoint(x: 10, y: 4), transform: ApertureTransform(), dark: true),
                .stroke(
                    aperture: code, from: BoardPoint(x: 1, y: 1), step: .line(to: BoardPoint(x: 3, y: 1)),
                    transform: ApertureTransform(), dark: true),
            ])
    }

    @Test(
        "where the copper names no parts, a stale XY file's parts are drawn not centred, and a good one's on their pads"
    )
    func centring() throws {
        // The stale Altium file: 3 of 7 SMD parts centred (XY_NOT_CENTRED_ON_PADS), the through-hole part unjudged.
        let (_, stale) = PackChecker().checkDrawn(archive: try bytes("tools/altium-xy-stale.zip"), named: "a.zip")
        let statuses = stale.placements.map(\.status)
        #expect(statuses.filter { $0 == .notCentred }.count == 4)
        #expect(statuses.filter { $0 == .onPads }.count == 3)
        #expect(!statuses.contains(.offPads))
        let (_, good) = PackChecker().checkDrawn(archive: try bytes("tools/altium.zip"), named: "a.zip")
        #expect(!good.placements.contains { $0.status == .notCentred })
        #expect(good.placements.filter { $0.status == .onPads }.count == 7)
        // A part placed where the board has no pad (XY_AWAY_FROM_PADS) is drawn off its pads.
        let (_, away) = PackChecker().checkDrawn(
            archive: try bytes("tools/altium-xy-part-away-from-pads.zip"), named: "a.zip")
        #expect(away.placements.filter { $0.status == .offPads }.map(\.designator) == ["D1"])
    }

    @Test("a stale XY file's parts are drawn off their pads; DNP and explained parts by what they are")
    func statuses() throws {
        let (_, stale) = PackChecker().checkDrawn(archive: try bytes("defects/xy-stale-off-pads.zip"), named: "s.zip")
        #expect(stale.placements.contains { $0.status == .offPads })
        let (_, judged) = PackChecker().checkDrawn(
            archive: try bytes("variants/placements-judged-by-the-board.zip"), named: "j.zip")
        #expect(Set(judged.placements.filter { $0.designator.hasPrefix("K") }.map(\.status)) == [.explained])
    }
}
