#!/usr/bin/env python3
"""Peak RSS of crawl's parent and workers against the number of distinct hosts (issue 16).

Every line is its own host: http://127.A.B.C:9/, a closed port on a loopback address, so each
transfer is refused at once and the run measures what crawl keeps per host, not per transfer.
The parent's and each worker's VmHWM (peak RSS) are read from /proc every 0.2 s while the run
lasts (peaks only grow, so the last reading before a process exits is its peak).

    python3 Benchmarks/hosts/bench.py --hosts 10000 1000000        # one row per count
    python3 Benchmarks/hosts/bench.py --crawl PATH --procs 2 -c 64 --hosts 10000

Network: loopback only (127.0.0.0/8, port 9, nothing listening).
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def hwm_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def children(pid):
    out = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                out.extend(int(c) for c in f.read().split())
    except OSError:
        pass
    return out


def write_list(path, hosts):
    with open(path, "w") as f:
        for i in range(hosts):
            n = i + 1  # 127.0.0.1 upwards; 16,777,214 addresses at most
            f.write("http://127.%d.%d.%d:9/\n" % ((n >> 16) & 255, (n >> 8) & 255, n & 255))


def run(args, hosts, work):
    path = os.path.join(work, "hosts-%d.txt" % hosts)
    if not os.path.exists(path):
        write_list(path, hosts)
    cmd = [args.crawl, path, "--procs", str(args.procs), "-c", str(args.concurrency), "--retries", "0",
           "-q", "-o", os.devnull, "--stats-json", os.path.join(work, "stats-%d.json" % hosts)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd)
    parent = 0
    workers = {}
    deadline = started + args.max_seconds
    while proc.poll() is None:
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            sys.exit("bench: %d hosts took longer than %d s" % (hosts, args.max_seconds))
        parent = max(parent, hwm_kb(proc.pid) or 0)
        for child in children(proc.pid):
            value = hwm_kb(child)
            if value:
                workers[child] = max(workers.get(child, 0), value)
        time.sleep(0.2)
    seconds = time.monotonic() - started
    if proc.returncode not in (0, 2):
        sys.exit("bench: crawl exited %d" % proc.returncode)
    worker_peak = max(workers.values()) if workers else 0
    return seconds, parent / 1024, worker_peak / 1024, len(workers)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--crawl", default=os.path.join(REPO, ".build", "release", "crawl"))
    ap.add_argument("--hosts", type=int, nargs="+", default=[10000, 1000000])
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("-c", "--concurrency", type=int, default=64)
    ap.add_argument("--max-seconds", type=int, default=1800, help="give up on a run after this long (1800)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="crawl-hosts-") as work:
        print("| distinct hosts | seconds | parent peak RSS (MB) | worker peak RSS (MB, max of %d) |" % args.procs)
        print("|---|---|---|---|")
        for hosts in args.hosts:
            seconds, parent, worker, _ = run(args, hosts, work)
            print("| %d | %.1f | %.1f | %.1f |" % (hosts, seconds, parent, worker), flush=True)


if __name__ == "__main__":
    main()
