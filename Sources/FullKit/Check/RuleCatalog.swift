/// Every check the verdict runs, in report order.
enum RuleCatalog {
    static let checks: [any PackCheck] = [
        ReadProblemsCheck(),
        IdentificationCheck(),
        RequiredFilesCheck(),
        AmbiguousFilesCheck(),
        ParseIssuesCheck(),
        DuplicateDesignatorCheck(),
        QuantityCheck(),
        DesignatorCrossCheck(),
    ]
}
