import FoundationEssentials
import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// How strict a site wants the gate: read from the operator's JSON policy file (`--policy FILE`, `FULLKIT_POLICY`, or
/// `fullkit.json` in the working directory; never from the pack: a pack must not judge itself). Every key is optional; an unknown key, rule ID or value is rejected by name.
///
/// ```json
/// { "profile": "assembly",
///   "severities": { "XY_UNIT_INFERRED": "info", "VERSION_NO_REVISION": "off" },
///   "notPlacedPrefixes": { "BT": "a battery clip", "SW": "a hand-fitted switch" },
///   "dateWindowHours": 48,
///   "requiredLayers": ["silkscreen:top", "job-file"],
///   "limits": { "maximumMemberSize": 104857600, "maximumNestingDepth": 0 },
///   "placementTolerances": { "smdCentreMillimetres": 0.3, "outsideBoardMillimetres": 0.5 } }
/// ```
public struct Policy: Sendable, Hashable {
    /// What the pack is for.
    public var profile: Profile = .assembly
    /// Rule IDs whose findings take another severity; nil switches the rule off.
    public var severities: [String: Severity?] = [:]
    /// Designator prefixes of things that are not placed parts, with what they are, added to the built-in ones.
    public var notPlacedPrefixes: [String: String] = [:]
    /// The widest spread of creation dates in one export.
    public var dateWindowHours: Double = 24
    /// Files the site requires beyond the profile's (e.g. top silkscreen, a job file).
    public var requiredLayers: [RequiredLayer] = []
    /// The bounds on reading the pack (sizes, member count, compression ratio, nesting).
    public var limits = ReadLimits()
    /// How far placements may lie from where the board's geometry says their parts are.
    public var placementTolerances = PlacementTolerances()

    /// The defaults: the assembly profile, every rule at its own severity, the default limits.
    public init() {}

    /// The file name looked for in the working directory.
    public static let fileName = "fullkit.json"

    /// The environment variable that names the operator's policy file.
    public static let environmentVariable = "FULLKIT_POLICY"

    /// The keys a policy may have.
    public static let keys = [
        "profile", "severities", "notPlacedPrefixes", "dateWindowHours", "requiredLayers", "limits",
        "placementTolerances",
    ]

    /// The JSON type each key takes, in words, for the error when a value has another.
    static let expectedTypes = [
        "profile": "a string (\"assembly\" or \"fab\")",
        "severities": "an object of rule IDs to \"error\", \"warning\", \"info\" or \"off\"",
        "notPlacedPrefixes": "an object of designator prefixes to descriptions",
        "dateWindowHours": "a number of hours", "requiredLayers": "an array of strings such as \"silkscreen:top\"",
        "limits": "an object of limit names to numbers",
        "placementTolerances": "an object of tolerance names to numbers of millimetres (or a share)",
    ]

    /// The operator's policy file for a pack made of `inputs`: `explicit` (`--policy`), else `named` (the file the
    /// environment's `FULLKIT_POLICY` names), else `fullkit.json` in the working directory unless it lies inside one of `inputs` (then
    /// it belongs to the pack, which must not judge itself); nil when there is none. A policy file inside the pack is
    /// never looked for.
    public static func operatorPolicy(
        explicit: String?, named: String?, inputs: [String]
    ) -> String? {
        if let explicit { return explicit }
        if let named, !named.isEmpty { return named }
        guard DirectoryWalker.kind(of: fileName, followingLinks: true) == .file else { return nil }
        let policy = URL(fileURLWithPath: fileName).standardizedFileURL.resolvingSymlinksInPath().path
        let insideAnInput = inputs.contains { input in
            let folder = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            return policy.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
        return insideAnInput ? nil : fileName
    }

    /// The largest policy file read, in bytes: far above any real policy, and checked before reading.
    public static let maximumFileSize = 1 << 20

    /// Reads the policy file at `path`, with the SHA-256 of its bytes (the report names exactly which policy judged);
    /// the error names the file, the key and the reason.
    public static func read(path: String) throws(PolicyError) -> (policy: Policy, sha256: String) {
        let file: SystemFile
        let bytes: [UInt8]
        do {
            file = try SystemFile(path: path)
        } catch {
            throw PolicyError(.unreadable, key: nil, reason: "cannot be read: \(error.message)")
        }
        guard file.size <= maximumFileSize else {
            throw PolicyError(
                .unreadable, key: nil,
                reason: "is \(file.size) bytes; a policy is a short JSON file of at most \(maximumFileSize) bytes")
        }
        do {
            bytes = try file.readAll()
        } catch {
            throw PolicyError(.unreadable, key: nil, reason: "cannot be read: \(error.message)")
        }
        return (try read(bytes), SHA256.hex(bytes))
    }

    /// Reads a policy; the error names the key and the reason.
    public static func read(_ bytes: [UInt8]) throws(PolicyError) -> Policy {
        if let error = JSONSyntax.firstError(in: bytes) {
            throw PolicyError(.notJSON, key: nil, reason: "is not valid JSON: \(error)")
        }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
        } catch {
            let found =
                (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))).map(\.typeName) ?? "another value"
            throw PolicyError(.notJSON, key: nil, reason: "must be a JSON object ({\"profile\": …}), not \(found)")
        }
        var policy = Policy()
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            switch (key, value) {
            case ("profile", .string(let text)):
                guard let profile = Profile(rawValue: text) else {
                    throw PolicyError(
                        .invalidValue, key: key, reason: "must be \"assembly\" or \"fab\", not \"\(text)\"")
                }
                policy.profile = profile
            case ("severities", .object(let entries)):
                let known = Set(RuleCatalog.allRules.map(\.id))
                for (rule, severity) in entries {
                    guard known.contains(rule) else {
                        throw PolicyError(
                            .unknownKey, key: "severities.\(rule)", reason: "is not a rule ID (see `fullkit rules`)")
                    }
                    guard case .string(let text) = severity, text == "off" || Severity(rawValue: text) != nil else {
                        throw PolicyError(
                            .invalidValue, key: "severities.\(rule)",
                            reason: "must be \"error\", \"warning\", \"info\" or \"off\"")
                    }
                    policy.severities[rule] = Severity(rawValue: text)
                }
            case ("notPlacedPrefixes", .object(let entries)):
                for (prefix, what) in entries {
                    guard case .string(let text) = what, !prefix.isEmpty, prefix.allSatisfy(\.isLetter) else {
                        throw PolicyError(
                            .invalidValue, key: "notPlacedPrefixes.\(prefix)",
                            reason: "must map a letter prefix to a description")
                    }
                    policy.notPlacedPrefixes[prefix.uppercased()] = text
                }
            case ("dateWindowHours", .number(let hours)):
                guard hours > 0, hours.isFinite else {
                    throw PolicyError(.invalidValue, key: key, reason: "must be a positive number of hours")
                }
                policy.dateWindowHours = hours
            case ("requiredLayers", .array(let entries)):
                for (index, entry) in entries.enumerated() {
                    guard case .string(let text) = entry, let layer = RequiredLayer(text) else {
                        throw PolicyError(
                            .invalidValue, key: "requiredLayers[\(index)]",
                            reason:
                                "must be a file role, optionally with a side, such as \"silkscreen:top\" (roles: \(RequiredLayer.roles.map(\.rawValue).joined(separator: ", ")); sides: top, bottom, inner)"
                        )
                    }
                    policy.requiredLayers.append(layer)
                }
            case ("limits", .object(let entries)):
                for (name, number) in try numbers(entries, of: key) { try policy.limits.set(name, to: number) }
            case ("placementTolerances", .object(let entries)):
                for (name, number) in try numbers(entries, of: key) {
                    try policy.placementTolerances.set(name, to: number)
                }
            case _ where keys.contains(key):
                throw PolicyError(
                    .wrongType, key: key,
                    reason: "must be \(expectedTypes[key] ?? "another type"), not \(value.typeName)")
            default:
                throw PolicyError(
                    .unknownKey, key: key, reason: "is not a policy key (known: \(keys.joined(separator: ", ")))")
            }
        }
        return policy
    }

    /// The values of `entries`, the object under `key`, each a number (the error names the first that is not).
    private static func numbers(_ entries: [String: JSONValue], of key: String) throws(PolicyError) -> [(
        String, Double
    )] {
        try entries.map { (name, value) throws(PolicyError) -> (String, Double) in
            guard case .number(let number) = value else {
                throw PolicyError(
                    .wrongType, key: "\(key).\(name)", reason: "must be a number, not \(value.typeName)")
            }
            return (name, number)
        }
    }

    /// The findings with this policy's severities applied (rules switched off are dropped).
    func apply(to findings: [Finding]) -> [Finding] {
        guard !severities.isEmpty else { return findings }
        return findings.compactMap { finding in
            guard let override = severities[finding.ruleID] else { return finding }
            guard let severity = override else { return nil }
            var changed = finding
            changed.severity = severity
            return changed
        }
    }
}
