import FullKit

/// The `--policy FILE`, `--profile` and `--limit NAME=VALUE` options, and the `fullkit.json` looked for beside the pack.
enum PolicyOptions {
    /// The options every checking command takes and `fullkit batch` passes on to its workers.
    static let names: Set<String> = ["--profile", "--policy", "--limit"]

    /// The options in `parsed` as arguments again, for a worker process.
    static func forwarded(_ parsed: ParsedArguments) -> [String] {
        names.sorted().flatMap { name in (parsed.repeatedOptions[name] ?? []).flatMap { [name, $0] } }
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

    /// The checker for `inputs`: the policy from `--policy`, else the `fullkit.json` beside the pack or in the working
    /// directory, else the defaults; `--profile` overrides the policy's profile. Nil after printing a one-line error.
    static func checker(_ parsed: ParsedArguments, inputs: [String], help: String) -> PackChecker? {
        var policy = Policy()
        let source = parsed.options["--policy"] ?? Policy.locate(for: inputs)
        if let source {
            do throws(PolicyError) {
                policy = try Policy.read(path: source)
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
        return checker
    }
}
