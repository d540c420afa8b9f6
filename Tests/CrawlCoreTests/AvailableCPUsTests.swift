import Testing

@testable import CrawlCore

#if canImport(Glibc)
import Glibc
#endif

/// `--procs auto` counts the CPUs this process may use: a cgroup v2 quota rounds up, "max" is none.
@Suite struct AvailableCPUsTests {
    @Test func aCgroupQuotaRoundsUp() {
        #expect(AvailableCPUs.quota(cpuMax: "max 100000\n") == nil)
        #expect(AvailableCPUs.quota(cpuMax: "200000 100000\n") == 2)
        #expect(AvailableCPUs.quota(cpuMax: "150000 100000") == 2)
        #expect(AvailableCPUs.quota(cpuMax: "50000 100000") == 1)
        #expect(AvailableCPUs.quota(cpuMax: "garbage") == nil)
    }

    @Test func neverMoreThanTheOnlineCores() {
        let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #expect((1...max(1, online)).contains(AvailableCPUs.count))
    }
}
