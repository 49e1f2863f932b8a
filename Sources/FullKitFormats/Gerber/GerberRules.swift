import FullKitCore

/// The rules the Gerber reader reports (Ucamco Gerber specification 2024.05).
extension Rule {
    private static let export =
        "Export the layer again from the CAD tool; if it persists, report it to the tool's vendor."
    private static let broken = "A fab's CAM cannot be sure to image this layer as the designer meant."

    static let gerberUnterminatedBlock = Rule(
        id: "GERBER_UNTERMINATED_BLOCK", severity: .error,
        summary: "Every data block ends with '*' and every extended command with '%'.",
        rationale: "A block cut off means the file is truncated or damaged.", fix: export)
    static let gerberMissingM02 = Rule(
        id: "GERBER_MISSING_M02", severity: .error, summary: "The file ends with M02.",
        rationale: "Without M02 the file may be truncated: part of the layer could be missing.",
        fix: "Export the layer again and make sure the whole file is in the pack.")
    static let gerberContentAfterM02 = Rule(
        id: "GERBER_CONTENT_AFTER_M02", severity: .warning, summary: "Nothing follows M02.",
        rationale: "Content after the end of file is ignored by CAM; two files may have been joined.", fix: export)
    static let gerberMissingFS = Rule(
        id: "GERBER_MISSING_FS", severity: .error, summary: "A file with coordinates has a %FS format statement.",
        rationale: "Without %FS the coordinates cannot be scaled: the image size is unknown.", fix: export)
    static let gerberInvalidFS = Rule(
        id: "GERBER_INVALID_FS", severity: .error, summary: "%FS states the X and Y digits, the same for both.",
        rationale: broken, fix: export)
    static let gerberRepeatedFS = Rule(
        id: "GERBER_REPEATED_FS", severity: .error, summary: "%FS appears once.", rationale: broken, fix: export)
    static let gerberUnitChanged = Rule(
        id: "GERBER_UNIT_CHANGED", severity: .warning,
        summary: "The unit is stated once (%MO in the header); it does not change mid-file.",
        rationale:
            "Old RS-274X files switched units between blocks; a reader that keeps one unit makes part of the image 25.4 times too large or too small. FullKit reads each part in the unit in force.",
        fix: "Export with a current Gerber writer, in one unit.")
    static let gerberMissingUnit = Rule(
        id: "GERBER_MISSING_UNIT", severity: .error,
        summary: "A file with coordinates states its unit (%MO, or G70/G71).",
        rationale: "Without a unit the board could be made 25.4 times too large or too small.", fix: export)
    static let gerberInvalidMO = Rule(
        id: "GERBER_INVALID_MO", severity: .error, summary: "%MO is MM or IN.", rationale: broken, fix: export)
    static let gerberCoordinateBeforeFS = Rule(
        id: "GERBER_COORDINATE_BEFORE_FS", severity: .error, summary: "No coordinate comes before %FS.",
        rationale: "Such coordinates have no defined scale.", fix: export)
    static let gerberInvalidCoordinate = Rule(
        id: "GERBER_INVALID_COORDINATE", severity: .error, summary: "Coordinates are numbers within 18 digits.",
        rationale: broken, fix: export)
    static let gerberInvalidCommand = Rule(
        id: "GERBER_INVALID_COMMAND", severity: .error, summary: "Every command is a Gerber command.",
        rationale: "An unknown command means the file is damaged, or not a Gerber file.", fix: export)
    static let gerberInvalidAD = Rule(
        id: "GERBER_INVALID_AD", severity: .error, summary: "%AD defines an aperture D10 or higher.", rationale: broken,
        fix: export)
    static let gerberApertureRedefined = Rule(
        id: "GERBER_APERTURE_REDEFINED", severity: .error, summary: "No aperture is defined twice.",
        rationale: "Which definition applies is ambiguous.", fix: export)
    static let gerberTooManyApertures = Rule(
        id: "GERBER_TOO_MANY_APERTURES", severity: .error,
        summary:
            "A file defines no more apertures than the maximumApertures limit (default \(ReadLimits().maximumApertures)).",
        rationale: "No real layer has that many; reading on would let one file exhaust memory.", fix: export)
    static let gerberUndefinedAperture = Rule(
        id: "GERBER_UNDEFINED_APERTURE", severity: .error, summary: "Every aperture is defined before it is used.",
        rationale: "Draws and flashes with an undefined aperture have no shape.", fix: export)
    static let gerberUndefinedMacro = Rule(
        id: "GERBER_UNDEFINED_MACRO", severity: .error, summary: "Every aperture macro is defined before %AD uses it.",
        rationale: "The aperture has no shape.", fix: export)
    static let gerberInvalidAM = Rule(
        id: "GERBER_INVALID_AM", severity: .error, summary: "%AM names its macro.", rationale: broken, fix: export)
    static let gerberMacroTooDeep = Rule(
        id: "GERBER_MACRO_TOO_DEEP", severity: .error,
        summary:
            "Aperture macro expressions nest no deeper than the maximumMacroDepth limit (default \(ReadLimits().maximumMacroDepth)).",
        rationale: "No CAD tool writes such expressions; evaluating them could exhaust the stack.", fix: export)
    static let gerberMacroTooCostly = Rule(
        id: "GERBER_MACRO_TOO_COSTLY", severity: .error,
        summary:
            "Evaluating the file's aperture macros (each %AD that uses one evaluates all its steps) takes no more than the maximumMacroWork limit (default \(ReadLimits().maximumMacroWork) steps).",
        rationale:
            "Real macros have tens of steps and are used by tens of apertures; a huge macro used by many apertures multiplies into hours of work, and the apertures past the limit have no size.",
        fix: export)
    static let gerberUnbalancedBlock = Rule(
        id: "GERBER_UNBALANCED_BLOCK", severity: .error,
        summary: "Every %AB block aperture that is opened is closed, and only those.",
        rationale: "An unclosed block swallows the rest of the image into an aperture that is never flashed.",
        fix: export)
    static let gerberInvalidSR = Rule(
        id: "GERBER_INVALID_SR", severity: .error, summary: "%SR repeat counts are at least 1.", rationale: broken,
        fix: export)
    static let gerberStepRepeatTooLarge = Rule(
        id: "GERBER_STEP_REPEAT_TOO_LARGE", severity: .error,
        summary:
            "A %SR step-and-repeat makes no more copies than the maximumStepRepeatCopies limit (default \(ReadLimits().maximumStepRepeatCopies)).",
        rationale: "No panel has that many boards; a CAM system expanding it would run out of memory.", fix: export)
    static let gerberBlockTooLong = Rule(
        id: "GERBER_BLOCK_TOO_LONG", severity: .error,
        summary:
            "No data block or extended command is longer than the maximumLineLength limit (default \(ReadLimits().maximumLineLength) bytes).",
        rationale: "Real blocks are a few dozen bytes; a giant one is corruption or an attack, and was skipped.",
        fix: export)
    static let gerberNoAperture = Rule(
        id: "GERBER_NO_APERTURE", severity: .error, summary: "An aperture is selected before the first draw or flash.",
        rationale: "The object has no shape.", fix: export)
    static let gerberApertureInRegion = Rule(
        id: "GERBER_APERTURE_IN_REGION", severity: .error,
        summary: "No aperture is selected inside a region (G36…G37).",
        rationale: broken, fix: export)
    static let gerberFlashInRegion = Rule(
        id: "GERBER_FLASH_IN_REGION", severity: .error, summary: "No flash (D03) is made inside a region.",
        rationale: broken, fix: export)
    static let gerberRegionNotOpen = Rule(
        id: "GERBER_REGION_NOT_OPEN", severity: .error, summary: "G37 closes a region that G36 opened.",
        rationale: broken, fix: export)
    static let gerberNoInterpolationMode = Rule(
        id: "GERBER_NO_INTERPOLATION_MODE", severity: .warning, summary: "G01/G02/G03 is set before the first D01.",
        rationale: "Readers differ on the default; linear is assumed.", fix: export)
    static let gerberImplicitOperation = Rule(
        id: "GERBER_IMPLICIT_OPERATION", severity: .warning,
        summary: "Every coordinate has an operation code (D01/D02/D03).",
        rationale: "Coordinates without one are deprecated; readers differ on what they mean.", fix: export)
    static let gerberSeveralCommandsInBlock = Rule(
        id: "GERBER_SEVERAL_COMMANDS_IN_BLOCK", severity: .warning, summary: "One command per %…% block.",
        rationale: "Deprecated; some readers drop the later commands.", fix: export)
    static let gerberMD5Mismatch = Rule(
        id: "GERBER_MD5_MISMATCH", severity: .error,
        summary:
            "A file's X2 .MD5 attribute matches its content (MD5 of the bytes before %TF.MD5, CR and LF left out).",
        rationale: "The file was edited or damaged after the CAD tool wrote it.",
        fix: "Export the layer again; do not edit Gerber files by hand.")
    static let gerberDeprecated = Rule(
        id: "GERBER_DEPRECATED", severity: .warning,
        summary:
            "No deprecated command (%IN %IP %LN %AS %IR %MI %OF %SF, G54/G55, G70/G71, G74, G90/G91, M00/M01, %FS with T or I).",
        rationale: "Deprecated commands are read differently by different CAM systems.",
        fix: "Export with a current Gerber writer (Gerber X2 if the tool offers it).")

    /// Every rule of the Gerber reader.
    package static let gerberRules: [Rule] = [
        gerberUnterminatedBlock, gerberMissingM02, gerberContentAfterM02, gerberMissingFS, gerberInvalidFS,
        gerberRepeatedFS, gerberUnitChanged, gerberMissingUnit, gerberInvalidMO, gerberCoordinateBeforeFS,
        gerberInvalidCoordinate,
        gerberInvalidCommand, gerberInvalidAD, gerberApertureRedefined, gerberTooManyApertures, gerberUndefinedAperture,
        gerberUndefinedMacro,
        gerberInvalidAM, gerberMacroTooDeep, gerberMacroTooCostly, gerberUnbalancedBlock, gerberInvalidSR,
        gerberStepRepeatTooLarge,
        gerberBlockTooLong,
        gerberNoAperture, gerberApertureInRegion, gerberFlashInRegion,
        gerberRegionNotOpen, gerberNoInterpolationMode, gerberImplicitOperation, gerberSeveralCommandsInBlock,
        gerberMD5Mismatch, gerberDeprecated,
    ]
}
