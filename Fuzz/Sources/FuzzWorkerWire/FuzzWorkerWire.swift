import FuzzDriver
@testable import CrawlCore

/// The `--procs` wire format (`WorkerWire`): any line either side could read must parse or be
/// refused without a crash, and what parses writes back as the same line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let line = Array(UnsafeBufferPointer(start: data, count: size)).prefix { $0 != 0x0A }
    if let job = WorkerWire.job(line) {
        var out: [UInt8] = []
        WorkerWire.append(job, to: &out)
        guard let again = WorkerWire.job(out.dropLast()), again.line == job.line, again.attempt == job.attempt,
            again.scheme == job.scheme, again.keepsConnection == job.keepsConnection, again.url == job.url
        else { fatalError("a job line that does not survive the round trip: \(line)") }
    }
    _ = WorkerWire.answer(line)
    if let retry = WorkerWire.again(line) {
        var job = Job(line: 1, url: retry.url, hostKey: 0, attempt: retry.attempt, scheme: retry.scheme)
        job.keepsConnection = true
        var out: [UInt8] = []
        WorkerWire.appendAgain(job, afterMS: retry.afterMS, to: &out)
        // `N<TAB>!` then the fields again.
        guard let bang = out.firstIndex(of: UInt8(ascii: "!")), let back = WorkerWire.again(out[(bang + 1)..<(out.count - 1)]),
            back.afterMS == retry.afterMS, back.attempt == retry.attempt, back.scheme == retry.scheme, back.url == retry.url
        else { fatalError("a retry line that does not survive the round trip: \(line)") }
    }
    return 0
}

/// The entry point SwiftPM's renamed `main` calls (see `FuzzDriver`).
@_cdecl("FuzzWorkerWire_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { data, size in fuzz(data!, size) }
}
