import FoundationEssentials

#if canImport(Glibc)
import Glibc
#endif

/// Everything a `--procs` worker needs from its parent, as one value: the configuration whole,
/// the output format, the grace period, the parent's pid.
///
/// It travels as JSON in the worker's environment (`environmentName`), not as flags: the worker
/// command line was the configuration written a third time (options → configuration → argv →
/// options again), and an option added to the CLI alone was silently ignored with `--procs N`.
/// The environment also keeps `-H 'Authorization: …'` out of `ps` (a command line any user can
/// read; /proc/PID/environ only the same user).
public struct WorkerSettings: Codable, Sendable, Equatable {
    public var configuration: CrawlConfiguration
    public var grace: Double
    public var format: OutputFormat
    public var fields: [RecordField]
    /// The worker dies with this process (`WorkerLink.dieWithParent`).
    public var parentPID: Int32

    public static let environmentName = "CRAWL_WORKER_SETTINGS"

    public init(
        configuration: CrawlConfiguration, grace: Double, formatter: RecordFormatter, parentPID: Int32 = getpid()
    ) {
        self.configuration = configuration
        self.grace = grace
        format = formatter.format
        fields = formatter.fields
        self.parentPID = parentPID
    }

    public var formatter: RecordFormatter { RecordFormatter(format: format, fields: fields) }

    /// `NAME=json`, for the worker's environment.
    func environmentEntry() throws -> String {
        let json = try JSONEncoder().encode(self)
        return Self.environmentName + "=" + String(decoding: json, as: UTF8.self)
    }

    public enum ReadError: Error, CustomStringConvertible {
        case missing
        case malformed(String)

        public var description: String {
            switch self {
            case .missing: "\(WorkerSettings.environmentName) is not set: crawl _worker is started by crawl --procs only"
            case .malformed(let why): "\(WorkerSettings.environmentName) is not valid: \(why)"
            }
        }
    }

    /// The settings the parent put in this process's environment.
    public static func fromEnvironment() throws -> WorkerSettings {
        guard let value = getenv(environmentName) else { throw ReadError.missing }
        return try decode(String(cString: value))
    }

    static func decode(_ json: String) throws -> WorkerSettings {
        do {
            return try JSONDecoder().decode(WorkerSettings.self, from: Data(json.utf8))
        } catch {
            throw ReadError.malformed("\(error)")
        }
    }
}
