import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One run of the built `crawl` binary: its exit status, stderr, and stdout parsed as JSON Lines.
struct CrawlRun {
    let status: Int32
    let stdout: Data
    let stderr: String

    /// Every stdout line, parsed; a line that is not a JSON object is a test failure by itself.
    var records: [[String: Any]] {
        get throws {
            guard !stdout.isEmpty else { return [] }
            guard stdout.last == 0x0A else { throw RunError.partialLastLine }
            return try stdout.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { line in
                guard String(data: Data(line), encoding: .utf8) != nil else { throw RunError.invalidUTF8 }
                guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    throw RunError.notAnObject(String(decoding: line, as: UTF8.self))
                }
                return object
            }
        }
    }

    /// The exit status the records call for: 0 when some record got a 2xx/3xx (or there are
    /// none), 2 when every URL failed (see `crawl --help`, "Exit status").
    var expectedStatus: Int32 {
        guard let records = try? records, !records.isEmpty else { return 0 }
        return records.contains { ($0["status"] as? Int).map { (200..<400).contains($0) } ?? false } ? 0 : 2
    }

    enum RunError: Error {
        case partialLastLine, invalidUTF8, notAnObject(String)
    }

    /// Runs `crawl` (or `executable`) with `arguments`, feeding `stdin` if given, and waits for it to exit.
    static func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], executable: URL = Binaries.crawl
    ) throws -> CrawlRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            // crawl may exit without reading its input (usage errors): that must be EPIPE for this
            // writer, not SIGPIPE for the whole test process.
            signal(SIGPIPE, SIG_IGN)
            let writer = input.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
        }
        // Drain both pipes concurrently so neither can fill up and stall the child.
        let errReader = err.fileHandleForReading
        let errBox = DataBox()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errBox.data = errReader.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CrawlRun(
            status: process.terminationStatus, stdout: outData, stderr: String(decoding: errBox.data, as: UTF8.self))
    }
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
