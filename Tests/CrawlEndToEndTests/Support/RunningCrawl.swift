import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A `crawl` process the test can signal while it runs: stdout goes to a file, so whatever it
/// wrote before dying can be inspected whole.
final class RunningCrawl {
    let process = Process()
    let outputPath: String
    private let errPipe = Pipe()

    init(_ arguments: [String], output: URL, append: Bool = false) throws {
        outputPath = output.path
        if !append || !FileManager.default.fileExists(atPath: output.path) {
            _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        }
        let handle = try FileHandle(forWritingTo: output)
        if append { try handle.seekToEnd() }
        process.executableURL = Binaries.crawl
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = errPipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try handle.close()
    }

    var pid: pid_t { process.processIdentifier }

    /// The worker processes right now (children of the crawl process).
    func children() -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0) }
    }

    /// Waits until the output has at least `lines` lines (bounded: fails the wait after 30 s).
    func waitForOutput(lines: Int) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if let data = FileManager.default.contents(atPath: outputPath), data.filter({ $0 == 0x0A }).count >= lines {
                return true
            }
            usleep(20_000)
        }
        return false
    }

    /// Waits for exit, bounded: a run that hangs is killed and reported as status -1.
    func finish(within seconds: Double = 60) -> (status: Int32, stderr: String) {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            kill(pid, SIGKILL)
            process.waitUntilExit()
            return (-1, "hung")
        }
        let stderr = String(decoding: errPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, stderr)
    }

    /// The output file's records; throws on a partial or invalid line.
    func records() throws -> [[String: Any]] {
        try CrawlRun(status: 0, stdout: Data(contentsOf: URL(fileURLWithPath: outputPath)), stderr: "").records
    }
}

func processExists(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
    // A zombie has exited; only its parent's reaping is missing.
    return !stat.contains(") Z ")
}
