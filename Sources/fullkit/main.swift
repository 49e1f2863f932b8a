#if canImport(Glibc)
import Glibc
#endif

exit(FullKitCommand.run(Array(CommandLine.arguments.dropFirst())).rawValue)
