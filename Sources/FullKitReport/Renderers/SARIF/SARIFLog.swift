import FullKitCore

/// The part of the SARIF 2.1.0 object model FullKit writes (OASIS Static Analysis Results Interchange Format): one
/// run of one tool, its rules, the artifacts read and the results. Property names are SARIF's; optional properties
/// left nil are omitted.
struct SARIFLog: Encodable {
    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var artifacts: [Artifact]
        var results: [Result]
        var properties: [String: [PackVerdict]]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = "FullKit"
        var fullName = "FullKit: is this PCB manufacturing data pack a full kit?"
        var version: String
        var semanticVersion: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
        var markdown: String?
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct Artifact: Encodable {
        var location: ArtifactLocation
        var parentIndex: Int?
        var roles: [String]?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var index: Int?
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var properties: ResultProperties
    }

    struct ResultProperties: Encodable {
        var fix: String
        var pack: String
        var designators: [String]?
        /// Where on the board (mm), as the JSON report's `position`.
        var position: BoardPoint?
        var distanceMillimeters: Double?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    /// FullKit's own run property: each pack's verdict, so a SARIF consumer sees PASS and FAIL, not only results.
    struct PackVerdict: Encodable {
        var pack: String
        var verdict: String
        var errors: Int?
        var warnings: Int?
        var reason: String?
    }
}
