import FullKitCore

/// Reads a Gerber RS-274X file (X1, X2, X3) into a `GerberDocument`.
///
/// A single pass over the bytes: data blocks end at `*`, extended commands sit between `%` pairs. The reader never
/// builds a `String` on the hot path; numbers are parsed from bytes. It never stops at a problem: each is recorded
/// as a located `ParseIssue` and reading goes on at the next block.
public enum GerberReader {
    /// Reads the Gerber file in `bytes`, within `limits` (block length, apertures, macro depth, step-and-repeat).
    /// With `recordingSegments`, the end points of every draw and arc are kept (for outline contours); with
    /// `recordingFlashes`, every flash is kept in `pads`, not only those X2 marks (for copper: where pads and vias are);
    /// with `recordingImage`, every object and aperture shape is kept in `image` (for pictures of the board), as many
    /// as `drawingBudget` gives (the pack's, shared by its layers; by default `limits.maximumDrawnObjects` for this
    /// file alone).
    public static func read(
        _ bytes: UnsafeRawBufferPointer, recordingSegments: Bool = false, recordingFlashes: Bool = false,
        recordingImage: Bool = false, drawingBudget: DrawingBudget? = nil, limits: ReadLimits = ReadLimits()
    ) -> GerberDocument {
        var parser = GerberParser(bytes: bytes, limits: limits)
        parser.recordsSegments = recordingSegments
        parser.recordsFlashes = recordingFlashes
        if recordingImage {
            parser.image = GerberImageRecorder(
                budget: drawingBudget ?? DrawingBudget(objects: limits.maximumDrawnObjects))
        }
        parser.run()
        return parser.finish()
    }

    /// Reads the Gerber file in `bytes`, within `limits`.
    public static func read(
        _ bytes: [UInt8], recordingSegments: Bool = false, recordingFlashes: Bool = false,
        recordingImage: Bool = false, drawingBudget: DrawingBudget? = nil, limits: ReadLimits = ReadLimits()
    ) -> GerberDocument {
        bytes.withUnsafeBytes {
            read(
                $0, recordingSegments: recordingSegments, recordingFlashes: recordingFlashes,
                recordingImage: recordingImage, drawingBudget: drawingBudget, limits: limits)
        }
    }

    /// What the file says about itself before its first operation (D01, D02, D03): its X2 file attributes (tools
    /// write all but `.MD5` there), comments, image and layer names. A file is identified from these before it is
    /// read, so that it is read once, as what it is.
    public static func header(_ bytes: [UInt8], limits: ReadLimits = ReadLimits()) -> GerberHeader {
        bytes.withUnsafeBytes { bytes in
            var parser = GerberParser(bytes: bytes, limits: limits)
            parser.header = GerberHeader()
            parser.run(stoppingAtFirstOperation: true)
            var header = parser.header ?? GerberHeader()
            header.attributes = parser.document.attributes
            return header
        }
    }
}
