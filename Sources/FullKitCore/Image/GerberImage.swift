/// What a Gerber file draws, object by object, for pictures of the board: its apertures' shapes and its objects in
/// order (step-and-repeat copies made, block apertures kept as apertures). Kept by the reader only when asked.
public struct GerberImage: Sendable, Equatable {
    /// The shape of each aperture by D-code, in millimetres.
    public var apertures: [Int: ApertureShape] = [:]
    /// The objects, in the order the file makes them.
    public var objects: [ImageObject] = []
    /// Objects past `maximumObjects`, not kept (the picture is then incomplete).
    public var objectsNotKept = 0

    /// The most objects kept: a dense board has a few hundred thousand.
    public static let maximumObjects = 2_000_000

    /// An empty image.
    public init() {}
}
