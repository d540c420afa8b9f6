import FuzzDriver
@testable import CrawlCore

/// The title and charset extraction on arbitrary bytes, with the differential property the
/// chunking tests check on chosen pages: every chunking of a body gives the same record.
///
/// Input: a Content-Type value up to the first newline (empty: no header), then 8 bytes that seed
/// the chunk sizes, then the body. The body is fed whole, then in chunks, through one extractor
/// (so `begin`'s reset is exercised too); title, charset and its source must agree.
nonisolated(unsafe) let extractor = TitleExtractor()

struct Outcome: Equatable {
    var title: String?
    var charset: String?
    var source: CharsetSource?
}

func extract(_ body: [UInt8], contentType: String?, chunks: inout SplitMix) -> Outcome {
    extractor.begin(contentType: contentType)
    var offset = 0
    body.withUnsafeBytes { all in
        while offset < all.count {
            let size = chunks.isWhole ? all.count : 1 + Int(chunks.next() % 1500)
            let end = min(all.count, offset + size)
            if extractor.feed(UnsafeRawBufferPointer(rebasing: all[offset..<end])) { offset = all.count; return }
            offset = end
        }
    }
    if !extractor.isComplete { extractor.finish() }
    return Outcome(title: extractor.title, charset: extractor.charset?.name, source: extractor.charsetSource)
}

/// splitmix64: chunk sizes from the input's seed; `isWhole` for the unchunked pass.
struct SplitMix {
    var state: UInt64
    var isWhole = false

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let newline = input.prefix(200).firstIndex(of: 0x0A)
    let typeBytes = newline.map { input[..<$0] } ?? []
    var rest = newline.map { input[($0 + 1)...] } ?? input[...]
    var seed: UInt64 = 0
    for byte in rest.prefix(8) { seed = seed << 8 | UInt64(byte) }
    rest = rest.dropFirst(8)
    let contentType = typeBytes.isEmpty ? nil : String(decoding: typeBytes, as: UTF8.self)
    let body = Array(rest)
    var whole = SplitMix(state: 0, isWhole: true)
    let reference = extract(body, contentType: contentType, chunks: &whole)
    var chunks = SplitMix(state: seed)
    let chunked = extract(body, contentType: contentType, chunks: &chunks)
    if reference != chunked {
        fatalError("chunking changed the record: \(reference) whole, \(chunked) in chunks (seed \(seed))")
    }
    if let title = reference.title, title.unicodeScalars.contains(where: { $0.value == 0 }) {
        fatalError("a NUL in the title \(title.debugDescription)")
    }
    return 0
}

/// The entry point SwiftPM's renamed `main` calls (see `FuzzDriver`).
@_cdecl("FuzzTitle_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    FuzzDriver.run(argc, argv) { data, size in fuzz(data!, size) }
}
