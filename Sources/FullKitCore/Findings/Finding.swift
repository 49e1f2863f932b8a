/// One thing a check found: a value, not a thrown error. A pack with any `error` finding fails.
public struct Finding: Sendable, Hashable, Codable {
    /// The stable ID of the rule that produced it (see `fullkit rules`).
    public var ruleID: String
    /// How much it weighs: any error fails the pack.
    public var severity: Severity
    /// What is wrong, naming files and designators.
    public var message: String
    /// What Sales (or whoever prepares the pack) must do about it.
    public var fix: String
    /// The file the finding is about (display path), if any.
    public var file: String?
    /// Line and column in `file`, when the finding points at one place.
    public var location: SourceLocation?
    /// The designators concerned, if any.
    public var designators: [String]
    /// Other places that matter, e.g. where a duplicate designator first appeared.
    public var related: [RelatedLocation]
    /// Where on the board the finding is (mm, the Gerbers' frame), when it is about one place: the number behind the
    /// message, for tools and the board picture.
    public var position: BoardPoint?
    /// The distance the finding measured (mm): how far off its pads, outside the outline or beyond it.
    public var distanceMillimeters: Double?

    /// A finding of `rule` saying `message` (the rule's fix and severity unless given), about `file` at `location`,
    /// naming `designators` and `related` places, at `position` on the board and measuring `distanceMillimeters`.
    public init(
        _ rule: Rule, _ message: String, fix: String? = nil, file: String? = nil, location: SourceLocation? = nil,
        designators: [String] = [], related: [RelatedLocation] = [], severity: Severity? = nil,
        position: BoardPoint? = nil, distanceMillimeters: Double? = nil
    ) {
        self.ruleID = rule.id
        self.severity = severity ?? rule.severity
        self.message = message
        self.fix = fix ?? rule.fix
        self.file = file
        self.location = location
        self.designators = designators
        self.related = related
        self.position = position
        self.distanceMillimeters = distanceMillimeters
    }

    /// A finding from a reader's parse issue in `file`.
    public init(_ issue: ParseIssue, file: String, severity: Severity? = nil) {
        self.ruleID = issue.ruleID
        self.severity = severity ?? issue.severity
        self.message = issue.message
        self.fix = issue.fix
        self.file = file
        self.location = issue.location
        self.designators = []
        self.related = []
    }
}
