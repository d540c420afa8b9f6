import CCrawlSupport

#if canImport(Glibc)
import Glibc
#endif

/// `--procs auto`: the CPUs this process may use, not the machine's. A Slurm task or a Kubernetes
/// pod is given part of a node — by CPU affinity (Slurm's task/affinity, `taskset`) or by a cgroup
/// quota (a pod's CPU limit is `cpu.max` = quota and period) — and one worker per online core of a
/// 64-core node would run 64 workers on the 4 CPUs the job asked for.
public enum AvailableCPUs {
    /// The smallest of: online cores, the affinity mask, the cgroup v2 quota rounded up; at least 1.
    public static var count: Int {
        var count = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        let affinity = Int(CCrawlSupport_affinity_cpus())
        if affinity > 0 { count = min(count, affinity) }
        if let quota = cgroupQuota() { count = min(count, quota) }
        return max(1, count)
    }

    /// `cpu.max` of this process's cgroup (v2): "max 100000" is no limit, "150000 100000" is 1.5
    /// CPUs, counted as 2.
    static func cgroupQuota() -> Int? {
        guard let membership = SmallFile.text("/proc/self/cgroup"),
            let line = membership.split(separator: "\n").first(where: { $0.hasPrefix("0::") })
        else { return nil }
        let path = String(line.dropFirst(3)).trimmingASCIIWhitespace()
        guard let text = SmallFile.text("/sys/fs/cgroup" + (path == "/" ? "" : path) + "/cpu.max") else { return nil }
        return quota(cpuMax: text)
    }

    /// The CPUs a `cpu.max` value allows, rounded up; nil for "max" or anything unreadable.
    static func quota(cpuMax text: String) -> Int? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard fields.count == 2, let quota = Int(fields[0]), let period = Int(fields[1]), quota > 0, period > 0 else { return nil }
        return (quota + period - 1) / period
    }
}
