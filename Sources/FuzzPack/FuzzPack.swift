// libFuzzer harness: the whole check (read, identify, parse, rules, every report) on an uploaded archive.
import FullKit

/// The libFuzzer entry point: checks the input as an uploaded pack, drawing its board, and renders the text, JSON
/// and HTML reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPack(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    var policy = Policy()
    policy.limits.maximumMemberSize = 16 << 20
    policy.limits.maximumTotalSize = 64 << 20
    let (report, artwork) = PackChecker(policy: policy).checkDrawn(archive: bytes, named: "fuzz.zip")
    _ = TextReportRenderer(verbose: true).render(report)
    _ = JSONReportRenderer.renderLine(report)
    _ = HTMLReportRenderer().render(report, artwork: artwork)
    return 0
}
