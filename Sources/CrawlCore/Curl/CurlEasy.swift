import CCurl
import COpenSSL

/// One libcurl easy handle, reused for transfer after transfer so its settings are made once.
///
/// The typed `set` overloads mirror the C shim's suffixes: libcurl reads an option's argument as a
/// `long`, `curl_off_t`, string or pointer, and the overload chosen by the Swift type passes exactly that.
final class CurlEasy {
    private(set) var handle: UnsafeMutableRawPointer?

    init() throws {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_easy_init() else {
            throw CurlError(call: "curl_easy_init", message: "out of memory")
        }
        self.handle = handle
    }

    deinit {
        assert(handle == nil, "CurlEasy was not closed")
    }

    var raw: UnsafeMutableRawPointer {
        guard let handle else { preconditionFailure("CurlEasy used after close()") }
        return handle
    }

    func set(_ option: CURLoption, _ value: Int) throws {
        try CurlError.check(CCurl_easy_setopt_long(raw, option, value), "setopt(\(option.rawValue))")
    }

    func set(_ option: CURLoption, _ value: Bool) throws {
        try set(option, value ? 1 : 0)
    }

    func set(_ option: CURLoption, offset value: Int64) throws {
        try CurlError.check(CCurl_easy_setopt_off_t(raw, option, curl_off_t(value)), "setopt(\(option.rawValue))")
    }

    func set(_ option: CURLoption, _ value: String?) throws {
        let code: CURLcode
        if let value {
            code = value.withCString { CCurl_easy_setopt_string(raw, option, $0) }
        } else {
            code = CCurl_easy_setopt_string(raw, option, nil)
        }
        try CurlError.check(code, "setopt(\(option.rawValue))")
    }

    /// For options whose pointer libcurl keeps (PRIVATE, WRITEDATA, ERRORBUFFER): the caller owns
    /// the memory and keeps it alive for as long as this handle may use it.
    func set(_ option: CURLoption, pointer value: UnsafeMutableRawPointer?) throws {
        try CurlError.check(CCurl_easy_setopt_ptr(raw, option, value), "setopt(\(option.rawValue))")
    }

    /// For `curl_slist` options: the list must outlive this handle (see `CurlStringList`).
    func set(_ option: CURLoption, list: CurlStringList) throws {
        try CurlError.check(CCurl_easy_setopt_slist(raw, option, list.list), "setopt(\(option.rawValue))")
    }

    func set(_ option: CURLoption, share: CurlShare) throws {
        try CurlError.check(CCurl_easy_setopt_ptr(raw, option, share.handle), "setopt(\(option.rawValue))")
    }

    func set(_ option: CURLoption, callback: CCurl_data_cb) throws {
        try CurlError.check(CCurl_easy_setopt_data_cb(raw, option, callback), "setopt(\(option.rawValue))")
    }

    func set(sslContextCallback: CCurl_ssl_ctx_cb) throws {
        try CurlError.check(CCurl_easy_setopt_ssl_ctx_cb(raw, sslContextCallback), "setopt(SSL_CTX_FUNCTION)")
    }

    func infoLong(_ info: CURLINFO) -> Int {
        var value = 0
        return CCurl_easy_getinfo_long(raw, info, &value) == CURLE_OK ? value : 0
    }

    func infoOffset(_ info: CURLINFO) -> Int64? {
        var value: curl_off_t = 0
        return CCurl_easy_getinfo_off_t(raw, info, &value) == CURLE_OK ? Int64(value) : nil
    }

    func infoString(_ info: CURLINFO) -> String? {
        var value: UnsafeMutablePointer<CChar>?
        guard CCurl_easy_getinfo_string(raw, info, &value) == CURLE_OK, let value else { return nil }
        return String(cString: value)
    }

    func infoPointer(_ info: CURLINFO) -> UnsafeMutableRawPointer? {
        var value: UnsafeMutableRawPointer?
        guard CCurl_easy_getinfo_ptr(raw, info, &value) == CURLE_OK else { return nil }
        return value
    }

    /// Whether the TLS connection this transfer runs on resumed a session: nil on plain http or
    /// another TLS library. Only while the transfer runs (from a header or body callback): once it
    /// is done, libcurl has detached the connection and the `SSL *` may already be freed.
    var tlsSessionResumed: Bool? {
        var value: UnsafeMutableRawPointer?
        guard CCurl_easy_getinfo_ptr(raw, CURLINFO_TLS_SSL_PTR, &value) == CURLE_OK, let value else { return nil }
        let info = value.assumingMemoryBound(to: curl_tlssessioninfo.self).pointee
        guard info.backend == CURLSSLBACKEND_OPENSSL, let ssl = info.internals else { return nil }
        return COpenSSL_session_reused(ssl) == 1
    }

    /// The handle must not be in a multi handle any more.
    func close() {
        guard let handle else { return }
        curl_easy_cleanup(handle)
        self.handle = nil
    }
}
