import Testing

@testable import CrawlCore

/// Where the head ends in a document's first bytes (`HeadEnd`): the prescan's window for a page
/// that declares no encoding, so that it is decided at `</head>` rather than after 1024 bytes.
@Suite struct HeadEndTests {
    static func find(_ text: String) -> HeadEnd.Result {
        Array(text.utf8).withUnsafeBytes { HeadEnd.find(in: $0) }
    }

    @Test(arguments: [
        ("<html><head><title>T</title></head><body>", 28),
        ("<title>T</title><body>", 16),
        ("<!doctype html><html><head><title>T</title><p>x", 43),
        ("<html><head><!-- </head> --><script>if (a</head>b) {}</script></HEAD>", 62),
        ("<html><title>a </head> b</title></head>", 32),
        ("<html><head><meta content=\"a > b\"><link href='</head>'></head>", 55),
        ("<html><head></html>", 12),
        ("<head></BODY>", 6),
    ])
    func theHeadEndsAt(document: String, offset: Int) {
        #expect(Self.find(document) == .end(offset), "\(document)")
    }

    @Test(arguments: [
        "<html><head><title>T</title>",  // nothing ends it yet
        "<html><head><title>T</ti",
        "<html><head></hea",  // `</head` or `</header`?
        "<html><head><scr",
        "<html><head><!-- </head>",  // inside a comment
        "<html><head><script></head>",  // inside a script
        "<html><head><meta content=\"</head>",  // inside a quoted value
        "<?xml version=\"1.0\"?><rss><channel><title>Feed</title>",  // a feed has no head to end
    ])
    func notYet(document: String) {
        #expect(Self.find(document) == .unknown, "\(document)")
    }

    /// The answer depends on the bytes, not on how many have arrived: once a prefix shows the
    /// end, every longer prefix shows the same end (so the encoding decision is the same in any
    /// chunking).
    @Test func aPrefixNeverChangesItsAnswer() {
        var random = SplitMix64(state: 1415)
        let pieces = ["<html>", "<head>", "<title>", "</title>", "</head>", "<body>", "<p>", "<!--", "-->", "<script>",
            "</script>", "<meta charset=\"x\">", "\"", "'", "=", ">", "<", "/", "a", " ", "</he", "ad>", "<link rel=a>"]
        for _ in 0..<3000 {
            let document = Array((0..<Int.random(in: 1...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined().utf8)
            var first: Int?
            for length in 0...document.count {
                let result = document.withUnsafeBytes { HeadEnd.find(in: UnsafeRawBufferPointer(rebasing: $0.prefix(length))) }
                if let first {
                    #expect(result == .end(first), "\(String(decoding: document, as: UTF8.self)) at \(length)")
                } else if case .end(let end) = result {
                    first = end
                }
            }
        }
    }
}
