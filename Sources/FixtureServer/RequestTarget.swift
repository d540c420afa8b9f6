/// A request target reduced to the origin form the routes understand.
///
/// Two kinds of wrapping are peeled off before routing:
///  * the absolute form a client sends to a forward proxy (`http://host:port/path?q`),
///    so `--proxy` tests can point a client at this server and get the same pages back;
///  * a `/track/<tag>/` prefix, which only asks for the request to be counted under
///    `<tag>` (see `RequestTracker`) and otherwise routes exactly like the rest.
///
/// Everything that looks at the path (routing, `ForcedAcceptEncoding`) goes through
/// this, so a proxied or tracked `/gzip/x` is still compressed.
struct RequestTarget: Equatable {
    /// The origin-form target to route: a path starting with `/`, query kept.
    let routed: Substring
    /// The request came in absolute form, i.e. through a proxy.
    let isProxied: Bool
    /// The percent-decoded `<tag>` of a `/track/<tag>/` prefix.
    let trackTag: String?

    init(uri: String) {
        var target = uri[...]
        var proxied = false
        if let originForm = Self.stripSchemeAndAuthority(target) {
            target = originForm
            proxied = true
        }
        self.isProxied = proxied
        (self.routed, self.trackTag) = Self.stripTrackPrefix(target)
    }

    /// `http://a.b:8/x?q` -> `/x?q`, `http://a.b?q` -> `?q` (routed as `/`); nil if `target`
    /// is not in absolute form (origin form starts with `/`, `*` is `OPTIONS`-only).
    private static func stripSchemeAndAuthority(_ target: Substring) -> Substring? {
        guard let first = target.first, first != "/", first != "*",
            let colon = target.firstIndex(of: ":"),
            target[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }),
            target[colon...].hasPrefix("://")
        else { return nil }
        let authorityAndRest = target[target.index(colon, offsetBy: 3)...]
        let pathStart: Substring.Index =
            authorityAndRest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? authorityAndRest.endIndex
        let rest = authorityAndRest[pathStart...]
        // A fragment is never sent on purpose; drop it rather than route it as path.
        let withoutFragment = rest.firstIndex(of: "#").map { rest[..<$0] } ?? rest
        return withoutFragment.first == "/" ? withoutFragment : Substring("/" + withoutFragment)
    }

    /// `/track/t1/delay/200?x` -> (`/delay/200?x`, `t1`). Needs the slash after the tag,
    /// so `/track/t1` alone is not a tracked request (it routes, and 404s, as itself).
    private static func stripTrackPrefix(_ target: Substring) -> (Substring, String?) {
        let prefix = "/track/"
        guard target.hasPrefix(prefix) else { return (target, nil) }
        let afterPrefix = target.dropFirst(prefix.count)
        guard let slash = afterPrefix.firstIndex(where: { $0 == "/" || $0 == "?" }), afterPrefix[slash] == "/",
            slash != afterPrefix.startIndex
        else { return (target, nil) }
        let tag = Request.percentDecode(afterPrefix[..<slash], plusIsSpace: false)
        return (afterPrefix[slash...], tag)
    }
}
