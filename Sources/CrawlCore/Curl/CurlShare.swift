import CCurl

/// A curl share handle, for the cookies of a loop's transfers when `--cookies` is on.
///
/// Connections and the DNS cache are already shared by every handle of the multi handle; the DNS
/// cache is not put here because libcurl 7.88 gives a share's DNS hash 23 buckets, the multi's 71,
/// and walks a chain per lookup. TLS sessions are kept by `TLSSessionCache` (libcurl's shared
/// cache holds 8).
final class CurlShare {
    private(set) var handle: UnsafeMutableRawPointer?

    init(cookies: Bool) throws {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_share_init() else { throw CurlError(call: "curl_share_init", message: "out of memory") }
        var kinds: [curl_lock_data] = []
        if cookies { kinds.append(CURL_LOCK_DATA_COOKIE) }
        for kind in kinds {
            let code = CCurl_share_setopt_long(handle, CURLSHOPT_SHARE, Int(kind.rawValue))
            guard code == CURLSHE_OK else {
                curl_share_cleanup(handle)
                throw CurlError(call: "curl_share_setopt", message: String(cString: curl_share_strerror(code)))
            }
        }
        // Owned only once it is set up: a failure above left no handle for `deinit` to find open.
        self.handle = handle
    }

    deinit {
        assert(handle == nil, "CurlShare was not closed")
    }

    /// Only after every easy handle using it is cleaned up.
    func close() {
        guard let handle else { return }
        curl_share_cleanup(handle)
        self.handle = nil
    }
}

/// A `curl_slist` (headers, `--resolve` entries): libcurl keeps the pointer, so the list lives
/// until every easy handle using it is cleaned up.
final class CurlStringList {
    private(set) var list: UnsafeMutablePointer<curl_slist>?
    private var closed = false

    init(_ strings: [String]) throws {
        for string in strings {
            guard let next = curl_slist_append(list, string) else {
                curl_slist_free_all(list)
                throw CurlError(call: "curl_slist_append", message: "out of memory")
            }
            list = next
        }
    }

    deinit {
        assert(closed, "CurlStringList was not closed")
    }

    func close() {
        guard !closed else { return }
        closed = true
        curl_slist_free_all(list)
        list = nil
    }
}
