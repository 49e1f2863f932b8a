import Testing

@testable import FullKitCheck

/// Chip sizes read from footprint and package names, imperial and metric.
@Suite("Chip sizes")
struct ChipSizeTests {
    @Test(
        "names of one size agree",
        arguments: [
            ("0603", "C_0603_1608Metric"), ("0603", "1608Metric"), ("R0603", "RC0603FR-0710KL"), ("0805", "2012"),
            ("LED_1206_3216Metric", "1206"), ("0402", "R_0402_1005Metric"), ("0201", "0603Metric"),
            ("Crystal_SMD_3225-4Pin_3.2x2.5mm", "1210"), ("0603/0805", "0805"),
        ])
    func same(a: String, b: String) throws {
        let first = try #require(ChipSize(a))
        let second = try #require(ChipSize(b))
        #expect(first.agrees(with: second), "\(a) vs \(b)")
    }

    @Test(
        "names of different sizes differ; 0603 metric is not 0603 imperial",
        arguments: [("0603", "C_0805_2012Metric"), ("R0402", "0603"), ("0603", "0603Metric"), ("1206", "2512")])
    func different(a: String, b: String) throws {
        let first = try #require(ChipSize(a))
        let second = try #require(ChipSize(b))
        #expect(!first.agrees(with: second), "\(a) vs \(b)")
    }

    @Test(
        "packages and dimensions state no chip size",
        arguments: [
            "SOT-23", "LQFP-48_7x7mm_P0.5mm", "SOIC-8_3.9x4.9mm", "CP_Elec_6.3x5.4", "PinHeader_1x10_P2.54mm",
            "Molex_53047-0410", "3.2x1.6mm", "USB_C_Receptacle_GCT_USB4085", "", "CRCW06031K00FKEAC",
        ])
    func none(name: String) {
        #expect(ChipSize(name) == nil, "\(name)")
    }
}
