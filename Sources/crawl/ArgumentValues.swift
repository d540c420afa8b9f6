import ArgumentParser

/// The values options take, parsed where swift-argument-parser reads them, so that every bad
/// value is reported the same way: "the value 'V' is invalid for '--flag <name>': must be …",
/// one line, exit 64 (see `UsageError`).
///
/// Every numeric option is declared with `parsing: .unconditional`: without it the parser reads
/// `-c -1` as a missing value followed by an unknown flag `-1` ("Missing value for '-c <n>'").
enum ArgumentValues {
    /// A whole number in `range`.
    static func integer(_ range: ClosedRange<Int>) -> @Sendable (String) throws -> Int {
        { text in
            guard let value = Int(text.trimmingSpaces), range.contains(value) else {
                throw ValidationError("must be a whole number from \(describe(range))")
            }
            return value
        }
    }

    /// A number (decimals allowed) in `range`.
    static func number(_ range: ClosedRange<Double>) -> @Sendable (String) throws -> Double {
        { text in
            guard let value = Double(text.trimmingSpaces), value.isFinite, range.contains(value) else {
                throw ValidationError("must be a number from \(describe(range))")
            }
            return value
        }
    }

    /// A duration: a number with a unit (`500ms`, `2s`, `1.5m`, `1h`) or a bare number in
    /// `bareUnit` (seconds for the timeouts, milliseconds for `--delay`, as before units existed).
    /// Returns seconds. `range` is in seconds; a zero lower bound that is excluded is written
    /// as `(0, …]` by `positive`.
    static func duration(bareUnit: DurationUnit, _ range: ClosedRange<Double>, positive: Bool = false)
        -> @Sendable (String) throws -> Double
    {
        { text in
            let (number, suffix) = split(text)
            let unit: DurationUnit?
            switch suffix.lowercased() {
            case "": unit = bareUnit
            case "ms": unit = .milliseconds
            case "s", "sec": unit = .seconds
            case "m", "min": unit = .minutes
            case "h": unit = .hours
            default: unit = nil
            }
            let limits = (positive ? "more than 0 up to " : "\(formatSeconds(range.lowerBound)) to ") + formatSeconds(range.upperBound)
            let hint = "a duration such as 500ms, 2s, 1m (a bare number is \(bareUnit.name))"
            guard let unit, let value = Double(number), value.isFinite else {
                throw ValidationError("must be \(hint), from \(limits)")
            }
            let seconds = value * unit.seconds
            guard range.contains(seconds), !(positive && seconds <= 0) else {
                throw ValidationError("must be from \(limits)")
            }
            return seconds
        }
    }

    /// A size in bytes: `64k`, `4M`, `1G` (powers of 1024, as curl's `--max-filesize`), or a bare
    /// number of bytes.
    static func size(_ range: ClosedRange<Int>) -> @Sendable (String) throws -> Int {
        { text in
            let (number, suffix) = split(text)
            let multiplier: Double?
            switch suffix.lowercased() {
            case "", "b": multiplier = 1
            case "k", "kb", "kib": multiplier = 1024
            case "m", "mb", "mib": multiplier = 1024 * 1024
            case "g", "gb", "gib": multiplier = 1024 * 1024 * 1024
            default: multiplier = nil
            }
            guard let multiplier, let value = Double(number), value.isFinite, value >= 0 else {
                throw ValidationError("must be a size such as 65536, 64k, 4M or 1G, from \(describe(range)) bytes")
            }
            let bytes = (value * multiplier).rounded()
            guard bytes >= Double(range.lowerBound), bytes <= Double(range.upperBound) else {
                throw ValidationError("must be from \(describe(range)) bytes")
            }
            return Int(bytes)
        }
    }

    enum DurationUnit: Sendable {
        case milliseconds, seconds, minutes, hours

        var seconds: Double {
            switch self {
            case .milliseconds: 0.001
            case .seconds: 1
            case .minutes: 60
            case .hours: 3600
            }
        }

        var name: String {
            switch self {
            case .milliseconds: "milliseconds"
            case .seconds: "seconds"
            case .minutes: "minutes"
            case .hours: "hours"
            }
        }
    }

    /// "2.5s" → ("2.5", "s"): the number is everything up to the first letter.
    private static func split(_ text: String) -> (Substring, Substring) {
        let trimmed = text.trimmingSpaces
        let start = trimmed.firstIndex(where: { $0.isLetter }) ?? trimmed.endIndex
        return (trimmed[..<start], trimmed[start...])
    }

    static func describe(_ range: ClosedRange<Int>) -> String {
        "\(range.lowerBound) to \(range.upperBound)"
    }

    static func describe(_ range: ClosedRange<Double>) -> String {
        "\(format(range.lowerBound)) to \(format(range.upperBound))"
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// 86400 → "24h", 3600 → "1h", 0.5 → "500ms": limits in the units a user would type.
    static func formatSeconds(_ seconds: Double) -> String {
        if seconds == 0 { return "0" }
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 { return format(seconds / 3600) + "h" }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 { return format(seconds / 60) + "m" }
        if seconds >= 1 { return format(seconds) + "s" }
        return format((seconds * 1000).rounded()) + "ms"
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
