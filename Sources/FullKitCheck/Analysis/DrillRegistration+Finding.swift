import FullKitCore

extension DrillRegistration {
    /// How many holes of a file are registered.
    static let sample = 512
    /// How near a hole must be to a flash's centre to be on it, in mm: CAD tools write both from one coordinate.
    static let reach = 0.1
    /// The scales tried: another unit (inch against mm) or another count of integer digits (×10, ×100).
    static let scales: [Double] = [25.4, 1 / 25.4, 10, 0.1, 100, 0.01]

    /// `entries` with the holes of each drill file whose format the pads decided (`.format`) read so: scaled, with
    /// their extent.
    static func applyingFormats(_ registrations: [DrillRegistration], to entries: [PackEntry]) -> [PackEntry] {
        let scales = Dictionary(
            registrations.compactMap { registration -> (String, Double)? in
                guard case .format(let scale) = registration.correction else { return nil }
                return (registration.file, scale)
            }, uniquingKeysWith: { first, _ in first })
        guard !scales.isEmpty else { return entries }
        return entries.map { entry in
            guard let scale = scales[entry.path], var document = entry.excellon else { return entry }
            document.holes = document.holes.map {
                Hole(x: $0.x * scale, y: $0.y * scale, location: $0.location, diameter: $0.diameter)
            }
            document.slots = document.slots.map {
                Hole(x: $0.x * scale, y: $0.y * scale, location: $0.location, diameter: $0.diameter)
            }
            document.slotHalfSpans = document.slotHalfSpans.map { BoardPoint(x: $0.x * scale, y: $0.y * scale) }
            document.extent = document.extent?.scaled(by: scale)
            var corrected = entry
            corrected.content = .excellon(document)
            return corrected
        }
    }

    /// The registration of every plated (or unmarked) drill file of `pack` with holes or slots (a slot by its
    /// centre, where its oval pad's flash is), against the outer copper's flashes (at most
    /// `limits.maximumPadsPerCell` of each layer in a square of the grid); none when the copper has none.
    static func find(in entries: [PackEntry], board: Extent?, limits: ReadLimits) -> [DrillRegistration] {
        var pads = CrowdedLayer.grid(limits, layers: 2)
        for (_, _, flashes) in entries.outerCopperPads() {
            for flash in flashes { pads.insert((flash.x, flash.y)) }
        }
        guard !pads.isEmpty else { return [] }
        return entries.compactMap { entry -> DrillRegistration? in
            guard entry.identification.role == .drill, entry.identification.plated != false,
                let document = entry.excellon, case let holes = document.holes + document.slots, !holes.isEmpty
            else { return nil }
            let stride = max(holes.count / sample, 1)
            let points = Swift.stride(from: 0, to: holes.count, by: stride).prefix(sample).map {
                (x: holes[$0].x, y: holes[$0].y, grid: 0)
            }
            func landing(_ transform: (Double, Double) -> (Double, Double)) -> Int {
                points.count { point in
                    let (x, y) = transform(point.x, point.y)
                    return pads.contains(nearX: x, y: y, within: reach)
                }
            }
            var registration = DrillRegistration(
                file: entry.path, sampled: points.count, onPads: landing { ($0, $1) })
            // Most holes on a flash: registered as written. Too few holes to tell a shift from chance: not judged.
            guard registration.onPads * 2 < points.count, points.count >= 6 else { return registration }
            for scale in scales {
                let landed = landing { ($0 * scale, $1 * scale) }
                if landed * 5 >= points.count * 4 {
                    let digitsOnly = scale != 25.4 && scale != 1 / 25.4
                    let formatOpen = entry.excellon?.formatStated == false
                    registration.correction = digitsOnly && formatOpen ? .format(scale) : .scale(scale)
                    registration.onPadsCorrected = landed
                    return registration
                }
            }
            guard let board = board ?? pads.extent else { return registration }
            guard let window = TranslationVote.window(keeping: points, on: board, slack: 5),
                let shift = TranslationVote.best(points, onto: [pads], window: window, bin: 0.5)
            else { return registration }
            let landed = landing { ($0 + shift.dx, $1 + shift.dy) }
            if landed * 5 >= points.count * 4 {
                registration.correction = .shift(dx: shift.dx, dy: shift.dy)
                registration.onPadsCorrected = landed
            }
            return registration
        }
    }
}
