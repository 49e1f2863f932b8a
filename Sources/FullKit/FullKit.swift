// The library users import: every floor of the pipeline, re-exported. See ARCHITECTURE.md for what each holds.
@_exported import FullKitArchive
@_exported import FullKitCheck
@_exported import FullKitCore
@_exported import FullKitFormats
@_exported import FullKitReport
