/// What every fuzz target's entry point does. SwiftPM links an executable with `main` renamed to
/// `<Target>_main` (so that tests can link it), which a target built with `-parse-as-library` does
/// not have: each target defines that symbol and hands control to libFuzzer's driver here, which
/// parses libFuzzer's flags and calls the target's `LLVMFuzzerTestOneInput`.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    public static func run(
        _ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: TestOneInput
    ) -> Int32 {
        var argc = argc
        var argv = argv
        return runFuzzerDriver(&argc, &argv, body)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ body: FuzzDriver.TestOneInput
) -> Int32
