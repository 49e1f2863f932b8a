import FullKitArchive
import FullKitCore
import FullKitFormats
import FullKitReport

/// Checks one data pack: reads it, analyses it, judges it by every rule, decides the verdict and returns the report.
public struct PackChecker: Sendable {
    /// How strict the gate is: profile, severities, extra not-placed prefixes, date window, read limits.
    public var policy: Policy
    /// Where the policy came from (a file path), shown in the report.
    public var policySource: String?
    /// The SHA-256 of the policy file's bytes, shown in the report.
    public var policyDigest: String?

    /// A checker that judges by `policy` (the defaults unless given).
    public init(policy: Policy = Policy()) {
        self.policy = policy
    }

    /// A checker with the default policy but for `profile`.
    public init(profile: Profile) {
        var policy = Policy()
        policy.profile = profile
        self.init(policy: policy)
    }

    /// The bounds every reader keeps to: the policy's.
    private var limits: ReadLimits { policy.limits }

    /// Checks the pack formed by `inputs` (folders, archives and loose files together).
    ///
    /// Throws only when an input cannot be used at all (exit code 2); every problem inside the pack is a finding.
    public func check(_ inputs: [String]) throws(PackInputError) -> CheckReport {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try PackLoader(limits: limits).load(inputs)
        return decide(loaded, clock: clock, start: start)
    }

    /// Checks a pack that arrives as one archive in memory (an upload), shown as `name`.
    public func check(archive bytes: [UInt8], named name: String) -> CheckReport {
        let clock = ContinuousClock()
        let start = clock.now
        return decide(PackLoader(limits: limits).load(archive: bytes, named: name), clock: clock, start: start)
    }

    /// Checks the pack formed by `inputs` as `check(_:)` does, and draws its board: the report (the same verdict and
    /// findings: reading the images changes nothing judged) and the artwork of its layers, for the HTML report.
    public func checkDrawn(_ inputs: [String]) throws(PackInputError) -> (report: CheckReport, artwork: BoardArtwork) {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = try PackLoader(limits: limits).load(inputs)
        let (report, pack) = decide(loaded, clock: clock, start: start, recordingImages: true)
        return (report, BoardArtwork(pack))
    }

    /// Checks a pack that arrives as one archive in memory, shown as `name`, and draws its board (as `checkDrawn(_:)`).
    public func checkDrawn(archive bytes: [UInt8], named name: String) -> (report: CheckReport, artwork: BoardArtwork) {
        let clock = ContinuousClock()
        let start = clock.now
        let loaded = PackLoader(limits: limits).load(archive: bytes, named: name)
        let (report, pack) = decide(loaded, clock: clock, start: start, recordingImages: true)
        return (report, BoardArtwork(pack))
    }

    /// Checks a pack whose files are already loaded (in memory, e.g. made by a test).
    package func check(loaded: LoadedPack) -> CheckReport {
        let clock = ContinuousClock()
        return decide(loaded, clock: clock, start: clock.now)
    }

    private func decide(_ loaded: LoadedPack, clock: ContinuousClock, start: ContinuousClock.Instant) -> CheckReport {
        decide(loaded, clock: clock, start: start, recordingImages: false).report
    }

    private func decide(
        _ loaded: LoadedPack, clock: ContinuousClock, start: ContinuousClock.Instant, recordingImages: Bool
    ) -> (report: CheckReport, pack: AnalyzedPack) {
        let read = clock.now
        let pack = PackAnalyzer.analyze(
            loaded, limits: limits, classifier: DifferenceClassifier(extraPrefixes: policy.notPlacedPrefixes),
            placementTolerances: policy.placementTolerances, recordingImages: recordingImages)
        let analysed = clock.now
        let findings = policy.apply(to: RuleCatalog.findings(in: pack, policy: policy))
        let end = clock.now
        let timings = CheckReport.Timings(
            readMilliseconds: milliseconds(read - start),
            analyzeMilliseconds: milliseconds(analysed - read),
            rulesMilliseconds: milliseconds(end - analysed),
            totalMilliseconds: milliseconds(end - start))
        let verdict: Verdict = findings.contains { $0.severity == .error } ? .fail : .pass
        var report = ReportBuilder.report(
            pack, profile: policy.profile, verdict: verdict, findings: findings, timings: timings)
        report.policyFile = policySource
        report.policySHA256 = policyDigest
        return (report, pack)
    }

    private func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded(toPlaces: 3)
    }
}
