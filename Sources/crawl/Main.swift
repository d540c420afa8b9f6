/// Entry point. `crawl _worker …` (how the parent starts its workers) is dispatched before
/// argument parsing, because the root command's positional <file> would otherwise take `_worker`
/// as a file name; everything else is the `crawl` command itself.
@main
enum Main {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.first == "_worker" {
            Worker.main(Array(arguments.dropFirst()))
        } else {
            Crawl.main()
        }
    }
}
