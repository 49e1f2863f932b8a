/// The exit codes a pipeline can rely on.
enum ExitCode: Int32 {
    /// `check`: the pack is a full kit. `batch`: every pack passed.
    case pass = 0
    /// `check`: the pack is rejected. `batch`: at least one pack failed or could not be checked.
    case fail = 1
    /// FullKit could not run: bad usage, or an input path that cannot be read.
    case couldNotRun = 2
}
