import Foundation
import Testing

/// The command as a user meets it: input forms, usage errors, exit codes, output hygiene.
@Suite struct CommandLineTests {
    @Test func everyURLLineGetsOneRecordAndOthersNone() throws {
        let server = FixtureServerProcess.shared
        let input = """
            # a comment, then a blank line

            \(server.url("/gen/1"))\r
               \(server.url("/gen/2"))   
            not a url
            \(server.url("/gen/4").dropFirst("http://".count))
            ftp://127.0.0.1/file
            file:///etc/passwd
            http://exa mple.com/
            \(server.url("/gen/3"))
            """
        let run = try CrawlRun.run(["-", "--timeout", "5"], stdin: Data(input.utf8))
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 8)
        var byLine: [Int: [String: Any]] = [:]
        for record in records { byLine[record["line"] as! Int] = record }
        #expect(Set(byLine.keys) == [3, 4, 5, 6, 7, 8, 9, 10])
        #expect(byLine[3]?["title"] as? String == "Fixture page 1")
        #expect(byLine[3]?["url"] as? String == server.url("/gen/1"))
        #expect(byLine[4]?["title"] as? String == "Fixture page 2")
        #expect(byLine[5]?["error"] as? String == "bad_url")
        #expect(byLine[5]?["url"] as? String == "not a url")
        // Scheme-less: https is tried first, the plain-http fixture server fails its handshake, http answers.
        #expect(byLine[6]?["title"] as? String == "Fixture page 4")
        #expect(byLine[6]?["url"] as? String == String(server.url("/gen/4").dropFirst("http://".count)))
        #expect(byLine[6]?["final_url"] as? String == server.url("/gen/4"))
        #expect(byLine[6]?["attempts"] as? Int == 2)
        #expect(byLine[7]?["error"] as? String == "unsupported_scheme")
        #expect(byLine[8]?["error"] as? String == "unsupported_scheme")
        #expect(byLine[9]?["error"] as? String == "bad_url")
        #expect(byLine[10]?["title"] as? String == "Fixture page 3")
    }

    @Test func binaryGarbageInputNeverCrashes() throws {
        var bytes: [UInt8] = []
        var seed: UInt64 = 42
        for _ in 0..<20_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            bytes.append(UInt8(truncatingIfNeeded: seed >> 33))
        }
        let run = try CrawlRun.run(["-", "--timeout", "2", "--connect-timeout", "1"], stdin: Data(bytes))
        #expect(run.status == run.expectedStatus, "stderr: \(run.stderr)")
        let records = try run.records
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        let urlLines = lines.filter { line in
            let trimmed = line.drop { [0x20, 0x09, 0x0D, 0x0C].contains($0) }
            return !trimmed.allSatisfy { [0x20, 0x09, 0x0D, 0x0C].contains($0) } && trimmed.first != UInt8(ascii: "#")
        }
        #expect(records.count == urlLines.count)
        for record in records {
            #expect(record["error"] as? String != nil)
        }
    }

    @Test func thousandsOfURLsEachAnsweredOnce() throws {
        let server = FixtureServerProcess.shared
        let run = try CrawlRun.run([server.genURLsFile.path, "--concurrency", "64"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let records = try run.records
        #expect(records.count == 3000)
        var seen = Set<String>()
        for record in records {
            let url = record["url"] as? String ?? ""
            #expect(seen.insert(url).inserted, "\(url) answered twice")
            let n = url.split(separator: "/").last.map(String.init) ?? ""
            #expect(record["title"] as? String == "Fixture page \(n)")
            #expect(record["status"] as? Int == 200)
            #expect(record["error"] is NSNull)
        }
    }

    @Test(arguments: [
        ["/no/such/file"],
        ["/tmp"],
        ["-", "--concurrency", "0"],
        ["-", "--timeout", "-1"],
        ["-", "--max-bytes", "0"],
        ["-", "--procs", "zero"],
        ["-", "--no-such-flag"],
        ["-", "-c", "-1"],
        ["-", "--rate", "-5"],
        ["a.txt", "https://example.com/"],
    ])
    func usageErrorsGoToStderrWithNothingOnStdout(arguments: [String]) throws {
        let run = try CrawlRun.run(arguments, stdin: Data("http://127.0.0.1:1/\n".utf8))
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        // One line, in crawl's style, whoever found the error.
        #expect(run.stderr.hasPrefix("crawl: error: "), "stderr: \(run.stderr)")
        #expect(run.stderr.filter { $0 == "\n" }.count == 1, "stderr: \(run.stderr)")
    }

    @Test func helpAndVersion() throws {
        let help = try CrawlRun.run(["--help"])
        #expect(help.status == 0)
        let text = String(decoding: help.stdout, as: UTF8.self)
        for word in ["--concurrency", "--procs", "--timeout", "--connect-timeout", "--max-redirects", "--max-bytes",
                     "--user-agent", "--insecure", "CONCURRENCY", "LIMITS", "HTTP"] {
            #expect(text.contains(word), "help lacks \(word)")
        }
        let version = try CrawlRun.run(["--version"])
        #expect(version.status == 0)
        #expect(String(decoding: version.stdout, as: UTF8.self).hasPrefix("crawl "))
    }

    /// `crawl … | head -n 2`: the reader goes away; crawl must end quietly and promptly.
    @Test func closedStdoutEndsQuietly() throws {
        let server = FixtureServerProcess.shared
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" \"$1\" --concurrency 8 | head -n 2 >/dev/null; echo \"${PIPESTATUS:-}\"",
                             Binaries.crawl.path, server.genURLsFile.path]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(stderr.isEmpty, "stderr: \(stderr)")
    }
}
