import ArgumentParser
import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// The `crawl` command: reads URLs, prints one JSON object per URL.
///
/// The root command is synchronous on purpose: the process stays single-threaded (libcurl's
/// resolver threads aside), which keeps the event loop simple and worker processes safe to spawn.
struct Crawl: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crawl",
        abstract: "Fetch the <title> of every URL in a list; print one record (JSON, CSV or TSV) per URL.",
        discussion: """
            Reads URLs one per line from FILE, from standard input (- or a pipe with no FILE), or \
            takes them as arguments; blank lines and lines starting with # are skipped. Writes one \
            record per URL line to standard output (or --output), in completion order: a JSON \
            object per line by default, or CSV/TSV rows:

              crawl urls.txt --concurrency 64 | jq -r 'select(.title) | .title'
              crawl https://example.com/ https://example.org/
              cat urls.txt | crawl --format csv --fields url,status,title -o titles.csv

            Only http and https URLs are fetched, redirects included. A URL that fails still gets a \
            record, with "error" set to a short kind (dns, connect, tls, timeout, ...) and \
            "error_detail" saying why. A progress line is drawn on stderr when it is a terminal and \
            the records go elsewhere (a file, a pipe); a summary (counts by status and error kind, \
            bytes, URLs/s, latency percentiles, slowest hosts) follows at the end unless --quiet.

            Exit status: 0 when every line was answered and at least one URL got a 2xx or 3xx \
            response (or there was no URL); 2 when none did (every URL failed), or with \
            --fail-on-error when any URL failed or got a 4xx/5xx; 64 for a usage error (one line \
            on stderr, nothing on standard output); 74 when a file could not be read or written \
            (permissions, a full disk); 1 when crawl itself failed; 128+N after signal N.
            """,
        version: "crawl \(CrawlVersion.string)"
    )

    @Argument(
        help: ArgumentHelp(
            "A file of URLs, one per line; - for standard input (the default when it is not a terminal); or URLs themselves.",
            valueName: "file|url"),
        completion: .file())
    var inputs: [String] = []

    @OptionGroup(title: "Concurrency")
    var concurrency: ConcurrencyOptions

    @OptionGroup(title: "Limits")
    var limits: LimitOptions

    @OptionGroup(title: "Politeness")
    var politeness: PolitenessOptions

    @OptionGroup(title: "Retries")
    var retry: RetryOptions

    @OptionGroup(title: "HTTP")
    var http: HTTPOptions

    @OptionGroup(title: "Output")
    var outputOptions: OutputOptions

    @OptionGroup(title: "Progress and summary")
    var report: ReportOptions

    @OptionGroup(title: "Runs")
    var runOptions: RunOptions

    func validate() throws {
        try concurrency.validate()
        try limits.validate()
        try politeness.validate()
        try retry.validate()
        try http.validate()
        try runOptions.validate()
        try outputOptions.validate()
        try report.validate()
        if !runOptions.resume.isEmpty && !runOptions.missing && !outputOptions.formatter.fields.contains(.line) {
            throw ValidationError("--resume finds earlier records by their line number: --fields must include line")
        }
    }

    func run() throws {
        MemoryTuning.apply()
        // A closed stdout must surface as EPIPE from write(2), not kill the process mid-line.
        signal(SIGPIPE, SIG_IGN)
        Diagnostics.quiet = report.quiet
        // Blocked before any thread exists (libcurl's resolver threads inherit the mask), then read
        // by the event loop: a signal never interrupts a half-written line.
        let signals = try SignalFD([SIGINT, SIGTERM])
        defer { signals.close() }

        // Every path is checked and the input opened before the first request: a usage error
        // found here exits 64 as one found by the parser does.
        let fd: Int32
        do {
            let source = try InputSource.resolve(inputs, stdinIsTerminal: isatty(STDIN_FILENO) == 1)
            if let problem = StandardStreams.problem(
                readsStandardInput: source == .stdin, writesStandardOutput: outputOptions.output == nil)
            {
                throw ValidationError(problem)
            }
            try checkPaths(input: source)
            fd = try source.open()
        } catch let error as ValidationError {
            Diagnostics.error(UsageError.line(error.message))
            throw ExitCode.validationFailure
        } catch let error as IOFailure {
            Diagnostics.error(error.message)
            throw IOFailure.exitCode
        } catch {
            Diagnostics.error("\(error)")
            throw IOFailure.exitCode
        }
        defer { if fd != STDIN_FILENO { close(fd) } }
        if runOptions.missing { return try listMissing(fd) }

        var monitor: RunMonitor?
        let outcome: Crawler.Outcome
        do {
            let output = try outputOptions.openOutput(appending: !runOptions.resume.isEmpty)
            defer { if output != STDOUT_FILENO { close(output) } }
            let skip = try runOptions.answeredLines(output: output, formatter: outputOptions.formatter)
            let writer = RecordWriter(fd: output, formatter: outputOptions.formatter)
            if OutputOptions.needsHeader(output) { try writer.writeHeader() }
            let terminal = Terminal(records: output)
            monitor = RunMonitor(
                progressFD: report.showsProgress(terminal) ? STDERR_FILENO : nil, input: fd,
                alreadyAnswered: skip?.count ?? 0, totalKnowable: runOptions.shard == nil,
                recordsShareTerminal: terminal.recordsOnStderrTerminal, verbose: report.verbose)
            writer.willWrite = { [monitor] in monitor?.recordsWillBeWritten() }
            if let shard = runOptions.shard, !report.quiet, let warning = ShardBalance.warning(fd: fd, shard: shard) {
                Diagnostics.warn(warning)
            }
            if !outputOptions.ordered && (concurrency.procs.count == 1 || fitsOneLoop(fd)) {
                outcome = try crawlInProcess(fd, signals, skip, writer, monitor!)
            } else {
                outcome = try crawlWithWorkers(fd, signals, skip, output, monitor!)
            }
        } catch is OutputClosed {
            // `crawl … | head`: the reader has what it wanted. No summary on the terminal, but a
            // stats file asked for is still written (it says how far the run got).
            monitor?.finish()
            if let monitor { try? report.writeStats(monitor.summary(interrupted: true)) }
            return
        } catch let error as ExitCode {
            monitor?.finish()
            throw error
        } catch let error as ValidationError {
            // The arguments do not fit the files they name (as in validate(), which has not seen them).
            monitor?.finish()
            Diagnostics.error(UsageError.line(error.message))
            throw ExitCode.validationFailure
        } catch let error as IOFailure {
            monitor?.finish()
            Diagnostics.error(error.message)
            throw IOFailure.exitCode
        } catch let error as SystemError {
            // Reading the input or `--resume`'s file, writing the records (a full disk: ENOSPC),
            // too few fds to start (`ulimit -n`).
            monitor?.finish()
            Diagnostics.error("\(error)\(IOFailure.hint(errno: error.errno))")
            throw IOFailure.exitCode
        } catch {
            monitor?.finish()
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
        monitor!.finish()
        var interrupted = false
        if case .interrupted = outcome { interrupted = true }
        let summary = monitor!.summary(interrupted: interrupted)
        if !report.quiet { Diagnostics.print(summary.text) }
        do {
            try report.writeStats(summary)
        } catch let error as IOFailure {
            Diagnostics.error(error.message)
            throw IOFailure.exitCode
        }
        if case .interrupted(let signal) = outcome {
            throw ExitCode(128 + signal)
        }
        let stats = monitor!.stats
        if stats.records > 0, stats.succeeded == 0 {
            throw ExitCode(2)  // URLs, and not one got a 2xx or 3xx
        }
        if runOptions.failOnError, stats.failed > 0 {
            throw ExitCode(2)
        }
    }

    /// `--missing`: the URL lines (of this shard) that no `--resume` file answers, instead of a crawl.
    private func listMissing(_ fd: Int32) throws {
        do {
            let answered = try runOptions.answeredLines()
            let files = runOptions.resumeFiles
            let output = try outputOptions.openOutput(appending: false)
            defer { if output != STDOUT_FILENO { close(output) } }
            let counts = try MissingLines.write(input: fd, shard: runOptions.shard, answered: answered, to: output)
            if !report.quiet {
                let shard = runOptions.shardText.map { " of shard \($0)" } ?? ""
                let from = files.count == 1 ? "'\(files[0])'" : "\(files.count) files"
                Diagnostics.print("crawl: \(counts.missing) of \(counts.lines) URL lines\(shard) have no record in \(from)\n")
            }
        } catch let error as SystemError where error.errno == EPIPE {
            return  // `crawl --missing … | head`: the reader has what it wanted
        } catch let error as IOFailure {
            Diagnostics.error(error.message)
            throw IOFailure.exitCode
        } catch let error as SystemError {
            Diagnostics.error("\(error)\(IOFailure.hint(errno: error.errno))")
            throw IOFailure.exitCode
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(1)
        }
    }

    /// Refuses, before the first request, what would only fail (or do harm) later: the output
    /// file is the input (`-o urls.txt` would empty it first), the stats file's folder is missing.
    private func checkPaths(input: InputSource) throws {
        guard case .file(let path) = input else { return }
        var inputInfo = stat()
        guard stat(path, &inputInfo) == 0 else { return }
        func same(_ info: stat) -> Bool { info.st_dev == inputInfo.st_dev && info.st_ino == inputInfo.st_ino }
        var info = stat()
        if let output = outputOptions.output, stat(output, &info) == 0, same(info) {
            throw ValidationError("-o: '\(output)' is the input file: writing the records there would empty it before it is read")
        }
        if outputOptions.output == nil, fstat(STDOUT_FILENO, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, same(info) {
            throw ValidationError("standard output is the input file '\(path)': the records would be read back as URLs")
        }
        if let stats = report.statsJSON, stat(stats, &info) == 0, same(info) {
            throw ValidationError("--stats-json: '\(stats)' is the input file")
        }
    }

    private var configuration: CrawlConfiguration {
        var configuration = CrawlConfiguration()
        concurrency.apply(to: &configuration)
        limits.apply(to: &configuration)
        politeness.apply(to: &configuration)
        retry.apply(to: &configuration)
        http.apply(to: &configuration)
        return configuration
    }

    /// One process, one loop: the fastest start, for `--procs 1`.
    private func crawlInProcess(
        _ fd: Int32, _ signals: SignalFD, _ skip: AnsweredLines?, _ writer: RecordWriter, _ monitor: RunMonitor
    ) throws -> Crawler.Outcome {
        let crawler = try Crawler(configuration: configuration)
        defer { crawler.close() }
        return try crawler.run(
            input: LineReader(fd: fd), sink: writer, signals: signals,
            grace: runOptions.grace, shard: runOptions.shard, skip: skip, monitor: monitor)
    }

    /// True for a small file with no more URLs than one loop runs at once: worker processes would
    /// cost more start-up (about 12 ms each) than they could save, so `--procs` is not used.
    private func fitsOneLoop(_ fd: Int32) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= 64 * 1024 else { return false }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count == info.st_size else { return false }
        let lines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
        return lines <= concurrency.concurrency
    }

    /// `--procs N` (or `--ordered`): this process shards and merges; workers crawl.
    private func crawlWithWorkers(
        _ fd: Int32, _ signals: SignalFD, _ skip: AnsweredLines?, _ output: Int32, _ monitor: RunMonitor
    ) throws -> Crawler.Outcome {
        let configuration = self.configuration
        // With a delay or a rate, a worker gets no more lines than it can start at once, so a line
        // starts when the parent sends it and the parent's spacing is the servers' spacing.
        let paced = configuration.delayMS > 0 || configuration.rate > 0
        let options = WorkerPool.Options(
            workers: concurrency.procs.count,
            window: paced ? concurrency.concurrency : max(2 * concurrency.concurrency, 16), grace: runOptions.grace,
            configuration: configuration, ordered: outputOptions.ordered, shard: runOptions.shard, skip: skip,
            formatter: outputOptions.formatter)
        let pool = try WorkerPool(options: options, outputFD: output)
        defer { pool.close() }
        return try pool.run(input: LineReader(fd: fd), signals: signals, monitor: monitor)
    }
}
