import CCurl

/// Why a URL has no complete result: a short, stable word for scripts (`select(.error == "dns")`),
/// documented in the README. The human detail goes in `error_detail`.
public enum ErrorKind: String, Codable, Sendable, CaseIterable {
    /// The line is not a URL libcurl can parse.
    case badURL = "bad_url"
    /// A scheme other than http or https, in the input or in a redirect.
    case unsupportedScheme = "unsupported_scheme"
    /// The host name does not resolve: it does not exist (NXDOMAIN) or has no address. Final:
    /// not retried, and the name is not asked again for 10 minutes.
    case dns
    /// The DNS server did not answer or failed (timeout, SERVFAIL, refused): retried.
    case dnsTemporary = "dns_temporary"
    /// No TCP connection could be made (refused, unreachable).
    case connect
    /// TLS handshake or certificate verification failed.
    case tls
    /// The transfer or the connection attempt ran out of time.
    case timeout
    /// Slower than `--low-speed` bytes a second over `--low-speed-time` seconds: cut off early.
    case tooSlow = "too_slow"
    /// More redirects than `--max-redirects`.
    case tooManyRedirects = "too_many_redirects"
    /// The body grew past `--max-bytes` (after decompression) before a title was found.
    case tooLarge = "too_large"
    /// The connection ended before the body the server announced.
    case truncated
    /// The server closed the connection without sending a response.
    case emptyResponse = "empty_response"
    /// Sending or receiving failed mid-transfer (reset by peer and the like).
    case network
    /// The server broke HTTP: a malformed response (no status line, as HTTP/0.9 or garbage; an
    /// unknown version; a status outside 100–999; a bad header, chunk or content encoding), an
    /// HTTP/2 error.
    case `protocol`
    /// The response's headers are past libcurl's limits: one line over 100 KB
    /// (`CURL_MAX_HTTP_HEADER`) or 300 KB in all. Not retried.
    case headerTooLarge = "header_too_large"
    /// An HTTP-level failure reported by libcurl (reserved; HTTP statuses themselves are not errors).
    case http
    /// The worker process fetching this URL died twice (crash, OOM kill, kill -9): once, then again
    /// on the retry in a fresh worker.
    case workerCrashed = "worker_crashed"
    /// Anything else libcurl reports; `error_detail` says what.
    case other

    /// Maps libcurl's result code, with its message (`CURLOPT_ERRORBUFFER`) where one code covers
    /// several things, to a kind. Codes this crawler never provokes fall into `.other`.
    ///
    /// - Parameter headersDone: whether the response's headers had all arrived (a body began).
    init(curlCode code: CURLcode, detail: String = "", headersDone: Bool = false) {
        switch code {
        case CURLE_URL_MALFORMAT:
            self = .badURL
        case CURLE_UNSUPPORTED_PROTOCOL:
            // crawl checks every scheme itself, redirects included, before libcurl sees a URL
            // (`CurlURLParser.check`). From libcurl this code means the reply: "Received HTTP/0.9
            // when not allowed" (no status line: garbage), "Unsupported response code in HTTP
            // response" (status 9999), an unknown HTTP version.
            self = .protocol
        case CURLE_OUT_OF_MEMORY where !headersDone:
            // libcurl 7.88 refuses a header line over 100 KB this way ("Avoided giant realloc for
            // header", in the verbose log only): a 10 MB header line ends here, not a lack of memory.
            self = .headerTooLarge
        case CURLE_RECV_ERROR where detail.hasPrefix("Too large response headers"):
            self = .headerTooLarge
        case CURLE_RECV_ERROR where detail.contains("chunked-encoding") || detail.contains("chunk hex-length"):
            self = .protocol
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self = .dns
        case CURLE_COULDNT_CONNECT, CURLE_PROXY, CURLE_INTERFACE_FAILED, CURLE_NO_CONNECTION_AVAILABLE,
            CURLE_QUIC_CONNECT_ERROR:
            self = .connect
        case CURLE_OPERATION_TIMEDOUT:
            self = .timeout
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER,
            CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_USE_SSL_FAILED,
            CURLE_SSL_ENGINE_INITFAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_CLIENTCERT:
            self = .tls
        case CURLE_TOO_MANY_REDIRECTS:
            self = .tooManyRedirects
        case CURLE_FILESIZE_EXCEEDED:
            self = .tooLarge
        case CURLE_PARTIAL_FILE:
            self = .truncated
        case CURLE_GOT_NOTHING:
            self = .emptyResponse
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_SEND_FAIL_REWIND:
            self = .network
        case CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_HTTP3, CURLE_BAD_CONTENT_ENCODING:
            self = .protocol
        case CURLE_HTTP_RETURNED_ERROR:
            self = .http
        default:
            self = .other
        }
    }
}
