#!/usr/bin/env python3
"""crawl's macro benchmark: crawl (and optionally the curl CLI) against a private nginx on 127.0.0.1.

    python3 Benchmarks/macro/bench.py [--scenarios default|all|a,b] [--repeats 3] [--n-urls N]
                                      [--crawl PATH] [--extra-args '...'] [--with-curl] [--budget-s 900]

Normally started through Benchmarks/run (installs nginx/echo module/curl/time if missing, builds
crawl in release). Python standard library only. See Benchmarks/macro/README.md for the columns.

Safety: servers bind 127.0.0.1 only; every process this script starts is its own session leader and
is stopped by its own pid / process group; every loop is bounded; every run has a timeout and the
whole invocation a budget.
"""
import argparse
import datetime
import json
import math
import os
import random
import resource
import shlex
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.dont_write_bytecode = True          # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import corpus  # noqa: E402

CLK_TCK = os.sysconf("SC_CLK_TCK")
CURL_PARALLEL_CAP = 300        # curl 7.x clamps --parallel-max to 300 (tool_getparam.c MAX_PARALLEL)

SCENARIOS = {
    # name: server, URL count, P, C, delay (ms), sampled list?
    "fast-p1c16":    dict(server="fast", n=20000, procs=1, conc=16, delay_ms=0, sample=False),
    "fast-p2c32":    dict(server="fast", n=20000, procs=2, conc=32, delay_ms=0, sample=False),
    "fast-p2c64":    dict(server="fast", n=20000, procs=2, conc=64, delay_ms=0, sample=False),
    "latency-p2c64": dict(server="latency", n=2000, procs=2, conc=64, delay_ms=100, sample=True),
    "latency-scale": dict(server="latency", n=20000, procs=2, conc=1000, delay_ms=500, sample=False),
}
DEFAULT_SCENARIOS = ["fast-p1c16", "fast-p2c32", "fast-p2c64", "latency-p2c64"]


class Interrupted(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc)


# --------------------------------------------------------------------------------------------
# /proc helpers

def read_file(path, limit=1 << 20):
    try:
        with open(path, "rb") as f:
            return f.read(limit).decode("utf-8", "replace")
    except OSError:
        return None


def proc_children(pid):
    out = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks[:4096]:
        s = read_file(f"/proc/{pid}/task/{tid}/children")
        if s:
            out.extend(int(x) for x in s.split())
    return out


def proc_hwm_kb(pid):
    s = read_file(f"/proc/{pid}/status")
    if not s:
        return None
    for line in s.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return None


def proc_cpu_ticks(pid):
    s = read_file(f"/proc/{pid}/stat")
    if not s or ")" not in s:
        return None
    rest = s[s.rindex(")") + 2:].split()
    return int(rest[11]) + int(rest[12])      # utime + stime


def proc_comm(pid):
    s = read_file(f"/proc/{pid}/comm")
    return s.strip() if s else None


class TreeSampler(threading.Thread):
    """Every interval, walks the process tree under each root pid (through /proc/PID/task/*/children)
    and keeps, per pid, the largest VmHWM seen and the last utime+stime."""

    def __init__(self, roots, interval_s):
        super().__init__(daemon=True)
        self.roots = list(roots)
        self.interval = interval_s
        self.stop_evt = threading.Event()
        self.procs = {}          # pid -> {"root": bool, "hwm_kb": int, "ticks": int, "comm": str}
        self.samples = 0

    def sample(self):
        stack = [(p, True) for p in self.roots]
        seen = set()
        while stack and len(seen) < 4096:
            pid, is_root = stack.pop()
            if pid in seen:
                continue
            seen.add(pid)
            hwm = proc_hwm_kb(pid)
            ticks = proc_cpu_ticks(pid)
            if hwm is None and ticks is None:
                continue
            rec = self.procs.get(pid)
            if rec is None:
                rec = self.procs[pid] = {"root": is_root, "hwm_kb": 0, "ticks": 0, "comm": proc_comm(pid)}
            if hwm is not None:
                rec["hwm_kb"] = max(rec["hwm_kb"], hwm)
            if ticks is not None:
                rec["ticks"] = max(rec["ticks"], ticks)
            for c in proc_children(pid):
                stack.append((c, False))
        self.samples += 1

    def run(self):
        while not self.stop_evt.is_set():
            self.sample()
            self.stop_evt.wait(self.interval)

    def stop(self):
        self.stop_evt.set()
        self.join(timeout=5)


# --------------------------------------------------------------------------------------------
# Process runs

class RunGroup:
    """Starts commands, each as its own session leader (pgid == pid), and waits for all of them
    with os.wait4; a watchdog kills the groups (by those pids) on timeout or on request."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pids = []
        self.reaped = set()
        self.timed_out = False

    def kill(self, sig):
        with self.lock:
            for pid in self.pids:
                try:
                    os.killpg(pid, sig)     # the process group this script created for pid
                except ProcessLookupError:
                    pass
                except PermissionError:
                    pass

    def _watchdog(self, timeout, done):
        if done.wait(timeout):
            return
        self.timed_out = True
        self.kill(signal.SIGTERM)
        if done.wait(3):
            return
        self.kill(signal.SIGKILL)

    def run(self, cmds, outs, errs, timeout, sampler_interval, cwd=None):
        """Returns dict with wall, per-command exit codes, summed rusage, sampler data."""
        done = threading.Event()
        files = []
        t0 = time.monotonic()
        sampler = None
        try:
            for cmd, out, err in zip(cmds, outs, errs):
                fo, fe = open(out, "wb"), open(err, "wb")
                files += [fo, fe]
                p = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe,
                                     start_new_session=True, cwd=cwd)
                with self.lock:
                    self.pids.append(p.pid)
                p.returncode = 0          # reaped below with os.wait4; keep Popen from waiting
            sampler = TreeSampler(self.pids, sampler_interval) if sampler_interval > 0 else None
            if sampler:
                sampler.start()
            wd = threading.Thread(target=self._watchdog, args=(timeout, done), daemon=True)
            wd.start()
            codes, ru_user, ru_sys, ru_maxrss = [], 0.0, 0.0, 0
            for pid in list(self.pids):
                _, status, ru = os.wait4(pid, 0)
                with self.lock:
                    self.reaped.add(pid)
                codes.append(os.waitstatus_to_exitcode(status))
                ru_user += ru.ru_utime
                ru_sys += ru.ru_stime
                ru_maxrss = max(ru_maxrss, ru.ru_maxrss)
            wall = time.monotonic() - t0
        except BaseException:
            # interrupted (Ctrl-C, SIGTERM) or a start failure: end what this run started, reap it
            self.kill(signal.SIGKILL)
            for pid in self.pids:
                if pid not in self.reaped:
                    try:
                        os.waitpid(pid, 0)
                    except ChildProcessError:
                        pass
            raise
        finally:
            done.set()
            if sampler:
                sampler.stop()
            for f in files:
                f.close()
        # anything of the groups still alive (e.g. a worker its parent did not wait for)?
        stragglers = 0
        for pid in self.pids:
            try:
                os.killpg(pid, 0)
                stragglers += 1
                os.killpg(pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        return {"wall_s": wall, "exit_codes": codes, "cpu_user_s": ru_user, "cpu_sys_s": ru_sys,
                "rusage_maxrss_kb": ru_maxrss, "timed_out": self.timed_out,
                "procs": sampler.procs if sampler else {}, "samples": sampler.samples if sampler else 0,
                "stragglers": stragglers}


ACTIVE = {"group": None}


# --------------------------------------------------------------------------------------------
# nginx

def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
    finally:
        s.close()


def find_echo_module():
    for p in ("/usr/lib/nginx/modules/ngx_http_echo_module.so",
              "/usr/share/nginx/modules/ngx_http_echo_module.so"):
        if os.path.exists(p):
            return p
    conf = "/usr/share/nginx/modules-available/mod-http-echo.conf"
    s = read_file(conf)
    if s:
        for tok in s.replace(";", " ").split():
            if tok.endswith("ngx_http_echo_module.so"):
                path = tok if tok.startswith("/") else os.path.join("/usr/share/nginx", tok)
                if os.path.exists(path):
                    return path
    return None


class Nginx:
    def __init__(self, nginx_bin, root, delays_ms, workdir):
        self.bin = nginx_bin
        self.root = root
        self.delays = sorted(set(delays_ms))
        self.dir = os.path.join(workdir, "nginx")
        self.proc = None
        self.fast_port = None
        self.latency_ports = {}

    def conf_text(self, module):
        d = self.dir
        lines = []
        if self.delays:
            lines.append(f"load_module {module};")
        if os.geteuid() == 0:
            lines.append("user root root;")       # workers run as the current user (root)
        lines += [
            "worker_processes auto;",
            "worker_rlimit_nofile 20000;",
            f"pid {d}/nginx.pid;",
            f"error_log {d}/error.log warn;",
            "events { worker_connections 8192; multi_accept on; use epoll; }",
            "http {",
            "    types { text/html html; }",
            "    default_type application/octet-stream;",
            "    charset off;",
            "    access_log off;",
            "    server_tokens off;",
            "    sendfile on;",
            "    tcp_nopush on;",
            "    tcp_nodelay on;",
            "    keepalive_timeout 60;",
            "    keepalive_requests 1000000;",
            "    gzip off;",
            "    open_file_cache off;",
            f"    client_body_temp_path {d}/tmp/body;",
            f"    proxy_temp_path {d}/tmp/proxy;",
            f"    fastcgi_temp_path {d}/tmp/fastcgi;",
            f"    uwsgi_temp_path {d}/tmp/uwsgi;",
            f"    scgi_temp_path {d}/tmp/scgi;",
            "    server {",
            f"        listen 127.0.0.1:{self.fast_port} backlog=4096;",
            f"        root {self.root};",
            "        location /pages/ { }",
            '        location = /health { return 200 "ok\\n"; }',
            "    }",
        ]
        for ms in self.delays:
            lines += [
                "    server {",
                f"        listen 127.0.0.1:{self.latency_ports[ms]} backlog=4096;",
                f"        root {self.root};",
                "        location /pages/ {",
                f"            echo_sleep {ms / 1000:.3f};",
                "            echo_exec @file;",
                "        }",
                "        location @file { }",
                '        location = /health { return 200 "ok\\n"; }',
                "    }",
            ]
        lines.append("}")
        return "\n".join(lines) + "\n"

    def start(self):
        module = find_echo_module() if self.delays else None
        if self.delays and not module:
            raise SystemExit("bench: ngx_http_echo_module.so not found (apt-get install libnginx-mod-http-echo)")
        os.makedirs(os.path.join(self.dir, "tmp"), exist_ok=True)
        conf = os.path.join(self.dir, "nginx.conf")
        last_err = ""
        for attempt in range(3):
            self.fast_port = free_port()
            self.latency_ports = {ms: free_port() for ms in self.delays}
            with open(conf, "w") as f:
                f.write(self.conf_text(module))
            t = subprocess.run([self.bin, "-t", "-q", "-p", self.dir, "-e", os.path.join(self.dir, "error.log"),
                                "-c", conf], capture_output=True, text=True, timeout=30)
            if t.returncode != 0:
                raise SystemExit(f"bench: nginx -t failed:\n{t.stderr}")
            out = open(os.path.join(self.dir, "stdout.log"), "wb")
            self.proc = subprocess.Popen([self.bin, "-p", self.dir, "-e", os.path.join(self.dir, "error.log"),
                                          "-c", conf, "-g", "daemon off;"],
                                         stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
            out.close()
            ports = [self.fast_port] + list(self.latency_ports.values())
            ok = self._wait_healthy(ports, 10.0)
            if ok:
                return
            last_err = (read_file(os.path.join(self.dir, "error.log")) or "")[-2000:]
            self.stop()
            log(f"bench: nginx did not come up (attempt {attempt + 1}): {last_err.strip()[-300:]}")
        raise SystemExit(f"bench: nginx failed to start:\n{last_err}")

    def _wait_healthy(self, ports, limit):
        deadline = time.monotonic() + limit
        pending = set(ports)
        for _ in range(1000):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                return False
            for port in list(pending):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                        s.sendall(b"GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
                        if s.recv(64).startswith(b"HTTP/1.1 200"):
                            pending.discard(port)
                except OSError:
                    pass
            if not pending:
                return True
            time.sleep(0.1)
        return False

    def cpu_ticks(self):
        """utime+stime of the master and its workers (live processes only)."""
        if not self.proc:
            return 0
        total = proc_cpu_ticks(self.proc.pid) or 0
        for c in proc_children(self.proc.pid):
            total += proc_cpu_ticks(c) or 0
        return total

    def stop(self):
        p = self.proc
        if not p or p.poll() is not None:
            return
        for sig, wait_s in ((signal.SIGQUIT, 10), (signal.SIGTERM, 5)):
            try:
                os.kill(p.pid, sig)            # the master this script started
            except ProcessLookupError:
                break
            try:
                p.wait(timeout=wait_s)
                break
            except subprocess.TimeoutExpired:
                continue
        if p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)   # its own process group (master + workers)
            except ProcessLookupError:
                pass
            p.wait(timeout=5)


def curl_time(url, timeout=15):
    r = subprocess.run(["curl", "-s", "-o", "/dev/null", "--max-time", str(timeout), "-w",
                        "%{http_code} %{time_total}", url], capture_output=True, text=True, timeout=timeout + 5)
    code, t = (r.stdout.split() + ["0", "0"])[:2]
    return int(code), float(t)


# --------------------------------------------------------------------------------------------
# Scoring

def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def score_crawl(out_path, urls, expected):
    want = {}
    for i, u in enumerate(urls):
        want.setdefault(u, []).append(i)
    got = {}
    records = bad_lines = extra = dup = 0
    error_kinds, statuses, sizes = {}, {}, []
    with open(out_path, "rb") as f:
        for raw in f:
            try:
                rec = json.loads(raw)
            except ValueError:
                bad_lines += 1
                continue
            if not isinstance(rec, dict):
                bad_lines += 1
                continue
            records += 1
            u = rec.get("url")
            if u not in want:
                extra += 1
                continue
            if u in got:
                dup += 1
                continue
            got[u] = rec
            if rec.get("error") is not None:
                error_kinds[rec["error"]] = error_kinds.get(rec["error"], 0) + 1
            st = rec.get("status")
            statuses[str(st)] = statuses.get(str(st), 0) + 1
            if isinstance(rec.get("bytes"), int):
                sizes.append(rec["bytes"])
    right, wrong_by_kind, mismatches = 0, {}, []
    for u in urls:
        path = urllib.parse.urlsplit(u).path
        exp = expected[path]
        rec = got.get(u)
        ok = rec is not None and "title" in rec and rec["title"] == exp["title"]
        if ok:
            right += 1
            continue
        for k in exp["kinds"]:
            wrong_by_kind[k] = wrong_by_kind.get(k, 0) + 1
        if len(mismatches) < 30:
            mismatches.append({"url": u, "kinds": exp["kinds"], "expected": exp["title"],
                               "got": rec.get("title") if rec else None, "missing": rec is None,
                               "error": rec.get("error") if rec else None,
                               "error_detail": rec.get("error_detail") if rec else None,
                               "charset": rec.get("charset") if rec else None})
    n = len(urls)
    return {"records": records, "bad_lines": bad_lines, "extra": extra, "duplicates": dup,
            "missing": n - len(got), "records_ok": records == n and len(got) == n and bad_lines == 0,
            "errors": sum(error_kinds.values()), "error_kinds": error_kinds,
            "non200": sum(v for k, v in statuses.items() if k != "200"),
            "median_bytes": median(sizes), "titles_right": right,
            "titles_right_pct": 100.0 * right / n if n else None,
            "wrong_by_kind": wrong_by_kind, "mismatches": mismatches}


def score_curl(out_paths, urls):
    want = set(urls)
    got, records, bad, sizes, errors, non200, extra, dup = set(), 0, 0, [], 0, 0, 0, 0
    for p in out_paths:
        with open(p, "rb") as f:
            for raw in f:
                parts = raw.decode("utf-8", "replace").rstrip("\n").split(" ", 3)
                if len(parts) != 4:
                    bad += 1
                    continue
                records += 1
                code, size, exitcode, url = parts
                if url not in want:
                    extra += 1
                    continue
                if url in got:
                    dup += 1
                    continue
                got.add(url)
                try:
                    sizes.append(int(float(size)))
                except ValueError:
                    pass
                if exitcode != "0":
                    errors += 1
                if code != "200":
                    non200 += 1
    n = len(urls)
    return {"records": records, "bad_lines": bad, "extra": extra, "duplicates": dup,
            "missing": n - len(got), "records_ok": records == n and len(got) == n and bad == 0,
            "errors": errors, "error_kinds": {}, "non200": non200, "median_bytes": median(sizes),
            "titles_right": None, "titles_right_pct": None, "wrong_by_kind": {}, "mismatches": []}


# --------------------------------------------------------------------------------------------
# One measured run

def tree_metrics(res):
    procs = res["procs"]
    roots = [p for p in procs.values() if p["root"]]
    desc = [p for p in procs.values() if not p["root"]]
    return {
        "parent_rss_mb": max((p["hwm_kb"] for p in roots), default=0) / 1024 if roots else None,
        "worker_rss_mb": max((p["hwm_kb"] for p in desc), default=0) / 1024 if desc else None,
        "workers_seen": len(desc),
        "parent_cpu_s_sampled": sum(p["ticks"] for p in roots) / CLK_TCK,
        "worker_cpu_s_sampled": [round(p["ticks"] / CLK_TCK, 2) for p in desc],
        "cpu_s_sampled": sum(p["ticks"] for p in procs.values()) / CLK_TCK,
    }


def run_one(client, sc_name, sc, urls, url_file, expected, args, work, nginx, repeat, timeout):
    P, C, n = sc["procs"], sc["conc"], len(urls)
    run_dir = os.path.join(work, f"{sc_name}-{client}-r{repeat}")
    os.makedirs(run_dir, exist_ok=True)
    if client == "crawl":
        # The corpus is one host (127.0.0.1) and no peer limits per host: neither does crawl here.
        cmds = [[args.crawl, url_file, "--procs", str(P), "--concurrency", str(C), "--per-host", "0"] + args.extra]
        outs = [os.path.join(run_dir, "out.jsonl")]
        errs = [os.path.join(run_dir, "stderr.txt")]
        note = ""
    else:
        k = max(1, math.ceil(C / CURL_PARALLEL_CAP))
        per = math.ceil(C / k)
        nproc = P * k
        shards = [[] for _ in range(nproc)]
        for i, u in enumerate(urls):
            shards[i % nproc].append(u)
        cmds, outs, errs = [], [], []
        for j, sh in enumerate(shards):
            if not sh:
                continue
            cfg = os.path.join(run_dir, f"shard{j}.cfg")
            with open(cfg, "w") as f:
                for u in sh:
                    f.write(f'url = "{u}"\noutput = "/dev/null"\n')
            cmds.append(["curl", "-sS", "--parallel", "--parallel-immediate", "--parallel-max", str(per),
                         "--max-time", "30", "-K", cfg, "-w", "%{http_code} %{size_download} %{exitcode} %{url}\\n"])
            outs.append(os.path.join(run_dir, f"out{j}.txt"))
            errs.append(os.path.join(run_dir, f"stderr{j}.txt"))
        note = f"{len(cmds)} curl procs x --parallel-max {per}" if k > 1 else ""
    load1 = os.getloadavg()[0]
    ng0 = nginx.cpu_ticks()
    started = utc_now().isoformat(timespec="seconds")
    group = RunGroup()
    ACTIVE["group"] = group
    try:
        res = group.run(cmds, outs, errs, timeout, args.sample_ms / 1000.0)
    finally:
        ACTIVE["group"] = None
    ng1 = nginx.cpu_ticks()
    tm = tree_metrics(res)
    score = score_crawl(outs[0], urls, expected) if client == "crawl" else score_curl(outs, urls)
    stderr_tail = ""
    for e in errs:
        s = read_file(e) or ""
        stderr_tail += s[-1500:]
    ideal = math.ceil(n / (P * C)) * sc["delay_ms"] / 1000.0 if sc["delay_ms"] else None
    wall = res["wall_s"]
    cpu = res["cpu_user_s"] + res["cpu_sys_s"]
    rec = {
        "scenario": sc_name, "client": client, "repeat": repeat, "started_utc": started,
        "n_urls": n, "procs": P, "concurrency": C, "delay_ms": sc["delay_ms"],
        "cmd": [shlex.join(c) for c in cmds[:2]] + (["..."] if len(cmds) > 2 else []), "note": note,
        "wall_s": round(wall, 4),
        "urls_per_s": round((n - score["missing"]) / wall, 1) if wall > 0 else None,   # answered URLs
        "exit_codes": res["exit_codes"], "timed_out": res["timed_out"], "stragglers": res["stragglers"],
        "parent_rss_mb": round(tm["parent_rss_mb"], 1) if (client == "crawl" and tm["parent_rss_mb"]) else None,
        "worker_rss_mb": round(tm["worker_rss_mb"], 1) if tm["worker_rss_mb"] else (
            round(tm["parent_rss_mb"], 1) if client == "curl" and tm["parent_rss_mb"] else None),
        "workers_seen": tm["workers_seen"] if client == "crawl" else len(cmds),
        "cpu_user_s": round(res["cpu_user_s"], 3), "cpu_sys_s": round(res["cpu_sys_s"], 3),
        "cpu_s": round(cpu, 3), "cpu_s_sampled": round(tm["cpu_s_sampled"], 2),
        "parent_cpu_s_sampled": round(tm["parent_cpu_s_sampled"], 2),
        "worker_cpu_s_sampled": tm["worker_cpu_s_sampled"] if client == "crawl" else
        [round(p["ticks"] / CLK_TCK, 2) for p in res["procs"].values() if p["root"]],
        "nginx_cpu_s": round((ng1 - ng0) / CLK_TCK, 2),
        "sampler_samples": res["samples"],
        "ideal_s": ideal, "measured_over_ideal": round(wall / ideal, 3) if ideal else None,
        "load1_before": round(load1, 2), "load1_after": round(os.getloadavg()[0], 2),
        "stderr_tail": stderr_tail[-1500:],
    }
    rec.update({k: v for k, v in score.items() if k != "mismatches"})
    if rec["titles_right_pct"] is not None:
        rec["titles_right_pct"] = round(rec["titles_right_pct"], 3)
    return rec, score["mismatches"], run_dir, outs


# --------------------------------------------------------------------------------------------
# Table

def fmt(x, nd=2):
    if x is None:
        return "–"
    if isinstance(x, float):
        return f"{x:.{nd}f}"
    return str(x)


def make_table(runs, scenario_order):
    header = ["scenario", "client", "URLs", "P×C", "wall s (median)", "wall min–max", "URLs/s",
              "parent RSS MB", "worker RSS MB", "CPU s", "worker CPU s", "nginx CPU s", "median bytes",
              "titles right %", "errors", "records == URLs", "measured/ideal", "load1 before", "runs"]
    rows = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for sc in scenario_order:
        for client in ("crawl", "curl"):
            rs = [r for r in runs if r["scenario"] == sc and r["client"] == client]
            if not rs:
                continue
            walls = [r["wall_s"] for r in rs]
            mid = sorted(rs, key=lambda r: r["wall_s"])[(len(rs) - 1) // 2]   # the median-wall run
            titles = [r["titles_right_pct"] for r in rs if r["titles_right_pct"] is not None]
            if titles:
                t = f"{median(titles):.2f}"
                if min(titles) != max(titles):
                    t += f" (min {min(titles):.2f})"
            else:
                t = "n/a"
            ok = sum(1 for r in rs if r["records_ok"])
            wsplit = mid["worker_cpu_s_sampled"]
            ws = " / ".join(f"{x:.2f}" for x in wsplit) if wsplit else "–"
            errs = [r["errors"] + r["missing"] for r in rs]
            err_txt = str(int(median(errs)))
            if max(errs) != min(errs):
                err_txt += f" ({min(errs)}–{max(errs)})"
            timeouts = sum(1 for r in rs if r["timed_out"])
            runs_txt = str(len(rs)) + (f", {timeouts} timed out" if timeouts else "")
            if mid.get("note"):
                runs_txt += f"; {mid['note']}"
            rows.append("| " + " | ".join([
                sc, client, str(rs[0]["n_urls"]), f"{rs[0]['procs']}×{rs[0]['concurrency']}",
                fmt(median(walls), 3), f"{min(walls):.3f}–{max(walls):.3f}",
                fmt(median([r["urls_per_s"] for r in rs]), 0),
                fmt(median([r["parent_rss_mb"] for r in rs]), 1),
                fmt(median([r["worker_rss_mb"] for r in rs]), 1),
                fmt(median([r["cpu_s"] for r in rs]), 2), ws,
                fmt(median([r["nginx_cpu_s"] for r in rs]), 2),
                fmt(median([r["median_bytes"] for r in rs]), 0),
                t, err_txt, f"{ok}/{len(rs)}",
                fmt(median([r["measured_over_ideal"] for r in rs]), 2),
                fmt(median([r["load1_before"] for r in rs]), 2), runs_txt,
            ]) + " |")
    return "\n".join(rows)


# --------------------------------------------------------------------------------------------
# Environment

def cmd_first_line(cmd, stream="stdout"):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e.__class__.__name__})"
    s = (r.stdout if stream == "stdout" else r.stderr) or r.stdout or r.stderr
    return s.strip().splitlines()[0] if s.strip() else f"(exit {r.returncode}, no output)"


def environment(args, manifest, nginx_bin, nofile):
    cpu = "unknown"
    s = read_file("/proc/cpuinfo") or ""
    for line in s.splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    git = {}
    try:
        git["commit"] = subprocess.run(["git", "-C", REPO_ROOT, "rev-parse", "HEAD"], capture_output=True,
                                       text=True, timeout=10).stdout.strip()
        st = subprocess.run(["git", "-C", REPO_ROOT, "status", "--porcelain", "--untracked-files=no"],
                            capture_output=True, text=True, timeout=10).stdout
        git["modified_files"] = len(st.splitlines())
    except (OSError, subprocess.TimeoutExpired):
        pass
    return {
        "crawl": args.crawl, "crawl_version": cmd_first_line([args.crawl, "--version"]),
        "crawl_extra_args": args.extra,
        "curl": cmd_first_line(["curl", "--version"]),
        "nginx": cmd_first_line([nginx_bin, "-v"], "stderr"),
        "python": sys.version.split()[0],
        "nproc": os.cpu_count(), "kernel": os.uname().release, "cpu_model": cpu,
        "mem_total_kb": next((int(l.split()[1]) for l in (read_file("/proc/meminfo") or "").splitlines()
                              if l.startswith("MemTotal:")), None),
        "loadavg_start": os.getloadavg(), "rlimit_nofile": nofile,
        "tcp_tw_reuse": (read_file("/proc/sys/net/ipv4/tcp_tw_reuse") or "").strip(),
        "ip_local_port_range": (read_file("/proc/sys/net/ipv4/ip_local_port_range") or "").split(),
        "git": git, "argv": sys.argv[1:],
        "corpus": {k: manifest.get(k) for k in ("version", "seed", "count", "sizes", "sha256")},
        "sample_interval_ms": args.sample_ms,
    }


# --------------------------------------------------------------------------------------------

def parse_args(argv):
    ap = argparse.ArgumentParser(description="crawl macro benchmark (nginx on 127.0.0.1; see Benchmarks/macro/README.md)")
    ap.add_argument("--scenarios", default="default",
                    help="default | all | comma list of: " + ", ".join(SCENARIOS))
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--n-urls", type=int, default=None, help="cap every scenario's URL count (smoke test)")
    ap.add_argument("--crawl", default=os.path.join(REPO_ROOT, ".build", "release", "crawl"))
    ap.add_argument("--extra-args", default="", help="appended to the crawl command (shell-quoted string)")
    ap.add_argument("--with-curl", action="store_true", help="also run the curl CLI baseline, interleaved")
    ap.add_argument("--budget-s", type=float, default=900.0, help="whole-invocation budget in seconds")
    ap.add_argument("--run-timeout", type=float, default=120.0, help="timeout of one run in seconds")
    ap.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="corpus seed")
    ap.add_argument("--count", type=int, default=corpus.DEFAULT_COUNT, help="corpus page count")
    ap.add_argument("--sample-seed", type=int, default=20240607, help="seed of the latency URL sample")
    ap.add_argument("--corpus-dir", default=corpus.DEFAULT_OUT)
    ap.add_argument("--results-dir", default=os.path.join(REPO_ROOT, ".build", "bench-results", "results"))
    ap.add_argument("--sample-ms", type=float, default=20.0, help="RSS sampler interval (0 = off)")
    ap.add_argument("--keep-outputs", action="store_true", help="keep every run's output in the results dir")
    a = ap.parse_args(argv)
    if a.scenarios == "default":
        a.scenario_list = list(DEFAULT_SCENARIOS)
    elif a.scenarios == "all":
        a.scenario_list = list(SCENARIOS)
    else:
        a.scenario_list = [s.strip() for s in a.scenarios.split(",") if s.strip()]
        bad = [s for s in a.scenario_list if s not in SCENARIOS]
        if bad:
            ap.error(f"unknown scenario(s) {', '.join(bad)}; known: {', '.join(SCENARIOS)}")
    if not 1 <= a.repeats <= 50:
        ap.error("--repeats must be 1..50")
    if a.n_urls is not None and a.n_urls < 1:
        ap.error("--n-urls must be >= 1")
    caller = os.environ.get("BENCH_CALLER_CWD") or os.getcwd()
    a.crawl = os.path.abspath(os.path.join(caller, a.crawl))
    a.extra = shlex.split(a.extra_args)
    return a


def raise_nofile():
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = 65536 if hard == resource.RLIM_INFINITY else min(hard, 65536)
    if soft != resource.RLIM_INFINITY and soft < want:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))
        except (ValueError, OSError):
            pass
    return list(resource.getrlimit(resource.RLIMIT_NOFILE))


def warm_page_cache(root, paths, deadline):
    t0 = time.monotonic()
    total = 0
    for p in paths:
        if time.monotonic() > deadline:
            break
        with open(os.path.join(root, p.lstrip("/")), "rb") as f:
            total += len(f.read())
    return total, time.monotonic() - t0


def main(argv):
    args = parse_args(argv)
    t_start = time.monotonic()
    deadline = t_start + args.budget_s
    if not (os.path.isfile(args.crawl) and os.access(args.crawl, os.X_OK)):
        raise SystemExit(f"bench: crawl binary not found or not executable: {args.crawl}")
    nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
    if not os.path.exists(nginx_bin):
        raise SystemExit("bench: nginx not found (run Benchmarks/run, which installs it)")
    if args.with_curl and not shutil.which("curl"):
        raise SystemExit("bench: curl not found")

    def on_term(signum, frame):
        raise Interrupted(f"signal {signum}")
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGHUP, on_term)

    nofile = raise_nofile()
    manifest = corpus.generate(args.corpus_dir, args.seed, args.count)
    expected = corpus.load_expected(args.corpus_dir)
    paths = [f"/{corpus.page_rel(i)}" for i in range(args.count)]

    stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
    res_dir = os.path.join(args.results_dir, stamp)
    os.makedirs(res_dir, exist_ok=True)
    work = tempfile.mkdtemp(prefix="crawl-bench-")
    delays = [SCENARIOS[s]["delay_ms"] for s in args.scenario_list if SCENARIOS[s]["delay_ms"]]
    nginx = Nginx(nginx_bin, os.path.abspath(args.corpus_dir), delays, work)
    runs, all_mismatches = [], []
    env = None
    exit_code = 0
    try:
        nginx.start()
        log(f"bench: nginx pid {nginx.proc.pid}, fast port {nginx.fast_port}, latency ports "
            f"{ {f'{k} ms': v for k, v in nginx.latency_ports.items()} }; corpus {args.corpus_dir}")
        checks = {}
        code, t = curl_time(f"http://127.0.0.1:{nginx.fast_port}{paths[0]}")
        checks["fast"] = {"status": code, "time_total_s": t}
        if code != 200:
            raise SystemExit(f"bench: fast server answered {code} for {paths[0]}")
        for ms, port in nginx.latency_ports.items():
            code, t = curl_time(f"http://127.0.0.1:{port}{paths[1]}", timeout=ms / 1000 + 10)
            checks[f"latency_{ms}ms"] = {"status": code, "time_total_s": t}
            if code != 200 or not (0.9 * ms / 1000 <= t <= ms / 1000 + 1.0):
                raise SystemExit(f"bench: latency server ({ms} ms) check failed: status {code}, {t:.3f} s")
        log(f"bench: server checks {json.dumps(checks)}")
        env = environment(args, manifest, nginx_bin, nofile)
        env["server_checks"] = checks
        env["nginx_ports"] = {"fast": nginx.fast_port, **{f"latency_{k}ms": v for k, v in nginx.latency_ports.items()}}
        with open(os.path.join(res_dir, "env.json"), "w") as f:
            json.dump(env, f, indent=1)

        # URL lists
        lists = {}
        for name in args.scenario_list:
            sc = SCENARIOS[name]
            n = min(sc["n"], args.count, args.n_urls or sc["n"])
            if sc["sample"]:
                sel = sorted(random.Random(args.sample_seed).sample(range(args.count), min(sc["n"], args.count)))[:n]
            else:
                sel = list(range(n))
            port = nginx.fast_port if sc["server"] == "fast" else nginx.latency_ports[sc["delay_ms"]]
            urls = [f"http://127.0.0.1:{port}{paths[i]}" for i in sel]
            fn = os.path.join(work, f"urls-{name}.txt")
            with open(fn, "w") as f:
                f.write("\n".join(urls) + "\n")
            lists[name] = (urls, fn)
        needed = sorted({urllib.parse.urlsplit(u).path for urls, _ in lists.values() for u in urls})
        nbytes, secs = warm_page_cache(args.corpus_dir, needed, deadline)
        log(f"bench: page cache warmed ({nbytes / 1e6:.0f} MB in {secs:.1f} s)")
        # unmeasured warm-up: binary, libraries and connections
        wu_urls = [f"http://127.0.0.1:{nginx.fast_port}{p}" for p in paths[:200]]
        wu_file = os.path.join(work, "urls-warmup.txt")
        with open(wu_file, "w") as f:
            f.write("\n".join(wu_urls) + "\n")
        subprocess.run([args.crawl, wu_file, "--procs", "2", "--concurrency", "16", "--per-host", "0"] + args.extra,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60, start_new_session=True)

        clients = ["crawl", "curl"] if args.with_curl else ["crawl"]
        total_runs = len(args.scenario_list) * args.repeats * len(clients)
        k = 0
        skipped = 0
        with open(os.path.join(res_dir, "runs.jsonl"), "w") as runs_f:
            for name in args.scenario_list:
                sc = SCENARIOS[name]
                urls, fn = lists[name]
                for rep in range(1, args.repeats + 1):
                    order = clients if rep % 2 == 1 else list(reversed(clients))
                    for client in order:
                        k += 1
                        remaining = deadline - time.monotonic()
                        if remaining < 10:
                            skipped += 1
                            continue
                        timeout = min(args.run_timeout, remaining - 5)
                        rec, mism, run_dir, outs = run_one(client, name, sc, urls, fn, expected, args, work,
                                                           nginx, rep, timeout)
                        runs.append(rec)
                        runs_f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        runs_f.flush()
                        for m in mism:
                            m.update({"scenario": name, "client": client, "repeat": rep})
                            all_mismatches.append(m)
                        problem = (rec["timed_out"] or not rec["records_ok"] or rec["errors"] or
                                   any(c != 0 for c in rec["exit_codes"]) or
                                   (rec["titles_right_pct"] is not None and rec["titles_right_pct"] < 100))
                        if problem or args.keep_outputs:
                            dst = os.path.join(res_dir, "outputs", os.path.basename(run_dir))
                            os.makedirs(dst, exist_ok=True)
                            for fn_ in os.listdir(run_dir):
                                if not fn_.endswith(".cfg"):
                                    shutil.copy(os.path.join(run_dir, fn_), dst)
                        shutil.rmtree(run_dir, ignore_errors=True)
                        tr = f"{rec['titles_right_pct']:.2f}%" if rec["titles_right_pct"] is not None else "n/a"
                        extra = f" ideal x{rec['measured_over_ideal']}" if rec["measured_over_ideal"] else ""
                        log(f"[{k}/{total_runs}] {name} {client} r{rep}: {rec['wall_s']:.3f} s, "
                            f"{rec['urls_per_s']:.0f} URLs/s, cpu {rec['cpu_s']:.2f} s, RSS parent "
                            f"{fmt(rec['parent_rss_mb'], 1)} / worker {fmt(rec['worker_rss_mb'], 1)} MB, "
                            f"titles {tr}, errors {rec['errors']}, missing {rec['missing']}{extra}, "
                            f"load1 {rec['load1_before']}" + (" TIMED OUT" if rec["timed_out"] else "")
                            + (f" exit {rec['exit_codes']}" if any(rec["exit_codes"]) else ""))
        if skipped:
            log(f"bench: budget ({args.budget_s:.0f} s) exhausted, {skipped} run(s) skipped")
    except (KeyboardInterrupt, Interrupted) as e:
        log(f"bench: interrupted ({e.__class__.__name__} {e}); stopping")
        exit_code = 130
    finally:
        g = ACTIVE.get("group")
        if g:
            g.kill(signal.SIGKILL)
        nginx.stop()
        shutil.rmtree(work, ignore_errors=True)

    if all_mismatches:
        with open(os.path.join(res_dir, "mismatches.jsonl"), "w") as f:
            for m in all_mismatches:
                f.write(json.dumps(m, ensure_ascii=False) + "\n")
    table = make_table(runs, args.scenario_list)
    elapsed = time.monotonic() - t_start
    head = (f"crawl macro benchmark — {stamp}" + (" — INTERRUPTED, partial" if exit_code else "") + "\n\n"
            f"`{' '.join(['Benchmarks/run'] + [shlex.quote(x) for x in argv])}`; "
            f"crawl `{env['crawl_version'] if env else '?'}` {' '.join(args.extra)}; "
            f"{env['nproc'] if env else '?'} CPUs ({env['cpu_model'] if env else '?'}); "
            f"corpus seed {args.seed}, {args.count} pages; repeats {args.repeats}; "
            f"medians over repeats; invocation {elapsed:.0f} s\n\n")
    with open(os.path.join(res_dir, "table.md"), "w") as f:
        f.write(head + table + "\n")
    print(head + table)
    notes = []
    for r in runs:
        if r["titles_right_pct"] is not None and r["titles_right_pct"] < 100:
            notes.append(f"{r['scenario']} {r['client']} r{r['repeat']}: titles wrong by kind {r['wrong_by_kind']}")
        if r["error_kinds"]:
            notes.append(f"{r['scenario']} {r['client']} r{r['repeat']}: errors {r['error_kinds']}")
        if r["stragglers"]:
            notes.append(f"{r['scenario']} {r['client']} r{r['repeat']}: {r['stragglers']} process group(s) "
                         f"still alive after the run (killed)")
    if notes:
        print("\nnotes:\n" + "\n".join("- " + n for n in notes[:40]))
    print(f"\nresults: {res_dir}")
    return exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
