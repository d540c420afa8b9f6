import CCurl

/// libcurl's multi handle driven through the socket API: libcurl tells us which sockets to watch
/// (socket callback) and when to wake it (timer callback); we tell it which socket is ready.
///
/// The callbacks receive this object's owner (`Crawler`) as their user pointer; they only
/// touch epoll and the timer, never libcurl, as libcurl requires.
final class CurlMulti {
    private(set) var handle: UnsafeMutableRawPointer?

    init() throws {
        try CurlGlobal.ensureInitialised()
        guard let handle = curl_multi_init() else {
            throw CurlError(call: "curl_multi_init", message: "out of memory")
        }
        self.handle = handle
    }

    deinit {
        assert(handle == nil, "CurlMulti was not closed")
    }

    var raw: UnsafeMutableRawPointer {
        guard let handle else { preconditionFailure("CurlMulti used after close()") }
        return handle
    }

    func set(_ option: CURLMoption, _ value: Int) throws {
        try CurlError.check(CCurl_multi_setopt_long(raw, option, value), "multi_setopt(\(option.rawValue))")
    }

    func set(_ option: CURLMoption, pointer value: UnsafeMutableRawPointer?) throws {
        try CurlError.check(CCurl_multi_setopt_ptr(raw, option, value), "multi_setopt(\(option.rawValue))")
    }

    func set(socketCallback: CCurl_socket_cb) throws {
        try CurlError.check(
            CCurl_multi_setopt_socket_cb(raw, CURLMOPT_SOCKETFUNCTION, socketCallback), "SOCKETFUNCTION")
    }

    func set(timerCallback: CCurl_timer_cb) throws {
        try CurlError.check(CCurl_multi_setopt_timer_cb(raw, CURLMOPT_TIMERFUNCTION, timerCallback), "TIMERFUNCTION")
    }

    func add(_ easy: CurlEasy) throws {
        try CurlError.check(curl_multi_add_handle(raw, easy.raw), "curl_multi_add_handle")
    }

    func remove(_ easy: CurlEasy) throws {
        try CurlError.check(curl_multi_remove_handle(raw, easy.raw), "curl_multi_remove_handle")
    }

    /// Tells libcurl that `socket` is ready (`CURL_CSELECT_*` bits) or, for `CURL_SOCKET_TIMEOUT`,
    /// that its timer expired. An error here leaves every transfer in doubt, so it is thrown.
    func socketAction(_ socket: curl_socket_t, _ bits: Int32) throws {
        var running: Int32 = 0
        try CurlError.check(curl_multi_socket_action(raw, socket, bits, &running), "curl_multi_socket_action")
    }

    /// Calls `body` with each finished easy handle and its result code.
    func drainCompleted(_ body: (UnsafeMutableRawPointer, CURLcode) throws -> Void) rethrows {
        var left: Int32 = 0
        while let message = curl_multi_info_read(raw, &left) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            try body(easy, message.pointee.data.result)
        }
    }

    /// All easy handles must have been removed first.
    func close() {
        guard let handle else { return }
        curl_multi_cleanup(handle)
        self.handle = nil
    }
}
