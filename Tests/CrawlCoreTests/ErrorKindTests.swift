import CCurl
import Testing

@testable import CrawlCore

/// Every error code of libcurl 7.88 (`CURLE_UNSUPPORTED_PROTOCOL` … `CURLE_UNRECOVERABLE_POLL`),
/// with the kind a record gives it (issue 15). A change to the mapping is a change to this table.
@Suite struct ErrorKindTests {
    /// The kind of each code as libcurl's message alone would not tell (`detail` empty, headers
    /// not done).
    static let table: [(CURLcode, ErrorKind)] = [
        (CURLE_UNSUPPORTED_PROTOCOL, .protocol),
        (CURLE_FAILED_INIT, .other),
        (CURLE_URL_MALFORMAT, .badURL),
        (CURLE_NOT_BUILT_IN, .other),
        (CURLE_COULDNT_RESOLVE_PROXY, .dns),
        (CURLE_COULDNT_RESOLVE_HOST, .dns),
        (CURLE_COULDNT_CONNECT, .connect),
        (CURLE_WEIRD_SERVER_REPLY, .protocol),
        (CURLE_REMOTE_ACCESS_DENIED, .other),
        (CURLE_FTP_ACCEPT_FAILED, .other),
        (CURLE_FTP_WEIRD_PASS_REPLY, .other),
        (CURLE_FTP_ACCEPT_TIMEOUT, .other),
        (CURLE_FTP_WEIRD_PASV_REPLY, .other),
        (CURLE_FTP_WEIRD_227_FORMAT, .other),
        (CURLE_FTP_CANT_GET_HOST, .other),
        (CURLE_HTTP2, .protocol),
        (CURLE_FTP_COULDNT_SET_TYPE, .other),
        (CURLE_PARTIAL_FILE, .truncated),
        (CURLE_FTP_COULDNT_RETR_FILE, .other),
        (CURLE_OBSOLETE20, .other),
        (CURLE_QUOTE_ERROR, .other),
        (CURLE_HTTP_RETURNED_ERROR, .http),
        (CURLE_WRITE_ERROR, .other),
        (CURLE_OBSOLETE24, .other),
        (CURLE_UPLOAD_FAILED, .other),
        (CURLE_READ_ERROR, .other),
        (CURLE_OUT_OF_MEMORY, .headerTooLarge),
        (CURLE_OPERATION_TIMEDOUT, .timeout),
        (CURLE_OBSOLETE29, .other),
        (CURLE_FTP_PORT_FAILED, .other),
        (CURLE_FTP_COULDNT_USE_REST, .other),
        (CURLE_OBSOLETE32, .other),
        (CURLE_RANGE_ERROR, .other),
        (CURLE_HTTP_POST_ERROR, .other),
        (CURLE_SSL_CONNECT_ERROR, .tls),
        (CURLE_BAD_DOWNLOAD_RESUME, .other),
        (CURLE_FILE_COULDNT_READ_FILE, .other),
        (CURLE_LDAP_CANNOT_BIND, .other),
        (CURLE_LDAP_SEARCH_FAILED, .other),
        (CURLE_OBSOLETE40, .other),
        (CURLE_FUNCTION_NOT_FOUND, .other),
        (CURLE_ABORTED_BY_CALLBACK, .other),
        (CURLE_BAD_FUNCTION_ARGUMENT, .other),
        (CURLE_OBSOLETE44, .other),
        (CURLE_INTERFACE_FAILED, .connect),
        (CURLE_OBSOLETE46, .other),
        (CURLE_TOO_MANY_REDIRECTS, .tooManyRedirects),
        (CURLE_UNKNOWN_OPTION, .other),
        (CURLE_SETOPT_OPTION_SYNTAX, .other),
        (CURLE_OBSOLETE50, .other),
        (CURLE_OBSOLETE51, .other),
        (CURLE_GOT_NOTHING, .emptyResponse),
        (CURLE_SSL_ENGINE_NOTFOUND, .tls),
        (CURLE_SSL_ENGINE_SETFAILED, .tls),
        (CURLE_SEND_ERROR, .network),
        (CURLE_RECV_ERROR, .network),
        (CURLE_OBSOLETE57, .other),
        (CURLE_SSL_CERTPROBLEM, .tls),
        (CURLE_SSL_CIPHER, .tls),
        (CURLE_PEER_FAILED_VERIFICATION, .tls),
        (CURLE_BAD_CONTENT_ENCODING, .protocol),
        (CURLE_OBSOLETE62, .other),
        (CURLE_FILESIZE_EXCEEDED, .tooLarge),
        (CURLE_USE_SSL_FAILED, .tls),
        (CURLE_SEND_FAIL_REWIND, .network),
        (CURLE_SSL_ENGINE_INITFAILED, .tls),
        (CURLE_LOGIN_DENIED, .other),
        (CURLE_TFTP_NOTFOUND, .other),
        (CURLE_TFTP_PERM, .other),
        (CURLE_REMOTE_DISK_FULL, .other),
        (CURLE_TFTP_ILLEGAL, .other),
        (CURLE_TFTP_UNKNOWNID, .other),
        (CURLE_REMOTE_FILE_EXISTS, .other),
        (CURLE_TFTP_NOSUCHUSER, .other),
        (CURLE_OBSOLETE75, .other),
        (CURLE_OBSOLETE76, .other),
        (CURLE_SSL_CACERT_BADFILE, .tls),
        (CURLE_REMOTE_FILE_NOT_FOUND, .other),
        (CURLE_SSH, .other),
        (CURLE_SSL_SHUTDOWN_FAILED, .tls),
        (CURLE_AGAIN, .other),
        (CURLE_SSL_CRL_BADFILE, .tls),
        (CURLE_SSL_ISSUER_ERROR, .tls),
        (CURLE_FTP_PRET_FAILED, .other),
        (CURLE_RTSP_CSEQ_ERROR, .other),
        (CURLE_RTSP_SESSION_ERROR, .other),
        (CURLE_FTP_BAD_FILE_LIST, .other),
        (CURLE_CHUNK_FAILED, .other),
        (CURLE_NO_CONNECTION_AVAILABLE, .connect),
        (CURLE_SSL_PINNEDPUBKEYNOTMATCH, .tls),
        (CURLE_SSL_INVALIDCERTSTATUS, .tls),
        (CURLE_HTTP2_STREAM, .protocol),
        (CURLE_RECURSIVE_API_CALL, .other),
        (CURLE_AUTH_ERROR, .other),
        (CURLE_HTTP3, .protocol),
        (CURLE_QUIC_CONNECT_ERROR, .connect),
        (CURLE_PROXY, .connect),
        (CURLE_SSL_CLIENTCERT, .tls),
        (CURLE_UNRECOVERABLE_POLL, .other),
    ]

    @Test func everyCodeHasItsKind() {
        for (code, kind) in Self.table {
            #expect(ErrorKind(curlCode: code) == kind, "\(String(cString: curl_easy_strerror(code))) (\(code.rawValue))")
        }
    }

    /// The table names every code there is: none added to libcurl's header goes unchecked.
    @Test func theTableCoversEveryCode() {
        let listed = Set(Self.table.map(\.0.rawValue))
        #expect(listed == Set(1..<CURL_LAST.rawValue))
    }

    /// Codes that cover several things: the message, or whether the headers were done, decides.
    @Test(arguments: [
        (CURLE_OUT_OF_MEMORY, "", true, ErrorKind.other),
        (CURLE_RECV_ERROR, "Too large response headers: 307212 > 307200", false, .headerTooLarge),
        (CURLE_RECV_ERROR, "Illegal or missing hexadecimal sequence in chunked-encoding", true, .protocol),
        (CURLE_RECV_ERROR, "chunk hex-length char not a hex digit: 0x7a", true, .protocol),
        (CURLE_RECV_ERROR, "Failure when receiving data from the peer", true, .network),
        (CURLE_UNSUPPORTED_PROTOCOL, "Received HTTP/0.9 when not allowed", false, .protocol),
        (CURLE_UNSUPPORTED_PROTOCOL, "Unsupported response code in HTTP response", false, .protocol),
    ])
    func theMessageDecidesWhereACodeIsShared(code: CURLcode, detail: String, headersDone: Bool, kind: ErrorKind) {
        #expect(ErrorKind(curlCode: code, detail: detail, headersDone: headersDone) == kind)
    }

    /// A scheme crawl does not fetch never reaches libcurl: the parser says so first, for a line
    /// and for a redirect's target alike, so `unsupported_scheme` always means the URL's scheme.
    @Test(arguments: ["ftp://example.test/", "file:///etc/passwd", "gopher://h/", "dict://h/"])
    func schemesAreRefusedBeforeLibcurl(url: String) throws {
        let parser = try CurlURLParser()
        defer { parser.close() }
        guard case .reject(let kind, _) = parser.check(url) else {
            Issue.record("\(url) was let through")
            return
        }
        #expect(kind == .unsupportedScheme)
    }
}
