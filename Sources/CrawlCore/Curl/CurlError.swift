import CCurl

#if canImport(Glibc)
import Glibc
#endif

/// A libcurl call that failed for reasons of the environment (out of memory, a bad option value
/// from the user). Per-transfer failures are not thrown: they become error records.
public struct CurlError: Error, CustomStringConvertible, Sendable {
    public let call: String
    public let message: String

    public var description: String { "\(call): \(message)" }

    static func check(_ code: CURLcode, _ call: @autoclosure () -> String) throws {
        guard code != CURLE_OK else { return }
        throw CurlError(call: call(), message: String(cString: curl_easy_strerror(code)))
    }

    static func check(_ code: CURLMcode, _ call: @autoclosure () -> String) throws {
        guard code != CURLM_OK else { return }
        throw CurlError(call: call(), message: String(cString: curl_multi_strerror(code)))
    }
}

/// libcurl's process-wide state: initialised once, before any other libcurl call.
enum CurlGlobal {
    private static let initialised: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    static func ensureInitialised() throws {
        guard initialised else { throw CurlError(call: "curl_global_init", message: "failed") }
    }

    /// The running libcurl's version as 0xXXYYZZ (7.88.1 = 0x075801).
    static let versionNumber: UInt32 = curl_version_info(CURLVERSION_FIRST).pointee.version_num

    /// The CA bundle compiled into libcurl, if it names a file that is there (Debian:
    /// /etc/ssl/certs/ca-certificates.crt).
    static let defaultCAFile: String? = {
        guard let path = curl_version_info(CURLVERSION_ELEVENTH).pointee.cainfo else { return nil }
        let file = String(cString: path)
        return access(file, R_OK) == 0 ? file : nil
    }()

    /// `libcurl/7.88.1 OpenSSL/3.0 …`, for `--version`.
    public static var versionString: String { String(cString: curl_version()) }
}
