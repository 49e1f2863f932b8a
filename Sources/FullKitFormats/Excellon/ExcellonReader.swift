import FullKitCore

/// Reads an Excellon (NC drill) file into an `ExcellonDocument`, line by line over bytes.
///
/// Units and zero suppression come from `METRIC`/`INCH` with `LZ`/`TZ` (the zeros *kept*), `M71`/`M72`,
/// `;FILE_FORMAT=i:d` and KiCad's `;FORMAT={…}`; coordinates with a decimal point need neither.
public enum ExcellonReader {
    /// Reads the drill file in `bytes`, with the number format of an Allegro `nc_param.txt` beside it, if any;
    /// lines longer than `limits.maximumLineLength` are skipped with a finding.
    public static func read(
        _ bytes: [UInt8], parameters: DrillParameters? = nil, limits: ReadLimits = ReadLimits()
    ) -> ExcellonDocument {
        bytes.withUnsafeBytes { buffer in
            var parser = ExcellonParser(bytes: buffer, maximumLineLength: limits.maximumLineLength)
            if let parameters {
                parser.document.unit = parameters.unit
                parser.integerDigits = parameters.integerDigits
                parser.decimalDigits = parameters.decimalDigits
                parser.keepsLeadingZeros = parameters.keepsLeadingZeros
                parser.document.formatSource = "nc_param.txt"
            }
            parser.run()
            return parser.finish()
        }
    }
}
