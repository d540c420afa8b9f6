import CrawlCore
import MicroFixtures

#if canImport(Glibc)
import Glibc
#endif

// Runs title extraction over every page shape ROUNDS times, for profilers:
//   swift build -c release --product ProfileTitles -Xswiftc -g
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out .build/release/ProfileTitles 200
//   callgrind_annotate /tmp/cg.out | head -60
// Optional second argument: only the shape with that name (typical, midhead, bighead, notitle,
// windows-1252, shift_jis), to get instructions per page for one shape. ROUNDS may be 0: the
// cost of building and checking the pages, to subtract from a run with ROUNDS > 0.
//
// Run natively it also prints wall and CPU time per page (CLOCK_PROCESS_CPUTIME_ID, ns
// resolution; the benchmark's cpuTotal metric reads /proc/self/stat, in 10 ms ticks).

let arguments = CommandLine.arguments
guard arguments.count >= 2, let rounds = Int(arguments[1]), rounds >= 0 else {
    print("usage: ProfileTitles ROUNDS [SHAPE]")
    exit(2)
}
let shapes = arguments.count >= 3 ? Pages.all.filter { $0.name == arguments[2] } : Pages.all
guard !shapes.isEmpty else {
    print("unknown shape \(arguments[2]); known: \(Pages.all.map(\.name).joined(separator: ", "))")
    exit(2)
}

func nanoseconds(_ clock: clockid_t) -> Int {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

let extractor = TitleExtractor()
for page in shapes { verify(extractor, page) }

print("shape          bytes   title ends at   wall ns/page   CPU ns/page")
var titled = 0
for page in shapes {
    let wall = nanoseconds(CLOCK_MONOTONIC)
    let cpu = nanoseconds(CLOCK_PROCESS_CPUTIME_ID)
    for _ in 0..<rounds where extractTitle(extractor, page) != nil {
        titled += 1
    }
    let perPage = { (start: Int, clock: clockid_t) in rounds == 0 ? 0 : (nanoseconds(clock) - start) / rounds }
    let wallNS = perPage(wall, CLOCK_MONOTONIC)
    let cpuNS = perPage(cpu, CLOCK_PROCESS_CPUTIME_ID)
    func pad(_ value: Any, _ width: Int) -> String {
        let text = "\(value)"
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
    print(page.name + String(repeating: " ", count: max(0, 12 - page.name.count))
        + pad(page.body.count, 9) + pad(page.bytesUntilTitleEnd, 16) + pad(wallNS, 15) + pad(cpuNS, 14))
}
extractor.close()
print("\(rounds * shapes.count) pages, \(titled) with a title")
