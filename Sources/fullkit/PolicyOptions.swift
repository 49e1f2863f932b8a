import FullKit

/// The `--policy FILE` and `--profile` options, and the `fullkit.json` looked for beside the pack.
enum PolicyOptions {
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
        var checker = PackChecker(limits: policy.limits, policy: policy)
        checker.policySource = source
        return checker
    }
}
