#!/usr/bin/env python3
"""crawl's realnet benchmark: the driver (python3 standard library only).

Runs INSIDE the network namespace that Benchmarks/realnet/run.sh makes (run.sh starts it through
`ip netns exec`; do not start it by hand on the host: it would put nfdelay, dnsmasq and nginx on the
host's loopback). It

  1. generates the corpus (Benchmarks/macro/corpus.py, --pages pages with known titles), the DNS zone
     and the workloads (main: --urls over --hosts; scale: --scale-urls over each --scale-hosts);
  2. starts the "internet" as its own children: nfdelay (the round trip), dnsmasq (the DNS server,
     127.0.0.53), nginx (2 workers, :80 and :443, TLS 1.2/1.3 + HTTP/2, the corpus), checks it
     (200 over http and https, 404, NXDOMAIN, connection refused) and probes the timings;
  3. runs every tool on every workload, --repeats times, tool order rotated per repeat, and
     measures wall, CPU (user+sys of the whole tree: wait4 rusage), peak RSS (VmHWM of every process
     of the tree, sampled from /proc), outcome per URL, titles (crawl), server and "foreign" CPU;
  4. stops its servers by PID and writes OUT/runs.jsonl, OUT/table.md, OUT/env.json, OUT/logs/.

The ideal (a lower bound on the wall time that ignores CPU entirely), per URL of a workload:
  ok / 404, the host's first URL: DNS (1 DNS RTT) + TCP (1 RTT) + TLS 1.3 (1 RTT, https only)
      + request (1 RTT) + the slow-start rounds the body needs beyond the first (initial window
      10 segments of MSS = MTU - 52, doubling each round);
  ok / 404, a later URL of the host: 1 RTT (a kept-alive connection whose window is open);
  NXDOMAIN: 1 DNS RTT for the host's first URL, 0 for the next ones (negative caching);
  refused: 1 DNS RTT (first URL of the host) + 1 RTT (SYN -> RST); no retries.
ideal_s = max( sum of the URL latencies / (P * C),
               the largest per-host sum / the tool's per-host limit (crawl's --per-host; none for the peers),
               the largest single URL latency ).
"""
import argparse
import hashlib
import json
import math
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from urllib.parse import urlsplit

sys.dont_write_bytecode = True  # importing corpus.py must not leave __pycache__ in the repository
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, "Benchmarks", "macro"))
import corpus  # noqa: E402  the macro benchmark's deterministic corpus (expected titles included)

CLK = os.sysconf("SC_CLK_TCK")
DNS_ADDR = "127.0.0.53"
STATUS_ADDR, STATUS_PORT = "127.0.0.9", 8080     # nginx stub_status (connections accepted)
SYSTEM_BUNDLE = "/etc/ssl/certs/ca-certificates.crt"
CURL_PARALLEL_MAX = 300                          # curl 7.88 clamps --parallel-max to 300
TOOL_ORDER = ["crawl", "crawl-ph0", "curl-cli", "pycurl", "aiohttp"]
PEER_TOOLS = ("pycurl", "aiohttp")
_stop = {"flag": False}


def log(*a):
    print("[realnet %s]" % time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return [float(x) for x in f.read().split()[:3]]


# ============================================================================ zone and workloads
def host_name(i):
    return "h%05d.crawl.test" % i


def host_fate(name, nx_pct, refused_pct):
    """what a name does is a property of the name alone, so every workload agrees with the zone"""
    v = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=4).digest(), "big") % 10000
    if v < nx_pct * 100:
        return "dns"
    if v < (nx_pct + refused_pct) * 100:
        return "refused"
    return "ok"


def host_addr(i, fate, n_addrs):
    if fate == "refused":                      # run.sh: iptables REJECT --reject-with tcp-reset
        return "127.3.%d.%d" % (i // 250 % 250, i % 250 + 1)
    k = i % n_addrs                            # several names per address, like shared hosting
    return "127.1.%d.%d" % (k // 250, k % 250 + 1)


def write_zone(path, n_names, n_addrs, nx_pct, refused_pct):
    counts = Counter()
    with open(path, "w") as f:
        for i in range(1, n_names + 1):
            name = host_name(i)
            fate = host_fate(name, nx_pct, refused_pct)
            counts[fate] += 1
            if fate != "dns":
                f.write("%s %s\n" % (host_addr(i, fate, n_addrs), name))
    return dict(counts)


def host_counts(n_urls, n_hosts, s, max_share):
    """URLs per host rank: every host 1, the other N - H by Zipf(s) over the ranks, capped at
    max(max_share * N, ceil(N / H)) URLs a host (water-filling: what a capped host cannot take goes
    to the others in proportion to their weights)."""
    cap = max(int(max_share * n_urls), math.ceil(n_urls / n_hosts), 1)
    weight = [1.0 / (r ** s) for r in range(1, n_hosts + 1)]
    share = [1.0] * n_hosts
    left = float(n_urls - n_hosts)
    open_ = [i for i in range(n_hosts) if share[i] < cap]
    while left > 1e-6 and open_:
        tot = sum(weight[i] for i in open_)
        spill, still = 0.0, []
        for i in open_:
            share[i] += left * weight[i] / tot
            if share[i] >= cap:
                spill += share[i] - cap
                share[i] = float(cap)
            else:
                still.append(i)
        left, open_ = spill, still
    counts = [int(x) for x in share]
    missing = n_urls - sum(counts)
    for i in sorted(range(n_hosts), key=lambda i: (counts[i] >= cap, -(share[i] - counts[i]), i)):
        if missing <= 0:
            break
        if counts[i] < cap:
            counts[i] += 1
            missing -= 1
    return counts


def make_workload(wdir, name, n_urls, n_hosts, pages, a):
    """N URLs over the names h00001..hH: Zipf-skewed host sizes, half the hosts https (alternating
    over the hosts sorted by size, so about half the URLs too), ~notfound_pct % of the URLs of live
    hosts ask for a page that does not exist, shuffled; ?u=<index> makes every URL unique."""
    if n_hosts > n_urls:
        raise SystemExit("hosts (%d) must be <= URLs (%d)" % (n_hosts, n_urls))
    rnd = random.Random("realnet:%d:%s:%d:%d" % (a.seed, name, n_urls, n_hosts))
    counts = host_counts(n_urls, n_hosts, a.zipf, a.max_host_share)
    ids = list(range(1, n_hosts + 1))
    rnd.shuffle(ids)                           # rank -> name: sizes unrelated to the name's number
    scheme, n_https = {}, 0
    for k, r in enumerate(sorted(range(n_hosts), key=lambda r: (-counts[r], r))):
        https = n_https < a.https_share * (k + 1)      # 0.5: every other host in size order
        scheme[r] = "https" if https else "http"
        n_https += https
    rows = []
    for r in range(n_hosts):
        host = host_name(ids[r])
        fate = host_fate(host, a.nxdomain_pct, a.refused_pct)
        for _ in range(counts[r]):
            path, nbytes = pages[rnd.randrange(len(pages))]
            expect = fate
            if fate == "ok":
                expect = "ok"
                if rnd.random() < a.notfound_pct / 100.0:
                    path, nbytes, expect = "/missing/%06d.html" % rnd.randrange(10 ** 6), 153, "404"
            rows.append({"host": host, "scheme": scheme[r], "path": path, "bytes": nbytes, "expect": expect})
    rnd.shuffle(rows)
    path = os.path.join(wdir, name + ".txt")
    with open(path, "w") as f:
        for i, row in enumerate(rows):
            row["url"] = "%s://%s%s?u=%d" % (row["scheme"], row["host"], row["path"], i)
            f.write(row["url"] + "\n")
    top = sorted(counts, reverse=True)
    summary = {
        "name": name, "urls": n_urls, "hosts": n_hosts, "zipf": a.zipf, "max_host_share": a.max_host_share,
        "https_hosts": sum(1 for r in scheme if scheme[r] == "https"),
        "https_urls": sum(1 for x in rows if x["scheme"] == "https"),
        "expect": dict(Counter(x["expect"] for x in rows)),
        "largest_hosts": top[:5], "median_urls_per_host": top[len(top) // 2],
        "hosts_with_1_url": sum(1 for c in counts if c == 1), "hosts_with_10plus": sum(1 for c in counts if c >= 10),
        "mean_page_bytes": round(sum(x["bytes"] for x in rows) / len(rows)),
    }
    return {"name": name, "path": path, "rows": rows, "hosts": n_hosts, "summary": summary}


# ============================================================================ the ideal
def extra_rounds(nbytes, mss, initial_window=10):
    segments = max(1, math.ceil(nbytes / mss))
    window = sent = initial_window
    rounds = 0
    while sent < segments:
        window *= 2
        sent += window
        rounds += 1
    return rounds


def ideal(rows, concurrency, per_host, rtt_s, dns_s, mss, header_bytes=250):
    seen = set()
    total = longest = 0.0
    per_host_sum = defaultdict(float)
    for row in rows:
        host = row["host"]
        first = host not in seen
        seen.add(host)
        if row["expect"] == "dns":
            lat = dns_s if first else 0.0
        elif row["expect"] == "refused":
            lat = (dns_s if first else 0.0) + rtt_s
        elif first:
            lat = dns_s + rtt_s + (rtt_s if row["scheme"] == "https" else 0.0) + rtt_s \
                + extra_rounds(row["bytes"] + header_bytes, mss) * rtt_s
        else:
            lat = rtt_s
        total += lat
        per_host_sum[host] += lat
        longest = max(longest, lat)
    by_conc = total / concurrency
    by_host = max(per_host_sum.values()) / per_host if per_host else 0.0
    return {"ideal_s": max(by_conc, by_host, longest), "ideal_sum_s": total, "ideal_by_concurrency_s": by_conc,
            "ideal_by_per_host_s": by_host, "ideal_longest_url_s": longest}


# ============================================================================ /proc
def read_text(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("ascii", "replace")
    except OSError:
        return None


def children_of(pid):
    out = []
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return out
    for tid in tids[:2048]:
        s = read_text("/proc/%d/task/%s/children" % (pid, tid))
        if s:
            out.extend(int(x) for x in s.split())
    return out


def proc_tree(roots):
    seen, stack = [], list(roots)
    while stack and len(seen) < 4096:
        p = stack.pop()
        if p in seen:
            continue
        seen.append(p)
        stack.extend(children_of(p))
    return seen


def proc_cpu_s(pid):
    s = read_text("/proc/%d/stat" % pid)
    if not s or ")" not in s:
        return 0.0
    f = s[s.rindex(")") + 2:].split()
    return (int(f[11]) + int(f[12])) / CLK


def proc_mem_kb(pid):
    """(VmHWM, VmRSS) in kB, or None"""
    s = read_text("/proc/%d/status" % pid)
    if not s:
        return None
    hwm = rss = 0
    for line in s.splitlines():
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
        elif line.startswith("VmRSS:"):
            rss = int(line.split()[1])
    return hwm, rss


STAT_COLS = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")


def machine_stat():
    """the machine's CPU seconds by /proc/stat column (all CPUs)"""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:9]]
    return dict(zip(STAT_COLS, (x / CLK for x in v)))


def busy_s(st):
    """CPU seconds run on this machine (steal, the hypervisor's, is apart)"""
    return st["user"] + st["nice"] + st["system"] + st["irq"] + st["softirq"]


def tcp_counters():
    """this namespace's TCP and UDP counters (/proc/net/snmp follows the network namespace);
    Udp RcvbufErrors: datagrams dropped because a socket's receive buffer was full (DNS bursts)"""
    out = {}
    try:
        with open("/proc/net/snmp") as f:
            lines = f.read().splitlines()
        for proto, keys in (("Tcp:", ("ActiveOpens", "AttemptFails", "RetransSegs", "OutSegs")),
                            ("Udp:", ("InDatagrams", "RcvbufErrors", "InErrors"))):
            rows = [ln.split() for ln in lines if ln.startswith(proto)]
            d = dict(zip(rows[0][1:], (int(x) for x in rows[1][1:])))
            out.update({("udp_" if proto == "Udp:" else "") + k: d.get(k, 0) for k in keys})
    except (OSError, IndexError, ValueError):
        pass
    out["udp_drops_dns_server"] = dns_server_drops()
    return out


def dns_server_drops():
    """datagrams the DNS server's own socket dropped (its receive buffer full): the 'drops' column
    of /proc/net/udp for 127.0.0.53:53; the rest of Udp RcvbufErrors is on the clients' sockets"""
    want = "%08X:%04X" % (int.from_bytes(bytes(int(x) for x in DNS_ADDR.split(".")), "little"), 53)
    total = 0
    try:
        with open("/proc/net/udp") as f:
            for line in f:
                parts = line.split()
                if len(parts) > 12 and parts[1] == want:
                    total += int(parts[-1])
    except (OSError, ValueError):
        pass
    return total


class Sampler(threading.Thread):
    """every interval: the process trees under the roots; per pid the largest VmHWM and its name;
    the largest sum of VmRSS over the tree in one sample; the largest process count"""

    def __init__(self, roots, interval_s):
        super().__init__(daemon=True)
        self.roots, self.interval = list(roots), interval_s
        self.ev = threading.Event()
        self.procs = {}
        self.rss_sum_peak_kb = self.procs_peak = self.samples = 0

    def sample(self):
        pids = proc_tree(self.roots)
        tot = n = 0
        for p in pids:
            m = proc_mem_kb(p)
            if m is None:
                continue
            n += 1
            tot += m[1]
            rec = self.procs.get(p)
            if rec is None:
                rec = self.procs[p] = {"comm": "?", "hwm_kb": 0, "cpu_s": 0.0}
            rec["comm"] = (read_text("/proc/%d/comm" % p) or rec["comm"]).strip()
            rec["hwm_kb"] = max(rec["hwm_kb"], m[0])
            rec["cpu_s"] = max(rec["cpu_s"], proc_cpu_s(p))
        self.rss_sum_peak_kb = max(self.rss_sum_peak_kb, tot)
        self.procs_peak = max(self.procs_peak, n)
        self.samples += 1

    def run(self):
        while not self.ev.is_set():
            self.sample()
            self.ev.wait(self.interval)

    def stop(self):
        self.ev.set()
        self.join(5)


# ============================================================================ the network
class Network:
    def __init__(self, a):
        self.a, self.w = a, a.work
        self.procs = {}             # name -> Popen (each its own session: pgid == pid)
        self.realtime = False

    def spawn(self, name, argv):
        logf = open(os.path.join(self.a.out, "logs", name + ".log"), "wb")
        self.procs[name] = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=logf, stderr=logf,
                                            start_new_session=True)
        logf.close()

    def start(self, n_names_zone):
        a, w = self.a, self.w
        # 1. the round trip: every packet on lo waits in nfdelay (run.sh added the NFQUEUE rule)
        argv = [os.path.join(w, "nfdelay"), "-d", "%g" % (a.rtt_ms / 2), "-j", "%g" % a.jitter_ms,
                "-a", "%s=%g" % (DNS_ADDR, a.dns_rtt_ms / 2), "-r", "10", "-T", "%d" % (a.budget_s + 900),
                "-s", os.path.join(w, "nfdelay.stats")]
        self.spawn("nfdelay", argv)
        time.sleep(0.4)
        # 2. DNS: dnsmasq, answers crawl.test alone from a hosts file, never asks anyone
        conf = os.path.join(w, "dnsmasq.conf")
        with open(conf, "w") as f:
            f.write("\n".join([
                "listen-address=%s" % DNS_ADDR, "bind-interfaces", "port=53", "user=root",
                "no-resolv", "no-hosts", "no-poll", "no-negcache", "local=/crawl.test/",
                "addn-hosts=%s" % os.path.join(w, "zone.hosts"), "local-ttl=3600", "cache-size=10000",
                "pid-file=%s" % os.path.join(w, "dnsmasq.pid"), ""]))
        self.spawn("dnsmasq", ["dnsmasq", "--keep-in-foreground", "--log-facility=-", "--conf-file=" + conf])
        # 3. the web: nginx, every *.crawl.test name on :80 and :443
        nd = os.path.join(w, "nginx")
        os.makedirs(os.path.join(nd, "tmp"), exist_ok=True)
        with open(os.path.join(nd, "nginx.conf"), "w") as f:
            f.write(NGINX_CONF.format(workers=a.nginx_workers, nd=nd, tls=os.path.join(w, "tls"),
                                      root=os.path.join(w, "corpus"), saddr=STATUS_ADDR, sport=STATUS_PORT))
        self.spawn("nginx", ["nginx", "-p", nd, "-c", os.path.join(nd, "nginx.conf"), "-g", "daemon off;"])
        time.sleep(0.6)
        for name, p in self.procs.items():
            if p.poll() is not None:
                raise SystemExit("%s exited at start (code %s); see %s/logs/%s.log" % (name, p.returncode, a.out, name))
        st = self.nfdelay_stats()
        self.realtime = "SCHED_FIFO priority" in (read_text(os.path.join(a.out, "logs", "nfdelay.log")) or "")
        if not st:
            raise SystemExit("nfdelay does not answer SIGUSR1; see logs/nfdelay.log")

    def names(self, fate, n=5):
        out = []
        for line in open(os.path.join(self.w, "zone.hosts")):
            ip, name = line.split()
            if (fate == "refused") == ip.startswith("127.3."):
                out.append(name)
        return out[-n:] if fate == "ok" else out[:n]

    def curl(self, url, max_time=10):
        fmt = "%{exitcode} %{http_code} %{time_namelookup} %{time_connect} %{time_appconnect} " \
              "%{time_starttransfer} %{time_total} %{http_version}"
        r = subprocess.run(["curl", "-sS", "--max-time", str(max_time), "--cacert", self.a.bundle, "-o", "/dev/null",
                            "-w", fmt, url], capture_output=True, text=True, env=clean_env())
        parts = r.stdout.split()
        return parts if len(parts) == 8 else None

    def check(self):
        """the network works as designed: 200 over http and https, 404, NXDOMAIN, refused"""
        ok = self.names("ok", 1)[0]
        page = "/pages/00/000000.html"
        tries = [("http://%s%s" % (ok, page), "0", "200"), ("https://%s%s" % (ok, page), "0", "200"),
                 ("https://%s/missing/x.html" % ok, "0", "404")]
        nx = next((host_name(i) for i in range(1, 100000)
                   if host_fate(host_name(i), self.a.nxdomain_pct, self.a.refused_pct) == "dns"), None)
        if nx:
            tries.append(("http://%s/" % nx, "6", "000"))
        ref = self.names("refused", 1)
        if ref:
            tries.append(("https://%s/" % ref[0], "7", "000"))
        for url, want_exit, want_code in tries:
            got = None
            for _ in range(20):
                got = self.curl(url)
                if got and got[0] == want_exit and got[1] == want_code:
                    break
                time.sleep(0.3)
            else:
                raise SystemExit("network check failed: %s gave %s, wanted exit %s code %s" % (url, got, want_exit, want_code))
        log("network check: http 200, https 200, 404, NXDOMAIN (exit 6), refused (exit 7): as designed")

    def probe(self, n=9):
        """sequential single fetches of fresh names: what one URL costs on this network, by step"""
        res = {}
        for scheme in ("http", "https"):
            steps = defaultdict(list)
            for name in self.names("ok", n * 2)[:n] if scheme == "http" else self.names("ok", n * 2)[n:]:
                g = self.curl("%s://%s/pages/00/000001.html" % (scheme, name))
                if not g or g[0] != "0":
                    continue
                dns, tcp, tls, ttfb, tot = (float(x) for x in g[2:7])
                steps["dns"].append(dns)
                steps["tcp"].append(tcp - dns)
                if scheme == "https":
                    steps["tls"].append(tls - tcp)
                steps["request_to_first_byte"].append(ttfb - max(tcp, tls))
                steps["rest_of_body"].append(tot - ttfb)
                steps["total"].append(tot)
            res[scheme] = {k: round(1000 * statistics.median(v), 1) for k, v in steps.items() if v}
        with open(os.path.join(self.w, "corpus", "pages", "00", "000001.html"), "rb") as f:
            res["body_bytes"] = len(f.read())
        return res

    def cpu(self):
        return {name: round(sum(proc_cpu_s(q) for q in proc_tree([p.pid])), 3) for name, p in self.procs.items()}

    def nfdelay_stats(self):
        p = self.procs.get("nfdelay")
        path = os.path.join(self.w, "nfdelay.stats")
        if not p or p.poll() is not None:
            return {}
        try:
            os.unlink(path)
        except OSError:
            pass
        os.kill(p.pid, signal.SIGUSR1)
        for _ in range(100):
            s = read_text(path)
            if s and s.endswith("\n"):
                try:
                    return json.loads(s)
                except ValueError:
                    pass
            time.sleep(0.02)
        return {}

    def nginx_status(self):
        """connections accepted and requests served so far (stub_status; this request included)"""
        import urllib.request
        try:
            op = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            txt = op.open("http://%s:%d/status" % (STATUS_ADDR, STATUS_PORT), timeout=5).read().decode()
            accepts, _handled, requests = (int(x) for x in txt.splitlines()[2].split())
            return {"accepts": accepts, "requests": requests}
        except Exception:  # noqa: BLE001
            return {}

    def stop(self):
        for name in ("nginx", "dnsmasq", "nfdelay"):     # the network last: nginx closes through it
            p = self.procs.get(name)
            if not p or p.poll() is not None:
                continue
            for sig, wait_s in ((signal.SIGQUIT if name == "nginx" else signal.SIGTERM, 6), (signal.SIGTERM, 3),
                                (signal.SIGKILL, 3)):
                try:
                    if sig == signal.SIGKILL:
                        os.killpg(p.pid, sig)      # the session this script made for that pid
                    else:
                        p.send_signal(sig)
                    p.wait(wait_s)
                    break
                except subprocess.TimeoutExpired:
                    continue
                except OSError:
                    break


NGINX_CONF = """worker_processes {workers};
worker_rlimit_nofile 65536;
pid {nd}/nginx.pid;
error_log {nd}/error.log warn;
events {{ worker_connections 16384; multi_accept on; }}
http {{
    access_log off;
    client_body_temp_path {nd}/tmp/body;
    proxy_temp_path {nd}/tmp/proxy;
    fastcgi_temp_path {nd}/tmp/fastcgi;
    uwsgi_temp_path {nd}/tmp/uwsgi;
    scgi_temp_path {nd}/tmp/scgi;
    types {{ text/html html; }}
    default_type application/octet-stream;
    sendfile on; tcp_nopush on; tcp_nodelay on;
    keepalive_timeout 60s; keepalive_requests 10000;
    open_file_cache max=8192 inactive=300s;
    ssl_certificate {tls}/server.crt;
    ssl_certificate_key {tls}/server.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_session_cache shared:realnet:32m;
    ssl_session_timeout 30m;
    server {{
        listen {saddr}:{sport};
        location = /status {{ stub_status; }}
    }}
    server {{
        listen 80 default_server backlog=4096 reuseport;
        listen 443 ssl http2 default_server backlog=4096 reuseport;
        server_name _;
        root {root};
        location / {{ try_files $uri =404; }}
    }}
}}
"""


# ============================================================================ the tools
def clean_env(extra=None):
    env = {k: v for k, v in os.environ.items()
           if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "curl_ca_bundle",
                                "ssl_cert_file", "ssl_cert_dir")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def with_bundle(bundle, argv):
    """run argv in a private mount namespace where the bundle (system CAs + the local CA) sits on
    the system bundle's path: how the shared harness makes libcurl's compiled-in CA file (pycurl)
    and Python's default paths trust the local CA"""
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c",
            'mount --bind "$0" %s && exec "$@"' % SYSTEM_BUNDLE, bundle] + argv


def shard_by_host(urls, p):
    """hosts dealt round-robin, in order of first appearance: each host goes to one process"""
    shards, where = [[] for _ in range(p)], {}
    for u in urls:
        h = u.split("/", 3)[2]
        k = where.setdefault(h, len(where) % p)
        shards[k].append(u)
    return shards


def tool_spec(a, tool, wl, P, C, rundir):
    """-> dict(cmds=[(argv, stdout path)], env, per_host, parses_titles, fmt)"""
    if tool in ("crawl", "crawl-ph0"):
        argv = [a.crawl, wl["path"], "--procs", str(P), "--concurrency", str(C), "--quiet",
                "--stats-json", os.path.join(rundir, "stats.json"), "--cacert", a.bundle]
        per_host = 4
        if tool == "crawl-ph0":
            argv += ["--per-host", "0"]
            per_host = 0
        argv += a.crawl_args.split()
        m = re.search(r"--per-host[ =](\d+)", a.crawl_args)
        if m:
            per_host = int(m.group(1))
        return {"cmds": [(argv, os.path.join(rundir, "out.jsonl"))], "env": clean_env(), "per_host": per_host,
                "parses_titles": True, "fmt": "crawl", "conc": P * C}
    if tool == "curl-cli":
        with open(wl["path"]) as f:
            urls = [ln.strip() for ln in f if ln.strip()]
        c = min(C, CURL_PARALLEL_MAX)
        fmt = r"%{exitcode}\t%{http_code}\t%{size_download}\t%{http_version}\t%{url}\n"
        cmds = []
        for k, shard in enumerate(shard_by_host(urls, P)):
            if not shard:
                continue
            cfg = os.path.join(rundir, "shard%d.cfg" % k)
            with open(cfg, "w") as f:
                for u in shard:
                    f.write('url = "%s"\noutput = "/dev/null"\n' % u)
            cmds.append((["curl", "-sS", "--parallel", "--parallel-immediate", "--parallel-max", str(c),
                          "--cacert", a.bundle, "--connect-timeout", "10", "--max-time", "30", "-K", cfg, "-w", fmt],
                         os.path.join(rundir, "out%d.tsv" % k)))
        return {"cmds": cmds, "env": clean_env(), "per_host": 0, "parses_titles": False, "fmt": "curl", "conc": P * c}
    if tool == "pycurl":
        argv = [a.peer_python, os.path.join(a.shared, "peers", "pycurl_host.py"), wl["path"], "--procs", str(P),
                "--concurrency", str(C), "--parser", "lxml", "--no-capath", "--max-seconds", "%d" % a.run_timeout]
        env = clean_env({"CURL_CA_BUNDLE": a.bundle, "SSL_CERT_FILE": a.bundle})
        return {"cmds": [(with_bundle(a.bundle, argv), os.path.join(rundir, "out.jsonl"))], "env": env, "per_host": 0,
                "parses_titles": True, "fmt": "peer", "conc": P * C}
    if tool == "aiohttp":
        argv = [a.peer_python, os.path.join(os.path.dirname(a.shared), "peers", "aiohttp_pool.py"), wl["path"],
                "--procs", str(P), "--concurrency", str(C), "--parser", "lxml", "--max-seconds", "%d" % a.run_timeout]
        env = clean_env({"CURL_CA_BUNDLE": a.bundle, "SSL_CERT_FILE": a.bundle})
        return {"cmds": [(with_bundle(a.bundle, argv), os.path.join(rundir, "out.jsonl"))], "env": env, "per_host": 0,
                "parses_titles": True, "fmt": "peer", "conc": P * C}
    raise SystemExit("unknown tool %s (known: %s)" % (tool, ", ".join(TOOL_ORDER)))


# ============================================================================ scoring
CURL_CODES = {6: "dns", 7: "refused", 28: "timeout", 35: "tls", 60: "tls", 51: "tls", 58: "tls", 77: "tls",
              52: "empty_response", 55: "network", 56: "network", 18: "truncated", 16: "protocol", 92: "protocol"}


def status_kind(status):
    try:
        st = int(status)
    except (TypeError, ValueError):
        return "no_status"
    if st == 200:
        return "ok"
    if st == 404:
        return "404"
    return "http_%d" % st


def kind_crawl(rec):
    err = rec.get("error")
    if err:
        return {"connect": "refused"}.get(err, err)
    return status_kind(rec.get("status"))


def kind_peer(rec):
    err = rec.get("error")
    if not err:
        return status_kind(rec.get("status"))
    m = re.match(r"curl (\d+):", err)
    if m:
        return CURL_CODES.get(int(m.group(1)), "curl_" + m.group(1))
    low = err.lower()
    if "dnserror" in low or "name or service not known" in low or "no address associated" in low \
            or "could not contact dns" in low or "name resolution" in low:
        return "dns"
    if "connect call failed" in low or "connection refused" in low:
        return "refused"
    if "certificate" in low or "ssl" in low:
        return "tls"
    if "timeout" in low:
        return "timeout"
    return "other"


def read_outputs(spec):
    """-> (records by URL: {kind, title, status, rec}, bad lines, duplicates)"""
    got, bad, dup = {}, 0, 0
    for _argv, path in spec["cmds"]:
        with open(path, "rb") as f:
            for raw in f:
                if spec["fmt"] == "curl":
                    parts = raw.decode("utf-8", "replace").rstrip("\n").split("\t")
                    if len(parts) != 5:
                        bad += 1
                        continue
                    code, st, _size, hv, url = parts
                    if code == "0":
                        kind = status_kind(st)
                    else:
                        kind = CURL_CODES.get(int(code), "curl_" + code) if code.isdigit() else "curl_" + code
                    rec = {"kind": kind, "title": None, "status": st, "http_version": hv}
                else:
                    try:
                        j = json.loads(raw)
                        url = j["url"]
                    except (ValueError, KeyError, TypeError):
                        bad += 1
                        continue
                    kind = kind_crawl(j) if spec["fmt"] == "crawl" else kind_peer(j)
                    dns_ms = (j.get("timing") or {}).get("dns_ms") if spec["fmt"] == "crawl" else None
                    rec = {"kind": kind, "title": j.get("title"), "status": j.get("status"), "dns_ms": dns_ms,
                           "http_version": j.get("http_version"), "detail": j.get("error_detail") or j.get("error"),
                           "line": j.get("line"), "attempts": j.get("attempts")}
                if url in got:
                    dup += 1
                    continue
                got[url] = rec
    return got, bad, dup


def score(spec, wl, titles):
    got, bad, dup = read_outputs(spec)
    by_line = {r["line"]: r for r in got.values() if spec["fmt"] == "crawl" and r.get("line")}
    kinds, unexpected, versions = Counter(), Counter(), Counter()
    details = defaultdict(Counter)
    t_n = t_ok = 0
    mismatches = []
    urls = set()
    for i, row in enumerate(wl["rows"]):
        urls.add(row["url"])
        rec = got.get(row["url"]) or by_line.get(i + 1)
        kind = rec["kind"] if rec else "missing"
        kinds[kind] += 1
        if rec and rec.get("http_version"):
            versions[str(rec["http_version"])] += 1
        if kind != row["expect"]:
            unexpected["%s->%s" % (row["expect"], kind)] += 1
            if rec and rec.get("detail"):
                details[kind][str(rec["detail"])[:100]] += 1
        if spec["parses_titles"] and row["expect"] == "ok" and kind == "ok":
            t_n += 1
            want = titles.get(row["path"])
            have = rec.get("title")
            if have == want or (spec["fmt"] == "peer" and want is None and have == ""):
                t_ok += 1
            elif len(mismatches) < 20:
                mismatches.append({"url": row["url"], "want": want, "got": have})
    dns_slow = sum(1 for r in got.values() if (r.get("dns_ms") or 0) > 1000) if spec["fmt"] == "crawl" else None
    return {"kinds": dict(kinds), "unexpected": dict(unexpected), "n_unexpected": sum(unexpected.values()),
            "dns_over_1s": dns_slow,
            "unexpected_details": {k: dict(v.most_common(3)) for k, v in details.items()},
            "bad_lines": bad, "duplicates": dup, "extra": len(set(got) - urls) if spec["fmt"] != "crawl" else
            sum(1 for u, r in got.items() if u not in urls and r.get("line") not in range(1, len(wl["rows"]) + 1)),
            "titles_checked": t_n, "titles_ok": t_ok,
            "titles_ok_pct": round(100.0 * t_ok / t_n, 2) if t_n else None,
            "title_mismatches": mismatches, "http_versions": dict(versions)}


# ============================================================================ one run
ACTIVE = {"pids": []}


def kill_groups(pids, sig):
    for pid in pids:
        try:
            os.killpg(pid, sig)          # the session/process group this script made for that pid
        except (ProcessLookupError, PermissionError):
            pass


def run_one(a, net, run_id, phase, rep, tool, wl, P, C, titles):
    rundir = os.path.join(a.work, "runs", run_id)
    os.makedirs(rundir, exist_ok=True)
    spec = tool_spec(a, tool, wl, P, C, rundir)
    logs = os.path.join(a.out, "logs")
    model = ideal(wl["rows"], spec["conc"], spec["per_host"], a.rtt_ms / 1000.0, a.dns_rtt_ms / 1000.0, a.mtu - 52)
    load0 = loadavg()
    ng0, tcp0, nf0 = net.nginx_status(), tcp_counters(), net.nfdelay_stats()
    srv0, stat0, self0 = net.cpu(), machine_stat(), sum(os.times()[:2])
    errs, procs, results = [], [], {}
    t0 = time.monotonic()
    for k, (argv, out) in enumerate(spec["cmds"]):
        fo = open(out, "wb")
        fe = open(os.path.join(logs, "%s.%d.stderr" % (run_id, k)), "wb")
        p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe, env=spec["env"],
                             cwd=rundir, start_new_session=True)
        fo.close()
        fe.close()
        p.returncode = 0          # reaped with os.wait4 below; keeps Popen from reaping it itself
        procs.append(p.pid)
    ACTIVE["pids"] = list(procs)
    sampler = Sampler(procs, a.sample_ms / 1000.0)
    sampler.start()

    def reap(pid):
        _, status, ru = os.wait4(pid, 0)
        results[pid] = (time.monotonic(), os.waitstatus_to_exitcode(status), ru.ru_utime, ru.ru_stime)
    threads = [threading.Thread(target=reap, args=(pid,), daemon=True) for pid in procs]
    for t in threads:
        t.start()
    timed_out = False
    deadline = t0 + a.run_timeout
    try:
        for t in threads:
            t.join(max(0.0, deadline - time.monotonic()))
        if any(t.is_alive() for t in threads):
            timed_out = True
            log("%s: run timeout (%d s): stopping it" % (run_id, a.run_timeout))
            kill_groups(procs, signal.SIGTERM)
            for t in threads:
                t.join(5)
            kill_groups(procs, signal.SIGKILL)
            for t in threads:
                t.join(5)
    except BaseException:
        kill_groups(procs, signal.SIGKILL)
        for t in threads:
            t.join(5)
        sampler.stop()
        raise
    finally:
        ACTIVE["pids"] = []
    wall = max((r[0] for r in results.values()), default=time.monotonic()) - t0
    sampler.stop()
    # a member of a run's process group still alive (a child its parent did not wait for)?
    stragglers = 0
    for pid in procs:
        try:
            os.killpg(pid, 0)
            stragglers += 1
            os.killpg(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    srv1, stat1, self1 = net.cpu(), machine_stat(), sum(os.times()[:2])
    nf1, ng1, tcp1 = net.nfdelay_stats(), net.nginx_status(), tcp_counters()
    user = sum(r[2] for r in results.values())
    system = sum(r[3] for r in results.values())
    cpu = user + system
    srv = {k: round(srv1.get(k, 0) - srv0.get(k, 0), 2) for k in srv1}
    n = len(wl["rows"])
    sc = score(spec, wl, titles)
    released = nf1.get("released", 0) - nf0.get("released", 0)
    top = sorted(sampler.procs.values(), key=lambda r: -r["hwm_kb"])
    rec = {
        "run": run_id, "phase": phase, "repeat": rep, "tool": tool, "workload": wl["name"], "urls": n,
        "hosts": wl["hosts"], "P": P, "C": C, "per_host": spec["per_host"], "rtt_ms": a.rtt_ms,
        "jitter_ms": a.jitter_ms, "dns_rtt_ms": a.dns_rtt_ms, "wall_s": round(wall, 3),
        "urls_per_s": round(n / wall, 1) if wall > 0 else None, "cpu_user_s": round(user, 3),
        "cpu_sys_s": round(system, 3), "cpu_s": round(cpu, 3), "cpu_s_per_1k": round(1000.0 * cpu / n, 3),
        "rss_largest_mb": round(top[0]["hwm_kb"] / 1024.0, 1) if top else None,
        "rss_largest_comm": top[0]["comm"] if top else None,
        "rss_sum_peak_mb": round(sampler.rss_sum_peak_kb / 1024.0, 1), "procs_peak": sampler.procs_peak,
        "processes": [{"comm": r["comm"], "hwm_mb": round(r["hwm_kb"] / 1024.0, 1), "cpu_s": r["cpu_s"]} for r in top[:8]],
        "samples": sampler.samples, "exit_codes": [results[p][1] if p in results else None for p in procs],
        "timed_out": timed_out, "stragglers": stragglers,
        "server_cpu_s": srv,
        "foreign_cpu_s": round(busy_s(stat1) - busy_s(stat0) - cpu - sum(srv.values()) - (self1 - self0), 2),
        "machine_cpu_s": {k: round(stat1[k] - stat0[k], 2) for k in STAT_COLS},
        "loadavg_before": load0, "loadavg_after": loadavg(),
        "server_connections": ng1["accepts"] - ng0["accepts"] - 1 if ng0 and ng1 else None,
        "server_requests": ng1["requests"] - ng0["requests"] - 1 if ng0 and ng1 else None,
        "tcp": {k: tcp1.get(k, 0) - tcp0.get(k, 0) for k in tcp1},
        "net_packets": nf1.get("received", 0) - nf0.get("received", 0),
        "net_late_mean_ms": round((nf1.get("late_sum_ms", 0) - nf0.get("late_sum_ms", 0)) / released, 3) if released else None,
        "net_late_max_ms": nf1.get("late_max_ms"), "net_peak_held": nf1.get("peak_held"),
    }
    rec.update({k: round(v, 3) for k, v in model.items()})
    rec["measured_over_ideal"] = round(wall / model["ideal_s"], 2) if model["ideal_s"] else None
    rec.update(sc)
    if tool.startswith("crawl"):
        try:
            with open(os.path.join(rundir, "stats.json")) as f:
                rec["crawl_stats"] = json.load(f)
        except (OSError, ValueError):
            rec["crawl_stats"] = None
    wrong_titles = spec["fmt"] == "crawl" and (sc["titles_ok_pct"] or 100) < 100
    if a.keep_outputs or sc["n_unexpected"] or sc["bad_lines"] or wrong_titles:
        dest = os.path.join(a.out, "outputs", run_id)
        os.makedirs(dest, exist_ok=True)
        for _argv, path in spec["cmds"]:
            shutil.copy(path, dest)
    shutil.rmtree(rundir, ignore_errors=True)
    return rec


# ============================================================================ tables
def med(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def fmt(x, nd=2):
    if x is None:
        return "-"
    if isinstance(x, float):
        return ("%%.%df" % nd) % x
    return str(x)


def table(runs, group_keys):
    groups = defaultdict(list)
    for r in runs:
        groups[tuple(r[k] for k in group_keys) + (r["tool"],)].append(r)
    hdr = list(group_keys) + [
        "tool", "runs", "wall s", "URLs/s", "ideal s", "measured/ideal", "CPU s/1k URLs",
        "peak RSS MB (largest proc)", "peak RSS MB (sum)", "procs", "ok", "404", "dns", "refused",
        "unexpected", "titles ok %", "TCP conns", "TLS hs / resumed", "DNS lost srv / cli", "nginx CPU s", "net CPU s",
        "foreign CPU s", "load1"]
    lines = ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)]
    order = {t: i for i, t in enumerate(TOOL_ORDER)}
    for k in sorted(groups, key=lambda k: (k[:-1], order.get(k[-1], 99))):
        rs = groups[k]
        kinds, unexp = Counter(), Counter()
        for r in rs:
            kinds.update(r["kinds"])
            unexp.update(r["unexpected"])
        nrep = len(rs)
        unexp_txt = ", ".join("%s %g" % (kk, round(v / nrep, 1)) for kk, v in unexp.most_common(3)) or "0"
        tls = "-"
        if k[-1].startswith("crawl"):
            hs = [((r.get("crawl_stats") or {}).get("tls") or {}) for r in rs]
            tls = "%s / %s" % (fmt(med([h.get("handshakes") for h in hs]), 0), fmt(med([h.get("resumed") for h in hs]), 0))
        tpct = med([r["titles_ok_pct"] for r in rs])
        row = [str(x) for x in k[:-1]] + [
            k[-1] + (" *" if any(r["timed_out"] for r in rs) else ""), str(nrep),
            fmt(med([r["wall_s"] for r in rs])), fmt(med([r["urls_per_s"] for r in rs]), 0),
            fmt(med([r["ideal_s"] for r in rs])), fmt(med([r["measured_over_ideal"] for r in rs]), 1),
            fmt(med([r["cpu_s_per_1k"] for r in rs])), fmt(med([r["rss_largest_mb"] for r in rs]), 0),
            fmt(med([r["rss_sum_peak_mb"] for r in rs]), 0), fmt(med([r["procs_peak"] for r in rs]), 0)] + [
            str(int(round(kinds.get(x, 0) / nrep))) for x in ("ok", "404", "dns", "refused")] + [
            unexp_txt, (fmt(tpct, 1) + ("" if k[-1].startswith("crawl") else " (own parser)")) if tpct is not None else "n/a",
            fmt(med([r["server_connections"] for r in rs]), 0), tls,
            "%s / %s" % (fmt(med([r["tcp"].get("udp_drops_dns_server") for r in rs]), 0),
                         fmt(med([r["tcp"].get("udp_RcvbufErrors", 0) - r["tcp"].get("udp_drops_dns_server", 0)
                                  for r in rs]), 0)),
            fmt(med([r["server_cpu_s"].get("nginx") for r in rs]), 1),
            fmt(med([r["server_cpu_s"].get("nfdelay") for r in rs]), 1),
            fmt(med([r["foreign_cpu_s"] for r in rs]), 1),
            fmt(med([r["loadavg_before"][0] for r in rs]), 1)]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def write_tables(a, runs, env):
    parts = ["# realnet: crawl vs peers over an emulated internet\n",
             "RTT %g ms (jitter +-%g ms), DNS RTT %g ms, MTU %d; P = %d processes per tool; medians over repeats. "
             "Load average at start %s. `*` after a tool: a run hit the run timeout.\n"
             % (a.rtt_ms, a.jitter_ms, a.dns_rtt_ms, a.mtu, a.procs, env.get("loadavg_start"))]
    main_runs = [r for r in runs if r["phase"] == "main"]
    if main_runs:
        s = env["workloads"][main_runs[0]["workload"]]
        parts.append("## main: %d URLs over %d hosts (%d https hosts, %d https URLs), C = %d per process\n\n%s\n"
                     % (s["urls"], s["hosts"], s["https_hosts"], s["https_urls"], a.conc, table(main_runs, [])))
    scale_runs = [r for r in runs if r["phase"] == "scale"]
    if scale_runs:
        parts.append("## scale: %d URLs, hosts varied, C = %d per process\n\n%s\n"
                     % (scale_runs[0]["urls"], a.conc, table(scale_runs, ["hosts"])))
    txt = "\n".join(parts)
    with open(os.path.join(a.out, "table.md"), "w") as f:
        f.write(txt)
    return txt


# ============================================================================ main
def versions(a, tools):
    cmds = [("crawl", [a.crawl, "--version"]), ("curl", ["curl", "--version"]), ("nginx", ["nginx", "-v"]),
            ("dnsmasq", ["dnsmasq", "--version"]), ("openssl", ["openssl", "version"]), ("driver_python", [sys.executable, "-V"])]
    if any(t in PEER_TOOLS for t in tools):
        cmds += [("peer_python", [a.peer_python, "-c", "import sys, pycurl, aiohttp; print(sys.version.split()[0], "
                                  "pycurl.version, 'aiohttp', aiohttp.__version__)"])]
    out = {}
    for name, cmd in cmds:
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=20)
            out[name] = ((r.stdout or r.stderr).strip().splitlines() or ["?"])[0]
        except Exception as e:  # noqa: BLE001
            out[name] = "n/a (%s)" % e
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--work", required=True, help="run.sh's temp dir (tls/, nfdelay)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--crawl", required=True, help="the crawl binary (run.sh's private copy)")
    ap.add_argument("--crawl-args", default="", help="appended to every crawl command")
    ap.add_argument("--bundle", required=True, help="PEM bundle: system CAs + the local CA")
    ap.add_argument("--shared", default="", help="../shared/bench/realnet, for the pycurl and aiohttp peers")
    ap.add_argument("--peer-python", default="", help="a python3 with pycurl, aiohttp, aiomultiprocess, lxml")
    ap.add_argument("--phases", default="main,scale")
    ap.add_argument("--tools", default="crawl,crawl-ph0,curl-cli,pycurl,aiohttp")
    ap.add_argument("--scale-tools", default="crawl-ph0,curl-cli,pycurl")
    ap.add_argument("--urls", type=int, default=10000)
    ap.add_argument("--hosts", type=int, default=2500)
    ap.add_argument("--scale-urls", type=int, default=10000)
    ap.add_argument("--scale-hosts", default="250,1000,5000")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--conc", type=int, default=256)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--scale-repeats", type=int, default=None)
    ap.add_argument("--rtt-ms", type=float, default=50)
    ap.add_argument("--jitter-ms", type=float, default=5)
    ap.add_argument("--dns-rtt-ms", type=float, default=None)
    ap.add_argument("--mtu", type=int, default=1500)
    ap.add_argument("--zipf", type=float, default=1.0)
    ap.add_argument("--max-host-share", type=float, default=0.01)
    ap.add_argument("--https-share", type=float, default=0.5)
    ap.add_argument("--nxdomain-pct", type=float, default=1.0)
    ap.add_argument("--refused-pct", type=float, default=1.0)
    ap.add_argument("--notfound-pct", type=float, default=1.0)
    ap.add_argument("--addrs", type=int, default=1000, help="server addresses 127.1.x.y the names spread over")
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=20241201)
    ap.add_argument("--nginx-workers", type=int, default=2)
    ap.add_argument("--run-timeout", type=int, default=300)
    ap.add_argument("--budget-s", type=int, default=5400)
    ap.add_argument("--pause-s", type=float, default=2.0)
    ap.add_argument("--sample-ms", type=int, default=50)
    ap.add_argument("--keep-outputs", action="store_true")
    a = ap.parse_args()
    a.dns_rtt_ms = a.rtt_ms if a.dns_rtt_ms is None else a.dns_rtt_ms
    t_start = time.monotonic()
    os.makedirs(os.path.join(a.out, "logs"), exist_ok=True)

    def on_term(sig, frm):
        _stop["flag"] = True
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)

    phases = [p for p in a.phases.split(",") if p]
    main_tools = [t for t in a.tools.split(",") if t]
    scale_tools = [t for t in a.scale_tools.split(",") if t]
    have_peers = bool(a.shared and a.peer_python)
    for lst in (main_tools, scale_tools):
        for t in list(lst):
            if t not in TOOL_ORDER:
                raise SystemExit("unknown tool %s (known: %s)" % (t, ", ".join(TOOL_ORDER)))
            if t in PEER_TOOLS and not have_peers:
                lst.remove(t)
    if not have_peers:
        log("shared peers off (no --shared / --peer-python): tools", main_tools, "/ scale", scale_tools)

    # corpus, zone, workloads
    cdir = os.path.join(a.work, "corpus")
    manifest = corpus.generate(cdir, count=a.pages, quiet=True)
    titles, pages = {}, []
    for path, e in corpus.load_expected(cdir).items():
        titles[path] = e["title"]
        pages.append((path, e["bytes"]))
    pages.sort()
    scale_hosts = [int(h) for h in a.scale_hosts.split(",") if h] if "scale" in phases else []
    n_names = max([a.hosts if "main" in phases else 0] + scale_hosts + [100])
    zone = write_zone(os.path.join(a.work, "zone.hosts"), n_names, a.addrs, a.nxdomain_pct, a.refused_pct)
    wdir = os.path.join(a.work, "wl")
    os.makedirs(wdir, exist_ok=True)
    wls = {}
    if "main" in phases:
        wls["main"] = make_workload(wdir, "main", a.urls, a.hosts, pages, a)
    for h in scale_hosts:
        wls["h%d" % h] = make_workload(wdir, "h%d" % h, a.scale_urls, h, pages, a)
    env = {"kernel": os.uname().release, "cpus": os.cpu_count(), "loadavg_start": loadavg(),
           "args": {k: v for k, v in vars(a).items() if k not in ("work", "out")},
           "git": os.environ.get("REALNET_GIT", ""), "crawl_sha256": os.environ.get("REALNET_CRAWL_SHA", ""),
           "corpus": {"pages": a.pages, "seed": manifest.get("seed"), "sizes": manifest.get("sizes")},
           "zone": {"names": n_names, "addresses": a.addrs, "fates": zone},
           "workloads": {k: v["summary"] for k, v in wls.items()}, "versions": versions(a, main_tools + scale_tools)}
    for k, v in wls.items():
        log("workload %s: %s" % (k, json.dumps(v["summary"])))

    net = Network(a)
    runs = []
    rc = 0
    runs_path = os.path.join(a.out, "runs.jsonl")
    try:
        net.start(n_names)
        net.check()
        env["probe_ms"] = net.probe()
        env["nfdelay_realtime"] = net.realtime
        log("probe (median ms, one sequential curl per fresh name):", json.dumps(env["probe_ms"]))
        plan = []
        if "main" in phases:
            for rep in range(a.repeats):
                r = rep % len(main_tools) if main_tools else 0
                plan += [("main", rep, t, "main") for t in main_tools[r:] + main_tools[:r]]
        for rep in range(a.scale_repeats or a.repeats):
            for h in scale_hosts:
                r = rep % len(scale_tools) if scale_tools else 0
                plan += [("scale", rep, t, "h%d" % h) for t in scale_tools[r:] + scale_tools[:r]]
        log("plan: %d runs, budget %d s, run timeout %d s" % (len(plan), a.budget_s, a.run_timeout))
        with open(os.path.join(a.out, "env.json"), "w") as f:
            json.dump(env, f, indent=1)
        for i, (phase, rep, tool, wname) in enumerate(plan):
            if _stop["flag"]:
                break
            if time.monotonic() - t_start > a.budget_s:
                log("budget of %d s spent after %d of %d runs: stopping" % (a.budget_s, i, len(plan)))
                break
            wl = wls[wname]
            run_id = "%03d-%s-%s-%s-r%d" % (i, phase, wname, tool, rep)
            rec = run_one(a, net, run_id, phase, rep, tool, wl, a.procs, a.conc, titles)
            runs.append(rec)
            with open(runs_path, "a") as f:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            log("%s: %.2f s (ideal %.2f, x%.1f), %.0f URLs/s, CPU %.2f s/1k, RSS %.0f MB largest / %.0f MB sum, "
                "unexpected %d %s, titles %s %%, conns %s, foreign CPU %.1f s, load %.1f" % (
                    run_id, rec["wall_s"], rec["ideal_s"], rec["measured_over_ideal"] or 0, rec["urls_per_s"] or 0,
                    rec["cpu_s_per_1k"], rec["rss_largest_mb"] or 0, rec["rss_sum_peak_mb"], rec["n_unexpected"],
                    json.dumps(rec["unexpected"])[:100], rec["titles_ok_pct"], rec["server_connections"],
                    rec["foreign_cpu_s"], rec["loadavg_before"][0]))
            time.sleep(a.pause_s)
    except KeyboardInterrupt:
        log("interrupted: stopping")
        kill_groups(ACTIVE["pids"], signal.SIGKILL)
        rc = 130
    finally:
        net.stop()
    env["loadavg_end"] = loadavg()
    with open(os.path.join(a.out, "env.json"), "w") as f:
        json.dump(env, f, indent=1)
    print(write_tables(a, runs, env))
    return rc


if __name__ == "__main__":
    sys.exit(main())
