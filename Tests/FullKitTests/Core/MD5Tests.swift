import FullKit
import Testing

/// RFC 1321's test suite (appendix A.5).
@Suite("MD5")
struct MD5Tests {
    @Test(
        "RFC 1321 vectors",
        arguments: [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            (
                "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
                "57edf4a22be3c955ac49da2e2107b67a"
            ),
        ])
    func vectors(text: String, digest: String) {
        var md5 = MD5()
        for byte in text.utf8 { md5.update(byte) }
        #expect(md5.hexDigest() == digest)
    }
}
