#!/usr/bin/env python3
"""Per-host limits on a skewed list: 90 % of the URLs on one host, 10 % spread over 50 hosts.

Starts the package's fixture server on 127.0.0.1, names 51 hosts (big.test, h1.test … h50.test)
that all resolve to it through crawl's --resolve, and crawls the same shuffled list with and
without --per-host, printing the total time and when the last small-host record came out.

    swift build -c release --static-swift-stdlib
    python3 Benchmarks/politeness/skew.py [--urls 2000] [--delay-ms 50] [--procs 2] [-c 32]
"""
import argparse, json, os, random, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--urls", type=int, default=2000)
    ap.add_argument("--delay-ms", type=int, default=50, help="server latency of every page")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("-c", "--concurrency", type=int, default=32)
    ap.add_argument("--limits", default="0,4,8", help="--per-host values to compare (0 = none)")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build/release"))
    a = ap.parse_args()

    server = subprocess.Popen(
        [os.path.join(a.bin, "fixture-server"), "--host", "127.0.0.1", "--port", "0",
         "--fixtures", os.path.join(ROOT, "Fixtures"), "--exit-on-stdin-eof"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        base = server.stdout.readline().strip()
        port = base.rsplit(":", 1)[1]
        rng = random.Random(7)
        n_small = a.urls // 10
        urls = [f"http://big.test:{port}/delay/{a.delay_ms}?i={i}" for i in range(a.urls - n_small)]
        small = [f"http://h{1 + i % 50}.test:{port}/delay/{a.delay_ms}?i={i}" for i in range(n_small)]
        urls += small
        rng.shuffle(urls)
        small_set = set(small)
        resolve = []
        for h in ["big.test"] + [f"h{i}.test" for i in range(1, 51)]:
            resolve += ["--resolve", f"{h}:{port}:127.0.0.1"]
        print(f"{a.urls} URLs ({a.urls - n_small} on big.test, {n_small} over 50 hosts), "
              f"{a.delay_ms} ms each, --procs {a.procs} -c {a.concurrency}")
        print("| --per-host | total s | last small-host record at s | its position | all small hosts answered | errors |")
        print("|---|---|---|---|---|---|")
        for limit in [int(x) for x in a.limits.split(",")]:
            cmd = [os.path.join(a.bin, "crawl"), "-", "--procs", str(a.procs), "-c", str(a.concurrency),
                   "--per-host", str(limit)] + resolve
            start = time.monotonic()
            p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            p.stdin.write("\n".join(urls) + "\n")
            p.stdin.close()
            last_small_t, last_small_pos, seen_small, errors, count = 0.0, 0, 0, 0, 0
            for line in p.stdout:
                count += 1
                r = json.loads(line)
                if r["error"]:
                    errors += 1
                if r["url"] in small_set:
                    seen_small += 1
                    last_small_t, last_small_pos = time.monotonic() - start, count
            p.wait()
            total = time.monotonic() - start
            print(f"| {limit or 'none'} | {total:.2f} | {last_small_t:.2f} | {last_small_pos} of {count} | "
                  f"{seen_small}/{n_small} | {errors} |")
    finally:
        server.stdin.close()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
