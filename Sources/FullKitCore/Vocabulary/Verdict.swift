/// The handoff decision: PASS means the project manager must accept the pack; FAIL means Sales keeps it.
public enum Verdict: String, Sendable, Codable {
    case pass = "PASS"
    case fail = "FAIL"
}
