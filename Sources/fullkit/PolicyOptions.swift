import FullKit

#if canImport(Glibc)
import Glibc
#endif

/// The `--policy FILE`, `--profile` and `--limit NAME=VALUE` options, and the operator's policy found without them
/// (`FULLKIT_POLICY`, `fullkit.json` in the working directory).
enum PolicyOptions {
    /// The options every checking command takes and `fullkit batch` passes on to its workers.
    static let names: Set<String> = ["--profile", "--policy", "--limit"]

    /// The options in `parsed` as arguments again for a worker process checking a pack under `inputs`, with the
    /// operator's policy resolved once and named explicitly: every pack of a batch is judged by the same policy, and
    /// none by a `fullkit.json` of its own.
    static func forwarded(_ parsed: ParsedArguments, inputs: [String]) -> [String] {
        let options = names.subtracting(["--policy"]).sorted().flatMap { name in
            (parsed.repeatedOptions[name] ?? []).flatMap { [name, $0] }
        }
        return options + (operatorPolicy(parsed, inputs: inputs).map { ["--policy", $0] } ?? [])
    }

    /// The operator's policy file for `inputs` (see `Policy.operatorPolicy`), from `--policy` or the environment.
    static func operatorPolicy(_ parsed: ParsedArguments, inputs: [String]) -> String? {
        Policy.operatorPolicy(
            explicit: parsed.options["--policy"], named: getenv(Policy.environmentVariable).map { String(cString: $0) },
            inputs: inputs)
    }

    /// The read limits: the policy's, then each `--limit NAME=VALUE` in turn. Nil after printing a one-line error.
    static func limits(_ parsed: ParsedArguments, base: ReadLimits = ReadLimits()) -> ReadLimits? {
        var limits = base
        for assignment in parsed.repeatedOptions["--limit"] ?? [] {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]) else {
                StandardStreams.error(
                    "fullkit: error: --limit takes NAME=VALUE, not '\(assignment)' (see fullkit help check)\n")
                return nil
            }
            do throws(PolicyError) {
                try limits.set(parts[0], to: value)
            } catch {
                StandardStreams.error("fullkit: error: --limit \(error.description)\n")
                return nil
            }
        }
        return limits
    }

    /// The checker for `inputs`: the operator's policy (`--policy`, `FULLKIT_POLICY`, `fullkit.json` in the working
    /// directory outside the inputs), else the defaults; `--profile` overrides the policy's profile. Nil after
    /// printing a one-line error.
    static func checker(_ parsed: ParsedArguments, inputs: [String], help: String) -> PackChecker? {
        var policy = Policy()
        var digest: String?
        let source = operatorPolicy(parsed, inputs: inputs)
        if let source {
            do throws(PolicyError) {
                (policy, digest) = try Policy.read(path: source)
            } catch {
                StandardStreams.error("fullkit: error: policy \(source): \(error.description)\n")
                return nil
            }
        }
        if parsed.options["--profile"] != nil {
            guard let profile = parsed.profile(help: help) else { return nil }
            policy.profile = profile
        }
        guard let limits = limits(parsed, base: policy.limits) else { return nil }
        policy.limits = limits
        var checker = PackChecker(policy: policy)
        checker.policySource = source
        checker.policyDigest = digest
        return checker
    }
}
