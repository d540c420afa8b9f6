#if canImport(Glibc)
import Glibc
#endif

/// A URL line on its way to a worker.
struct QueuedLine {
    /// Input line number: what the record's `line` says and what the worker echoes back.
    var number: Int
    /// Position among the lines that produce a record (for `--ordered`).
    var sequence: Int
    /// 1 the first time, 2 when retried after a worker crash.
    var attempt: Int
    var url: String
}

/// The lines waiting for one worker, FIFO: the first `memoryLimit` in memory, the rest in an
/// unlinked temporary file.
///
/// This is what keeps one huge host from idling the other workers: the parent keeps reading the
/// input for them while that host's lines wait here, and memory stays flat however long it waits.
final class LineQueue {
    private var memory: [QueuedLine] = []
    private var head = 0
    private let memoryLimit: Int
    private var spill: Int32 = -1
    private var spillWrite: off_t = 0
    private var spillRead: off_t = 0
    private var spilled = 0

    init(memoryLimit: Int = 4096) {
        self.memoryLimit = memoryLimit
    }

    deinit {
        assert(spill == -1, "LineQueue was not closed")
    }

    var count: Int { memory.count - head + spilled }
    var isEmpty: Bool { count == 0 }

    func append(_ line: QueuedLine) throws {
        if spilled == 0 && memory.count - head < memoryLimit {
            memory.append(line)
            return
        }
        try spillOut(line)
    }

    /// Retried lines go first: they have waited longest.
    func prepend(_ line: QueuedLine) {
        if head > 0 {
            head -= 1
            memory[head] = line
        } else {
            memory.insert(line, at: 0)
        }
    }

    func popFirst() throws -> QueuedLine? {
        if head == memory.count {
            memory.removeAll(keepingCapacity: true)
            head = 0
            if spilled > 0 { try refill() }
            if memory.isEmpty { return nil }
        }
        let line = memory[head]
        head += 1
        return line
    }

    /// Empties the queue and hands back every line (when stopping or when a worker slot gives up).
    func drain() throws -> [QueuedLine] {
        var all: [QueuedLine] = []
        while let line = try popFirst() { all.append(line) }
        return all
    }

    func close() {
        guard spill != -1 else { return }
        _ = Glibc.close(spill)
        spill = -1
    }

    // MARK: - Spill file: `number TAB sequence TAB attempt TAB url LF`

    private func spillOut(_ line: QueuedLine) throws {
        if spill == -1 {
            let dir = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
            var template = Array("\(dir)/crawl-queue-XXXXXX".utf8CString)
            spill = try syscall("mkstemp") { template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) } }
            unlink(template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) })
        }
        let bytes = Array("\(line.number)\t\(line.sequence)\t\(line.attempt)\t\(line.url)\n".utf8)
        var offset = 0
        while offset < bytes.count {
            let n = try syscall("pwrite(queue)") {
                bytes.withUnsafeBytes { pwrite(spill, $0.baseAddress! + offset, $0.count - offset, spillWrite) }
            }
            offset += n
            spillWrite += off_t(n)
        }
        spilled += 1
    }

    private func refill() throws {
        var buffer = [UInt8](repeating: 0, count: 256 * 1024)
        let n = try syscall("pread(queue)") {
            buffer.withUnsafeMutableBytes { pread(spill, $0.baseAddress, $0.count, spillRead) }
        }
        var start = 0
        while let newline = buffer[start..<n].firstIndex(of: 0x0A) {
            let fields = buffer[start..<newline].split(separator: 0x09, maxSplits: 3, omittingEmptySubsequences: false)
            let text = fields.map { String(decoding: $0, as: UTF8.self) }
            memory.append(QueuedLine(number: Int(text[0])!, sequence: Int(text[1])!, attempt: Int(text[2])!, url: text[3]))
            spillRead += off_t(newline + 1 - start)
            spilled -= 1
            start = newline + 1
        }
        if spilled == 0 {
            // Everything spilled is back in memory: reclaim the disk space.
            _ = ftruncate(spill, 0)
            spillWrite = 0
            spillRead = 0
        }
    }
}
