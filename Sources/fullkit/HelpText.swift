import FullKit

/// The text of `fullkit --help` and of each subcommand's help.
enum HelpText {
    /// The `--limit` names with what each bounds and its default, one per line.
    static let limitList = ReadLimits.settings.map { setting in
        let name = setting.name + String(repeating: " ", count: max(1, 27 - setting.name.count))
        return "    \(name)\(setting.summary) (default \(ReadLimits()[keyPath: setting.keyPath]))"
    }.joined(separator: "\n")

    static let main = """
        OVERVIEW: Decide whether a PCB manufacturing data pack is a full kit.

        FullKit reads a "Golden Data Pack" (Gerber layers, NC drill files, BOM and XY pick-and-place file,
        as a ZIP, a folder, or both), checks that every file is there, readable, unambiguous and consistent,
        and prints a verdict: PASS (the project manager must accept the handoff) or FAIL (Sales keeps it,
        with every defect to fix).

        USAGE: fullkit <subcommand> [options]

        SUBCOMMANDS:
          check PATH...        Check one pack made of the given ZIPs, folders and files.
          batch DIR            Check every pack (ZIP or pack folder) under DIR (or listed, or one shard).
          merge FILE...        Combine the JSONL outputs of batch shards into one batch's result.
          seal PATH...         Fingerprint a pack that passes (SHA-256 of every input and member).
          verify SEAL PATH...  Prove a pack is byte for byte the one that was sealed.
          inspect FILE...      Show what FullKit reads in single files: role, evidence, unit, extent, counts.
          render PATH...       Draw the board of a pack as SVG, to scale, from its Gerbers and drill files.
          rules [ID...]        List every rule (or the ones named): ID, severity, what it checks, why, how to fix.

        OPTIONS:
          -h, --help           Show help (also: fullkit help <subcommand>).
          --version            Show the version.

        EXAMPLES:
          fullkit check job-1234.zip
          fullkit check gerbers.zip bom.csv xy.csv --format json > report.json
          fullkit batch /archive/2026 --format jsonl > verdicts.jsonl
          fullkit check upload.zip --format sarif --output fullkit.sarif
          fullkit rules XY_OFF_PADS

        EXIT CODES:
          0  PASS (batch: every pack passed)
          1  FAIL (batch: at least one pack failed or could not be read)
          2  could not run: bad usage, or an input that does not exist or cannot be read

        """

    static let check = """
        OVERVIEW: Check one data pack and print the verdict.

        USAGE: fullkit check PATH... [--format FORMAT] [--output FILE] [--quiet] [--color WHEN]
                             [--profile assembly|fab] [--policy FILE] [--limit NAME=VALUE]...
                             [--verbose] [--timeout SECONDS]

        The paths together form one pack: a ZIP (or 7z, RAR, tar.gz), a folder, loose files, or a mix,
        e.g. the Gerber ZIP with the BOM and XY beside it. Archives are read in memory; archives inside the
        pack are opened one level deep. Nothing is extracted or written.

        OPTIONS:
          --format FORMAT      text (default): the verdict line, then findings grouped by file, each with
                               line:column, rule ID, message and fix.
                               json: the schema fullkit.check/1 (README; fullkit.check-1.schema.json).
                               sarif: SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps).
                               junit: JUnit XML, a test case per rule (Jenkins, GitLab test reports).
                               github: GitHub Actions annotations (::error file=…,line=…::…).
                               markdown: a summary for $GITHUB_STEP_SUMMARY or a merge-request comment.
                               html: one self-contained page to show a customer: the verdict, the board
                               drawn from the pack's files (top and bottom, layer toggles, pan and zoom)
                               with each finding's position ringed, and the findings in a table that
                               filters by severity and file (a click zooms to the finding).
          --output FILE        Write the report to FILE instead of standard output: atomically (a complete
                               report or the old file, never half), and never over an input or inside one.
          --quiet              Print nothing but errors that stop the run; the exit code is the verdict.
          --color WHEN         auto (default: on a terminal, unless NO_COLOR is set), always or never;
                               colours the text report.
          --profile assembly|fab
                               assembly (default): Gerbers, drill, BOM, XY and paste for each populated
                               side are required. fab: a bare board; BOM and XY are not required.
          --policy FILE        A JSON policy: profile, per-rule severities ("off" to drop), extra
                               not-placed designator prefixes, the creation-date window, required
                               layers, read limits. Without it, the file FULLKIT_POLICY names, else
                               fullkit.json in the working directory (unless it lies inside the pack).
                               A fullkit.json inside the pack is never applied: a pack does not judge
                               itself (PACK_POLICY_IGNORED). The text report names the policy and its
                               SHA-256.
          --limit NAME=VALUE   Override one read limit (repeatable; after the policy's). Reaching a limit
                               is a finding that names it. The limits:
        \(limitList)
          --verbose            Also show info findings and documentation files in text output.
          --timeout SECONDS    The most the check may take (default 300); past it FullKit exits 1 with the
                               reason on standard error and nothing on standard output.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit check TestData/sample/sample-pack.zip
          fullkit check out/gerbers.zip out/bom.csv out/positions.csv
          fullkit check ./job-folder --format json | jq .verdict
          fullkit check job.zip --format github          # annotations in a GitHub Actions step
          fullkit check job.zip --format junit --output fullkit-junit.xml --quiet
          fullkit check upload.zip --limit maximumTotalSize=104857600 --limit maximumNestingDepth=0

        EXIT CODES: 0 PASS, 1 FAIL, 2 could not run (the reason is on standard error).

        """

    static let batch = """
        OVERVIEW: Check every pack under a folder, on all cores, one verdict line per pack.

        USAGE: fullkit batch DIR [--format FORMAT] [--output FILE] [--quiet] [--color WHEN]
                             [--profile assembly|fab] [--policy FILE] [--limit NAME=VALUE]...
                             [--timeout SECONDS] [--shard K/N]
               fullkit batch --files-from FILE|- [options as above]

        A pack is an archive file, or a folder that holds Gerbers, drills, a BOM or an XY file (with its
        sub-folders). A folder whose sub-folders split one pack into fabrication data and assembly data is
        one pack. Each pack is checked in a process of its own, two at a time on two cores: a pack that runs
        past the time limit or crashes is reported as such, and the others go on. A progress bar is drawn on
        standard error when it is a terminal.

        OPTIONS:
          --format FORMAT      text (default): "PASS|FAIL  errors  warnings  path" per pack and a summary.
                               jsonl: one fullkit.check/1 report per line, then a summary object.
                               sarif, junit, github, markdown: as for check, every pack in one document
                               (SARIF: one run; JUnit: a test suite per pack).
          --output, --quiet, --color
                               As for check. Ctrl-C stops the batch, prints the summary of the packs
                               finished and leaves an --output file as it was (exit 130).
          --profile, --policy, --limit
                               As for check; one operator policy judges every pack, never a pack's own
                               fullkit.json.
          --timeout SECONDS    The most one pack may take (default 300).
          --files-from FILE|-  Check the packs listed in FILE (or standard input), one path per line,
                               instead of searching a DIR. A listed path that does not exist is reported
                               as unchecked.
          --shard K/N          Check only shard K of N: every N-th pack of the sorted list, from the K-th.
                               Shards over the same DIR or list cover every pack exactly once; combine
                               their --format jsonl outputs with fullkit merge. A shard with no pack
                               exits 0.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit batch /archive/2026
          fullkit batch /archive/2026 --shard 2/8 --format jsonl --output shard-2.jsonl
          find /uploads -name '*.zip' -mtime -1 | fullkit batch --files-from -
          fullkit batch /archive/2026 --format jsonl | jq -r 'select(.verdict=="FAIL") | .inputs[0]'
          fullkit batch uploads --format junit --output fullkit-junit.xml

        EXIT CODES: 0 every pack passed, 1 any pack failed or could not be read, 2 could not run.

        """

    static let merge = """
        OVERVIEW: Combine the JSONL outputs of batch shards into what one batch over all their packs gives.

        USAGE: fullkit merge FILE... [--format FORMAT] [--output FILE] [--quiet] [--color WHEN]

        Each FILE (- for standard input) is the whole output of one `fullkit batch --format jsonl`, typically one
        shard (--shard K/N). The packs are listed in the order one batch gives (sorted by path), with the
        summary and the exit code one batch would give, in any batch format. A file cut short (no summary
        line), the output of a batch stopped by Ctrl-C, or a pack in two files is refused (exit 2): a merge
        must never pass packs that were not checked.

        OPTIONS:
          --format FORMAT      text (default), jsonl, sarif, junit, github or markdown, as for batch.
          --output, --quiet, --color
                               As for check.
          -h, --help           Show this help.

        EXAMPLES:
          parallel --will-cite fullkit batch /archive --shard {}/4 --format jsonl --output s{}.jsonl ::: 1 2 3 4
          fullkit merge s1.jsonl s2.jsonl s3.jsonl s4.jsonl --format junit --output fullkit-junit.xml

        EXIT CODES: 0 every pack passed, 1 any pack failed or could not be read, 2 could not run.

        """

    static let seal = """
        OVERVIEW: Seal a pack that passes: the verdict and the SHA-256 of every input and every file in it.

        USAGE: fullkit seal PATH... [--output FILE] [--quiet] [--profile assembly|fab] [--policy FILE]
                                [--limit NAME=VALUE]...

        The pack is checked as by fullkit check; a failing pack is not sealed (exit 1, nothing written).
        The seal (JSON, schema fullkit.seal/1) records the verdict, the FullKit version, the profile, the
        policy file and its SHA-256, and the size and SHA-256 of every input file (archives, loose files)
        and of every file of the pack as read (archive members, nested ones included). Keep it with the
        job, under version control: fullkit verify proves later that a pack is the one accepted.

        OPTIONS:
          --output FILE        Write the seal to FILE (atomically; never over or inside an input).
          --quiet              Print nothing but errors.
          --profile, --policy, --limit
                               As for check.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit seal job-1234.zip --output job-1234.seal.json
          fullkit seal gerbers.zip bom.csv xy.csv --policy site.json --output job.seal.json

        EXIT CODES: 0 sealed, 1 the pack fails (not sealed), 2 could not run.

        """

    static let verify = """
        OVERVIEW: Prove that a pack is, byte for byte, the pack that was sealed.

        USAGE: fullkit verify SEAL PATH... [--quiet] [--limit NAME=VALUE]...

        Reads the pack as fullkit seal did and compares every input file and every file of the pack with
        the seal by path, size and SHA-256. Prints each difference: "changed file job.zip/board-F_Cu.gbr",
        "added file …", "removed input …". Give the pack's paths as they were sealed (the same names).

        OPTIONS:
          --quiet              Print nothing; the exit code says.
          --limit NAME=VALUE   As for check, when the pack was sealed with raised limits.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit verify job-1234.seal.json job-1234.zip

        EXIT CODES: 0 every byte as sealed, 1 a difference (each listed), 2 could not run.

        """

    static let rules = """
        OVERVIEW: List every rule FullKit checks, with its stable ID and severity.

        USAGE: fullkit rules [ID...] [--format text|markdown]

        With IDs (any case), shows those rules only.

        OPTIONS:
          --format text|markdown  text (default) for reading; markdown is the table in RULES.md.
          -h, --help              Show this help.

        EXAMPLES:
          fullkit rules
          fullkit rules XY_OFF_PADS missing_bom
          fullkit rules --format markdown > RULES.md

        """

    static let inspect = """
        OVERVIEW: Show what FullKit reads in single files, without judging a pack.

        USAGE: fullkit inspect FILE... [--format text|json] [--limit NAME=VALUE]...

        For each file (archives and folders are opened): its role, side and layer and the evidence used,
        conflicting evidence, the unit, the extent in mm, counts (flashes, draws, holes, designators,
        placements), X2 attributes, %TO.C designators, and every finding of its reader with line:column.

        OPTIONS:
          --format text|json   text (default), or a JSON array of {file, findings} in fullkit.check/1 terms.
          --limit NAME=VALUE   Override one read limit, as for check.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit inspect board-F_Cu.gbr
          fullkit inspect job.zip --format json

        EXIT CODES: 0 read (whatever was found), 2 could not run.

        """

    static let render = """
        OVERVIEW: Draw the board of a pack as one SVG, to scale (1 unit = 1 mm), from its own files.

        USAGE: fullkit render PATH... [--side top|bottom] [--layers KIND,...] [--output FILE]
                              [--limit NAME=VALUE]...

        The pack's outer copper, solder-mask openings, paste and silkscreen of one side, its drill holes and
        its outline, stacked in that order and seen from that side (the bottom mirrored, as seen from below).
        Every flash, draw, arc and region is drawn with its aperture (macros, step-and-repeat, block
        apertures and clear polarity included); each layer is a group naming its kind, side and file. The
        pack is read, not judged: use fullkit check for the verdict.

        OPTIONS:
          --side top|bottom    The side to draw (default top).
          --layers KIND,...    Only these kinds: copper, soldermask, paste, silkscreen, drill, outline
                               (default all).
          --output FILE        Write the SVG to FILE (atomically: a temporary file renamed when complete;
                               never over an input or inside an input folder) instead of standard output.
          --limit NAME=VALUE   Override one read limit, as for check.
          -h, --help           Show this help.

        EXAMPLES:
          fullkit render job-1234.zip --output top.svg
          fullkit render job-1234.zip --side bottom --layers copper,drill,outline --output bottom.svg

        EXIT CODES: 0 drawn, 2 could not run (bad usage, unreadable input, output not written).

        """
}
