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
    /// The server broke HTTP: a malformed response, a bad content encoding, an HTTP/2 error.
    case `protocol`
    /// An HTTP-level failure reported by libcurl (reserved; HTTP statuses themselves are not errors).
    case http
    /// The worker process fetching this URL died twice (crash, OOM kill, kill -9): once, then again
    /// on the retry in a fresh worker.
    case workerCrashed = "worker_crashed"
    /// Anything else libcurl reports; `error_detail` says what.
    case other

    /// Maps libcurl's result code to a kind. Codes this crawler never provokes fall into `.other`.
    init(curlCode code: CURLcode) {
        switch code {
        case CURLE_URL_MALFORMAT:
            self = .badURL
        case CURLE_UNSUPPORTED_PROTOCOL:
            self = .unsupportedScheme
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            self = .dns
        case CURLE_COULDNT_CONNECT:
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
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR:
            self = .network
        case CURLE_WEIRD_SERVER_REPLY, CURLE_HTTP2, CURLE_HTTP2_STREAM, CURLE_BAD_CONTENT_ENCODING:
            self = .protocol
        case CURLE_HTTP_RETURNED_ERROR:
            self = .http
        default:
            self = .other
        }
    }
}
