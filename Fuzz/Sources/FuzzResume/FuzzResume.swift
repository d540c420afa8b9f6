import Glibc
import FuzzDriver
@testable import CrawlCore

/// `--resume`'s reader of an earlier output (JSON Lines, CSV or TSV, possibly cut mid-line, possibly
/// anything): it must not crash or blow up memory, count at most one line per row, and stop its
/// complete part at a newline.
// Glibc, not Foundation: Foundation's ICU and the system ICU that libxml2's headers bring
// (through CrawlCore) clash in one module ("UErrorCode has different definitions").
let path = "/tmp/crawl-fuzz-resume-\(getpid())"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { fatalError("cannot write \(path)") }
    var written = 0
    while written < size {
        let n = write(fd, data + written, size - written)
        guard n > 0 else { fatalError("cannot write \(path)") }
        written += n
    }
    close(fd)
    guard let answered = try? AnsweredLines(path: path) else { return 0 }
    let rows = bytes.filter { $0 == 0x0A }.count
    if answered.count > rows { fatalError("\(answered.count) lines answered in \(rows) rows") }
    if answered.completeLength > size || (answered.completeLength > 0 && bytes[answered.completeLength - 1] != 0x0A) {
        fatalError("the complete part ends at \(answered.completeLength), not after a newline")
    }
    return 0
}

/// The entry point SwiftPM's renamed `main` calls (see `FuzzDriver`).
@_cdecl("FuzzResume_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { data, size in fuzz(data!, size) }
}
