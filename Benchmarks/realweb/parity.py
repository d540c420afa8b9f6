#!/usr/bin/env python3
"""Browser parity: crawl's `title` against Chromium's `document.title` on real documents.

python3 standard library only, plus Debian's `chromium` for the browser step. See README.md here.

    Benchmarks/realweb/run.sh                       # unpack, serve, browser (cached), crawl, compare
    Benchmarks/realweb/run.sh --skip-browser        # the browser's titles from the cache only
    python3 Benchmarks/realweb/parity.py --help     # every option

Steps: unpack the corpus (once, into .build/realweb/corpus), serve it on 127.0.0.1 (bytes unchanged;
/raw/...: `Content-Type: text/html`, /utf8/...: `Content-Type: text/html; charset=utf-8`), read
document.title and document.characterSet in headless Chromium over the DevTools protocol
(--remote-debugging-pipe; scripts off; every non-loopback host blocked; results cached in a JSON file),
run crawl over the same URLs, compare, write results.json, summary.md and disagreements.tsv.
"""

import argparse
import codecs
import collections
import hashlib
import html
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import cdp  # noqa: E402
import charsets  # noqa: E402

GROUPS = ("pages", "feeds", "spec")
MODES = ("raw", "utf8")
CACHE_FORMAT = 1
CONTENT_TYPE = {"raw": "text/html", "utf8": "text/html; charset=utf-8"}


def log(*parts):
    print("[%s]" % time.strftime("%H:%M:%S"), *parts, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------
# corpus


def unpack(tarball, dest):
    """Unpack tarball into dest once (a stamp records the tarball's size and mtime)."""
    st = os.stat(tarball)
    stamp = {"tarball": os.path.abspath(tarball), "size": st.st_size, "mtime": int(st.st_mtime)}
    stamp_path = os.path.join(dest, ".unpacked.json")
    try:
        with open(stamp_path) as f:
            if json.load(f) == stamp:
                return
    except (OSError, ValueError):
        pass
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    log("unpacking %s into %s" % (tarball, dest))
    subprocess.run(["tar", "-xJf", tarball, "-C", dest, "--no-same-owner"], check=True)
    with open(stamp_path, "w") as f:
        json.dump(stamp, f)


def find_root(dest):
    """The folder that holds pages/ (the corpus's one top-level folder), at most 3 levels down."""
    for dirpath, dirs, _files in walk_limited(dest, 3):
        if "pages" in dirs:
            return dirpath
    sys.exit("parity: no pages/ folder found under %s" % dest)


# The corpus keeps every document under pages/<source>/; the groups are sets of sources.
GROUP_OF_SOURCE = {"chardet-feeds": "feeds", "html5lib-tests": "spec", "wpt": "spec"}


def group_of(rel):
    parts = rel.split(os.sep)
    if len(parts) >= 3 and parts[0] == "pages":
        return GROUP_OF_SOURCE.get(parts[1], "pages")
    return parts[0] if parts[0] in GROUPS else "pages"


def walk_limited(top, depth):
    for dirpath, dirs, files in os.walk(top):
        rel = os.path.relpath(dirpath, top)
        level = 0 if rel == "." else rel.count(os.sep) + 1
        dirs.sort()
        yield dirpath, dirs, files
        if level >= depth:
            dirs[:] = []


META_SUFFIXES = (".json", ".jsonl", ".md", ".txt", ".tsv", ".csv", ".dat", ".expected", ".license", ".LICENSE")


def load_expected(root):
    """Expected titles of the spec group, if the corpus carries them: {rel path: title or None}.

    Looks for JSON / JSON Lines manifests anywhere under root that map a document's path to an
    expected title (keys like path/file and expected_title/title/expected)."""
    expected = {}
    sources = []
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith((".json", ".jsonl")):
                continue
            path = os.path.join(dirpath, name)
            try:
                if os.path.getsize(path) > 50 * 1024 * 1024:
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
            except (OSError, UnicodeDecodeError):
                continue
            rows = []
            try:
                data = json.loads(text)
                if isinstance(data, list):
                    rows = data
                elif isinstance(data, dict):
                    for key in ("documents", "docs", "files", "entries", "cases", "items"):
                        if isinstance(data.get(key), list):
                            rows = data[key]
                            break
                    else:
                        if all(isinstance(v, dict) for v in data.values()):
                            rows = [dict(v, path=k) for k, v in data.items()]
            except ValueError:
                for line in text.splitlines():
                    line = line.strip()
                    if line:
                        try:
                            rows.append(json.loads(line))
                        except ValueError:
                            pass
            found = 0
            for row in rows:
                if not isinstance(row, dict):
                    continue
                p = next((row[k] for k in ("path", "file", "rel", "name", "document") if isinstance(row.get(k), str)), None)
                if p is None:
                    continue
                for k in ("expected_title", "expected", "title_expected", "expected_document_title"):
                    if k in row and (row[k] is None or isinstance(row[k], str)):
                        full = os.path.normpath(os.path.join(os.path.relpath(dirpath, root), p))
                        expected[full] = row[k]
                        expected.setdefault(os.path.normpath(p), row[k])
                        found += 1
                        break
            if found:
                sources.append((os.path.relpath(path, root), found))
    return expected, sources


def load_docs(root):
    docs = []
    for dirpath, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            if name.startswith(".") or name.endswith(META_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            with open(path, "rb") as f:
                data = f.read()
            docs.append({
                "group": group_of(rel), "rel": rel, "path": path, "size": len(data),
                "sha1": hashlib.sha1(data).hexdigest(), "decl": charsets.declarations(data),
            })
    docs.sort(key=lambda d: (GROUPS.index(d["group"]), d["rel"]))
    return docs


def needs_utf8_mode(doc):
    """Only documents whose bytes are valid UTF-8 and not pure ASCII can read differently as UTF-8."""
    return doc["decl"]["valid_utf8"] and not doc["decl"]["ascii"]


# ------------------------------------------------------------------------------------------------
# server

PROBES = {
    # scripts must be off: the title stays "static"
    "script": (b"<!doctype html><title>static</title><script>document.title='script ran'</script>", "text/html"),
    # an unlabeled windows-1252 byte: Chromium's en-US default decodes it as U+00E9
    "default": (b"<!doctype html><title>caf\xe9</title><p>x", "text/html"),
    # a meta refresh must not take the page away before the title is read
    "refresh": (b"<!doctype html><meta http-equiv=refresh content='0;url=/probe/script'><title>refresh-origin</title>",
                "text/html"),
    # external subresources: blocked, and the page still loads
    "external": (b"<!doctype html><title>external</title><link rel=stylesheet href='http://example.com/a.css'>"
                 b"<img src='http://93.184.215.14/a.png'><iframe src='https://example.org/'></iframe>"
                 b"<script src='http://www.example.net/a.js'></script>", "text/html"),
}


class Server:
    def __init__(self, docs):
        self.by_rel = {d["rel"]: d for d in docs}
        self.counts = collections.Counter()
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            server_version = "realweb"
            sys_version = ""

            def log_message(self, *args):
                pass

            def do_HEAD(self):
                self.do_GET(head=True)

            def do_GET(self, head=False):
                body, ctype, kind = outer.lookup(self.path)
                with outer.lock:
                    outer.counts[kind] += 1
                try:
                    if body is None:
                        self.send_response(404)
                        self.send_header("Content-Type", "text/plain")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                    self.send_header("Cache-Control", "no-store")
                    self.end_headers()
                    if not head:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

        class Threading(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 256

            def handle_error(self, request, client_address):
                pass  # clients (crawl) close connections once they have the title

        self.httpd = Threading(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        self.thread.start()

    def url(self, mode, rel):
        return "http://127.0.0.1:%d/%s/%s" % (self.port, mode, urllib.parse.quote(rel.replace(os.sep, "/")))

    def lookup(self, raw_path):
        path = urllib.parse.urlsplit(raw_path).path
        parts = path.lstrip("/").split("/", 1)
        if len(parts) == 2 and parts[0] == "probe" and parts[1] in PROBES:
            body, ctype = PROBES[parts[1]]
            return body, ctype, "probe"
        if len(parts) == 2 and parts[0] in MODES:
            doc = self.by_rel.get(urllib.parse.unquote(parts[1]))
            if doc is not None:
                with open(doc["path"], "rb") as f:
                    return f.read(), CONTENT_TYPE[parts[0]], parts[0]
        return None, None, "404"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# ------------------------------------------------------------------------------------------------
# browser

EVAL = r"""(() => {
  const t = document.getElementsByTagName('title');
  return {title: document.title, charset: document.characterSet, content_type: document.contentType,
          href: location.href, title_elements: t.length, compat: document.compatMode};
})()"""

DISABLED_FEATURES = [
    "Translate", "OptimizationHints", "OptimizationGuideModelDownloading", "OptimizationHintsFetching",
    "MediaRouter", "DialMediaRouteProvider", "AutofillServerCommunication", "CertificateTransparencyComponentUpdater",
    "InterestFeedContentSuggestions", "HttpsUpgrades", "HttpsFirstBalancedModeAutoEnable", "NetworkTimeServiceQuerying",
    "SafeBrowsingEnhancedProtection", "PrivacySandboxSettings4", "BackForwardCache", "AcceptCHFrame",
    "NetworkServiceInProcess2", "InterestGroupStorage", "FedCm", "DestroyProfileOnBrowserClose",
]


def find_chromium(explicit):
    for name in ([explicit] if explicit else ["chromium", "chromium-browser", "/usr/lib/chromium/chromium"]):
        path = shutil.which(name) if not os.path.isabs(name) else (name if os.access(name, os.X_OK) else None)
        if path:
            return path
    return None


def chromium_version(path):
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
        return out or "unknown"
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"


def chromium_argv(path, profile, netlog):
    argv = [
        path, "--headless", "--remote-debugging-pipe", "--user-data-dir=" + profile,
        "--lang=en-US", "--accept-lang=en-US",
        # every host but loopback: no DNS at all, and no direct connection (a closed loopback proxy)
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=127.0.0.1",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
        "--disable-client-side-phishing-detection", "--disable-breakpad", "--disable-crash-reporter",
        "--no-first-run", "--no-default-browser-check", "--no-pings", "--metrics-recording-only",
        "--safebrowsing-disable-auto-update", "--password-store=basic", "--use-mock-keychain",
        "--disable-gpu", "--mute-audio", "--disable-dev-shm-usage", "--hide-scrollbars",
        "--blink-settings=imagesEnabled=false",
        "--disable-features=" + ",".join(DISABLED_FEATURES),
    ]
    if os.geteuid() == 0:
        argv.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    if netlog:
        argv += ["--log-net-log=" + netlog, "--net-log-capture-mode=Default"]
    argv.append("about:blank")
    return argv


class PageTimeout(Exception):
    pass


class Tab:
    """One browser context with one page target, attached as a flat session."""

    def __init__(self, br, owner):
        self.br = br
        self.allow = 0
        self.blocked = 0
        self.ctx = br.send("Target.createBrowserContext", {"disposeOnDetach": True})["browserContextId"]
        self.target = br.send("Target.createTarget", {"url": "about:blank", "browserContextId": self.ctx})["targetId"]
        self.session = br.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})["sessionId"]
        owner.tabs_by_session[self.session] = self
        self.events = br.events(self.session)
        s = self.session
        br.send("Page.enable", session=s)
        br.send("Page.setLifecycleEventsEnabled", {"enabled": True}, session=s)
        br.send("Emulation.setScriptExecutionDisabled", {"value": True}, session=s)
        br.send("Fetch.enable", {"patterns": [{"urlPattern": "*", "resourceType": "Document", "requestStage": "Request"}]},
                session=s)

    def load(self, url, timeout, grace):
        while True:  # drain events of the previous page (bounded by the queue's size)
            try:
                self.events.get_nowait()
            except queue.Empty:
                break
        t0 = time.monotonic()
        deadline = t0 + timeout
        self.allow = 1
        res = self.br.send("Page.navigate", {"url": url}, session=self.session, timeout=timeout)
        if res.get("errorText"):
            return {"error": res["errorText"], "ms": int((time.monotonic() - t0) * 1000)}
        loader = res.get("loaderId")
        dcl = load = None
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                msg = self.events.get(timeout=left)
            except queue.Empty:
                break
            if msg.get("method") != "Page.lifecycleEvent":
                continue
            p = msg.get("params", {})
            if p.get("frameId") != self.target or (loader and p.get("loaderId") != loader):
                continue
            if p.get("name") == "DOMContentLoaded" and dcl is None:
                dcl = time.monotonic()
                deadline = min(deadline, dcl + grace)  # no scripts: the title is final once parsed
            elif p.get("name") == "load":
                load = time.monotonic()
                break
        if dcl is None and load is None:
            raise PageTimeout("no DOMContentLoaded in %.0f s" % timeout)
        r = self.br.send("Runtime.evaluate", {"expression": EVAL, "returnByValue": True}, session=self.session, timeout=10)
        if "exceptionDetails" in r:
            return {"error": "evaluate: " + json.dumps(r["exceptionDetails"])[:300]}
        v = r.get("result", {}).get("value") or {}
        v["ms"] = int(((load or dcl) - t0) * 1000)
        v["waited_for"] = "load" if load else "DOMContentLoaded"
        if v.get("href") != url:
            v["navigated"] = True
        return v


class BrowserPool:
    """One Chromium, `tabs` tabs in separate browser contexts (separate renderers), restarted on a hang."""

    def __init__(self, path, workdir, tabs, use_netlog):
        self.path = path
        self.workdir = workdir
        self.ntabs = tabs
        self.use_netlog = use_netlog
        self.lock = threading.Lock()
        self.gen = 0
        self.br = None
        self.tabs_by_session = {}
        self.restarts = 0
        self.netlogs = []
        self.profile = tempfile.mkdtemp(prefix="profile-", dir=workdir)
        self.start()

    def _paused(self, br, msg):
        p = msg.get("params", {})
        tab = self.tabs_by_session.get(msg.get("sessionId"))
        rid = p.get("requestId")
        if tab is not None and p.get("frameId") == tab.target and tab.allow > 0:
            tab.allow -= 1
            br.post("Fetch.continueRequest", {"requestId": rid}, session=msg.get("sessionId"))
        else:
            if tab is not None:
                tab.blocked += 1
            # 204 No Content: the navigation does not commit, the page stays (a failed request would
            # replace it with an error page)
            br.post("Fetch.fulfillRequest", {"requestId": rid, "responseCode": 204, "responseHeaders": [],
                                             "body": ""}, session=msg.get("sessionId"))

    def start(self):
        netlog = None
        if self.use_netlog:
            netlog = os.path.join(self.workdir, "netlog-%d.json" % len(self.netlogs))
            self.netlogs.append(netlog)
        self.argv = chromium_argv(self.path, self.profile, netlog)
        env = dict(os.environ, LANG="en_US.UTF-8", LANGUAGE="en_US:en", LC_ALL="en_US.UTF-8", TZ="UTC")
        self.br = cdp.Browser(self.argv, env=env, stderr_path=os.path.join(self.workdir, "chromium.log"),
                              paused_handler=self._paused)
        self.gen += 1
        self.br.send("Target.getBrowserContexts", timeout=30)  # the pipe answers: the browser is up

    def restart(self, gen_seen, why):
        with self.lock:
            if gen_seen != self.gen:
                return  # someone else already restarted it
            if self.restarts >= 50:
                raise SystemExit("parity: the browser hung 50 times; giving up (%s)" % why)
            self.restarts += 1
            log("browser restart %d (%s)" % (self.restarts, why))
            self.br.close()
            self.tabs_by_session.clear()
            self.start()

    def new_tab(self):
        with self.lock:
            return Tab(self.br, self), self.gen

    def close(self):
        if self.br:
            self.br.close()
        shutil.rmtree(self.profile, ignore_errors=True)


def run_probes(pool, server):
    tab, _gen = pool.new_tab()
    out = {}
    for name in PROBES:
        try:
            out[name] = tab.load("http://127.0.0.1:%d/probe/%s" % (server.port, name), 15, 2.0)
        except (cdp.CDPError, PageTimeout) as e:
            out[name] = {"error": str(e)}
    out["external_blocked_documents"] = tab.blocked
    ok = (out["script"].get("title") == "static" and out["default"].get("charset") == "windows-1252"
          and out["default"].get("title") == "caf\u00e9" and out["refresh"].get("title") == "refresh-origin"
          and out["external"].get("title") == "external")
    return ok, out


def browser_pass(pool, server, jobs, cache, cache_path, args):
    """jobs: [(key, url, sha1)]. Fills cache['entries'][key]."""
    work = queue.Queue()
    for job in jobs:
        work.put(job)
    done = [0]
    lock = threading.Lock()
    t0 = time.monotonic()
    last_save = [time.monotonic()]

    def worker():
        tab = None
        gen = None
        for _ in range(len(jobs) + 1):
            try:
                key, url, sha1 = work.get_nowait()
            except queue.Empty:
                return
            result = None
            for attempt in range(3):
                try:
                    if tab is None or gen != pool.gen:
                        tab, gen = pool.new_tab()
                    result = tab.load(url, args.page_timeout, args.load_grace)
                    break
                except (PageTimeout, cdp.CDPError) as e:
                    result = {"error": "%s: %s" % (type(e).__name__, e)}
                    pool.restart(gen, "%s on %s" % (type(e).__name__, key))
                    tab = None
            result["sha1"] = sha1
            result["url"] = url
            with lock:
                cache["entries"][key] = result
                done[0] += 1
                if done[0] % 200 == 0 or done[0] == len(jobs):
                    rate = done[0] / max(time.monotonic() - t0, 1e-9)
                    log("browser: %d/%d (%.1f pages/s)" % (done[0], len(jobs), rate))
                if time.monotonic() - last_save[0] > 30:
                    save_json(cache_path, cache)
                    last_save[0] = time.monotonic()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(args.tabs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    save_json(cache_path, cache)
    return time.monotonic() - t0


LOOPBACK = re.compile(r"^(\[?::1\]?|127\.\d+\.\d+\.\d+|localhost)(:\d+)?$")


def scan_netlogs(paths):
    """What the browser's net logs (--log-net-log, one event a line) say about non-loopback hosts:
    the external URLs pages asked for (the resolver rules and the closed proxy refuse them), host names
    it was asked to resolve, and every socket connect to a non-loopback address, TCP and UDP apart
    (Chromium's IPv6 reachability check connect()s a UDP socket to 2001:4860:4860::8888 without
    sending anything; TCP must be none)."""
    url_hosts = collections.Counter()
    tcp = collections.Counter()
    udp = collections.Counter()
    hosts = collections.Counter()
    scanned = 0
    for path in paths:
        try:
            f = open(path, "rb")
        except OSError:
            continue
        etypes, stypes = {}, {}
        with f:
            for raw in f:
                scanned += len(raw)
                if raw.startswith(b'{"constants":'):
                    try:
                        c = json.loads(raw[len(b'{"constants":'):].rstrip().rstrip(b","))
                        etypes = {v: k for k, v in c.get("logEventTypes", {}).items()}
                        stypes = {v: k for k, v in c.get("logSourceType", {}).items()}
                    except ValueError:
                        pass
                    continue
                if b'"address"' not in raw and b'"url"' not in raw and b'"host"' not in raw:
                    continue
                try:
                    e = json.loads(raw.rstrip().rstrip(b","))
                except ValueError:
                    continue
                if not isinstance(e, dict):
                    continue
                p = e.get("params") or {}
                et = etypes.get(e.get("type"), str(e.get("type")))
                st = stypes.get((e.get("source") or {}).get("type"), "")
                url = p.get("url")
                if isinstance(url, str) and et == "URL_REQUEST_START_JOB":
                    host = urllib.parse.urlsplit(url).netloc.rsplit("@", 1)[-1]
                    if urllib.parse.urlsplit(url).scheme in ("http", "https", "ws", "wss") and not LOOPBACK.match(host):
                        url_hosts[host] += 1
                addr = p.get("address")
                if isinstance(addr, str) and "CONNECT" in et and not LOOPBACK.match(addr):
                    (udp if "UDP" in et or "UDP" in st else tcp)[addr] += 1
                host = p.get("host")
                if isinstance(host, str) and et.startswith("HOST_RESOLVER") and not LOOPBACK.match(host):
                    hosts[host] += 1
    return {
        "bytes_scanned": scanned,
        "external_url_requests": sum(url_hosts.values()), "external_url_hosts": len(url_hosts),
        "top_external_hosts": url_hosts.most_common(10),
        "external_names_resolved": sum(hosts.values()),
        "non_loopback_tcp_connects": dict(tcp),
        "non_loopback_udp_connects": dict(udp),
    }


def netns_isolated():
    """True when this process's network namespace has no interface but lo."""
    try:
        with open("/proc/self/net/dev") as f:
            names = [line.split(":", 1)[0].strip() for line in f if ":" in line]
        return names == ["lo"]
    except OSError:
        return False


# ------------------------------------------------------------------------------------------------
# crawl


def crawl_pass(crawl, jobs, outdir, extra):
    """jobs: [(key, url)]. Returns ({key: record}, seconds, command)."""
    urls_path = os.path.join(outdir, "urls.txt")
    with open(urls_path, "w") as f:
        for _key, url in jobs:
            f.write(url + "\n")
    out_path = os.path.join(outdir, "crawl.jsonl")
    cmd = [crawl, urls_path, "-c", "32", "--per-host", "0", "--retries", "0", "-o", out_path] + extra
    t0 = time.monotonic()
    with open(os.path.join(outdir, "crawl.stderr"), "wb") as err:
        p = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, timeout=3600)
    secs = time.monotonic() - t0
    if p.returncode not in (0, 1):
        log("crawl exited with %d (see crawl.stderr)" % p.returncode)
    records = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            i = rec.get("line")
            if isinstance(i, int) and 1 <= i <= len(jobs):
                records[jobs[i - 1][0]] = rec
    return records, secs, cmd


# ------------------------------------------------------------------------------------------------
# comparison

CLASSES = [
    ("utf8_crawl_right", "(a) valid UTF-8, crawl = browser's title when served as utf-8"),
    ("truth_crawl_right", "(h) the corpus names the encoding, crawl = the title decoded with it"),
    ("crawl_fffd", "(b) crawl's title contains U+FFFD"),
    ("crawl_empty", "(c) crawl \"\", the browser has text"),
    ("crawl_none", "(d) crawl has no title, the browser has one"),
    ("browser_empty", "(f) the browser's title is \"\", crawl has text"),
    ("error", "(g) an error on either side (no record, transfer error, browser error)"),
    ("other", "(e) other"),
]


def truth_encoding(doc):
    """The encoding the corpus names for a document, as a Python codec, or None.

    uchardet's test files are named for what they are ("IBM855__host.xml", "windows-1251-russian__…"):
    that name is the ground truth when a browser cannot decode the encoding or guesses another."""
    name = os.path.basename(doc["rel"])
    if "__" not in name or "chardet" not in doc["rel"]:
        return None
    prefix = name.split("__", 1)[0]
    for candidate in (prefix, prefix.rsplit("-", 1)[0]):
        try:
            return codecs.lookup(candidate).name
        except LookupError:
            continue
    return None


TITLE_RE = re.compile(rb"<title[^>]*>(.*?)</title", re.I | re.S)


def truth_title(doc):
    """The first <title>'s text decoded with the corpus's encoding (references resolved, ASCII whitespace
    collapsed as document.title does), or None."""
    codec = truth_encoding(doc)
    if codec is None:
        return None
    with open(doc["path"], "rb") as f:
        found = TITLE_RE.search(f.read())
    if not found:
        return None
    text = html.unescape(found.group(1).decode(codec, errors="replace"))
    return " ".join(re.split(r"[\t\n\f\r ]+", text)).strip(" ")


def classify(doc, b_raw, b_utf8, c_raw):
    ct = c_raw.get("title") if c_raw else None
    bt = b_raw.get("title") if b_raw else None
    if not c_raw or c_raw.get("error") or not b_raw or b_raw.get("error") or bt is None:
        return "error"
    if (ct or "") == bt:
        return "agree"
    if needs_utf8_mode(doc) and b_utf8 and not b_utf8.get("error") and (ct or "") == b_utf8.get("title"):
        return "utf8_crawl_right"
    if ct and "\ufffd" not in ct and ct == truth_title(doc):
        return "truth_crawl_right"
    if ct and "\ufffd" in ct:
        return "crawl_fffd"
    if ct == "" and bt:
        return "crawl_empty"
    if ct is None and bt:
        return "crawl_none"
    if bt == "" and ct:
        return "browser_empty"
    return "other"


def declared_text(decl):
    parts = []
    if decl["bom"]:
        parts.append("bom:" + decl["bom"])
    if decl["meta"]:
        parts.append("meta:" + decl["meta"])
    if decl["meta_late"]:
        parts.append("meta@%d:%s" % (decl["meta_late_at"], decl["meta_late"]))
    if decl["xml"]:
        parts.append("xml:" + decl["xml"])
    parts.append("utf8-valid" if decl["valid_utf8"] and not decl["ascii"] else ("ascii" if decl["ascii"] else "not-utf8"))
    return " ".join(parts)


def pct(a, n):
    return round(100.0 * a / n, 1) if n else None


def compare(docs, cache, crawl_records, server, expected):
    entries = cache["entries"]
    rows = []
    for doc in docs:
        rel = doc["rel"]
        b_raw = entries.get("raw|" + rel)
        b_utf8 = entries.get("utf8|" + rel) if needs_utf8_mode(doc) else None
        c_raw = crawl_records.get("raw|" + rel)
        c_utf8 = crawl_records.get("utf8|" + rel) if needs_utf8_mode(doc) else None
        cls = classify(doc, b_raw, b_utf8, c_raw)
        decl = doc["decl"]
        bcs = charsets.canonical(b_raw.get("charset")) if b_raw else None
        ccs = charsets.canonical(c_raw.get("charset")) if c_raw else None
        row = {
            "group": doc["group"], "path": rel, "bytes": doc["size"], "class": cls,
            "browser_title": b_raw.get("title") if b_raw else None,
            "browser_charset": bcs, "browser_charset_source": charsets.explain(bcs, decl),
            "browser_error": b_raw.get("error") if b_raw else "not in the browser cache",
            "browser_title_elements": b_raw.get("title_elements") if b_raw else None,
            "browser_navigated": bool(b_raw and b_raw.get("navigated")),
            "crawl_title": c_raw.get("title") if c_raw else None,
            "crawl_charset": ccs, "crawl_charset_source": charsets.explain(ccs, decl),
            "crawl_error": (c_raw.get("error") if c_raw else "no record"),
            "crawl_status": c_raw.get("status") if c_raw else None,
            "declared": declared_text(decl), "decl": decl,
        }
        if b_utf8 is not None or c_utf8 is not None:
            row["browser_utf8_title"] = b_utf8.get("title") if b_utf8 else None
            row["crawl_utf8_title"] = c_utf8.get("title") if c_utf8 else None
            row["utf8_agree"] = bool(b_utf8 and c_utf8 and not b_utf8.get("error")
                                     and (c_utf8.get("title") or "") == b_utf8.get("title"))
        key = os.path.normpath(rel)
        exp_key = key if key in expected else (os.path.relpath(rel, doc["group"]) if os.path.relpath(rel, doc["group"]) in expected else None)
        if exp_key is not None:
            exp = expected[exp_key]
            row["expected_title"] = exp
            row["crawl_matches_expected"] = (row["crawl_title"] or "") == (exp or "")
            row["browser_matches_expected"] = row["browser_title"] == (exp or "")
        rows.append(row)

    summary = {}
    for group in GROUPS:
        g = [r for r in rows if r["group"] == group]
        if not g:
            continue
        n = len(g)
        agree = sum(1 for r in g if r["class"] == "agree")
        classes = collections.Counter(r["class"] for r in g if r["class"] != "agree")
        diff_cs = [r for r in g if r["browser_charset"] and r["crawl_charset"] and r["browser_charset"] != r["crawl_charset"]]
        pairs = collections.Counter("%s -> crawl %s" % (r["browser_charset"], r["crawl_charset"]) for r in diff_cs)
        u = [r for r in g if "utf8_agree" in r]
        s = {
            "n": n, "agree": agree, "agree_pct": pct(agree, n),
            "disagree": n - agree,
            "classes": {k: classes.get(k, 0) for k, _ in CLASSES},
            "agree_or_crawl_right": agree + classes.get("utf8_crawl_right", 0) + classes.get("truth_crawl_right", 0),
            "agree_or_crawl_right_pct": pct(agree + classes.get("utf8_crawl_right", 0) + classes.get("truth_crawl_right", 0), n),
            "charset_differs": len(diff_cs),
            "charset_differs_title_agrees": sum(1 for r in diff_cs if r["class"] == "agree"),
            "charset_pairs": dict(pairs.most_common()),
            "browser_charset_sources": dict(collections.Counter(r["browser_charset_source"] for r in g).most_common()),
            "crawl_charset_sources": dict(collections.Counter(r["crawl_charset_source"] for r in g).most_common()),
            "browser_charsets": dict(collections.Counter(r["browser_charset"] for r in g).most_common()),
            "utf8_served": {"n": len(u), "agree": sum(1 for r in u if r["utf8_agree"]),
                            "agree_pct": pct(sum(1 for r in u if r["utf8_agree"]), len(u))},
            "browser_ignored_declaration": [r["path"] for r in g if "ignored" in (r["browser_charset_source"] or "")],
            "browser_navigated": [r["path"] for r in g if r["browser_navigated"]],
        }
        e = [r for r in g if "expected_title" in r]
        if e:
            s["expected"] = {"n": len(e), "crawl": sum(1 for r in e if r["crawl_matches_expected"]),
                             "browser": sum(1 for r in e if r["browser_matches_expected"])}
        summary[group] = s
    return rows, summary


def fmt_title(t):
    if t is None:
        return "(none)"
    return json.dumps(t, ensure_ascii=False)


def write_reports(outdir, rows, summary, meta):
    save_json(os.path.join(outdir, "results.json"), {"meta": meta, "summary": summary, "documents": rows})
    with open(os.path.join(outdir, "disagreements.tsv"), "w", encoding="utf-8") as f:
        cols = ["group", "class", "path", "browser_title", "crawl_title", "browser_charset", "browser_charset_source",
                "crawl_charset", "crawl_charset_source", "declared", "browser_utf8_title", "errors"]
        f.write("\t".join(cols) + "\n")
        order = {k: i for i, (k, _) in enumerate(CLASSES)}
        for r in sorted((r for r in rows if r["class"] != "agree"), key=lambda r: (GROUPS.index(r["group"]), order[r["class"]], r["path"])):
            errors = "; ".join(x for x in ("browser: " + r["browser_error"] if r["browser_error"] else "",
                                           "crawl: " + r["crawl_error"] if r["crawl_error"] else "") if x)
            vals = [r["group"], r["class"], r["path"], fmt_title(r["browser_title"]), fmt_title(r["crawl_title"]),
                    r["browser_charset"] or "", r["browser_charset_source"] or "", r["crawl_charset"] or "",
                    r["crawl_charset_source"] or "", r["declared"],
                    fmt_title(r.get("browser_utf8_title")) if "browser_utf8_title" in r else "", errors]
            f.write("\t".join(v.replace("\t", " ").replace("\n", " ") for v in vals) + "\n")
    with open(os.path.join(outdir, "charset-differences.tsv"), "w", encoding="utf-8") as f:
        f.write("group\tpath\tbrowser_charset\tbrowser_source\tcrawl_charset\tcrawl_source\tdeclared\ttitles\n")
        for r in rows:
            if r["browser_charset"] and r["crawl_charset"] and r["browser_charset"] != r["crawl_charset"]:
                f.write("\t".join([r["group"], r["path"], r["browser_charset"], r["browser_charset_source"] or "",
                                   r["crawl_charset"], r["crawl_charset_source"] or "", r["declared"],
                                   "agree" if r["class"] == "agree" else r["class"]]) + "\n")
    md = summary_markdown(summary, meta)
    with open(os.path.join(outdir, "summary.md"), "w", encoding="utf-8") as f:
        f.write(md)
    return md


def summary_markdown(summary, meta):
    L = []
    L.append("# crawl vs Chromium document.title\n")
    L.append("%s; crawl `%s` (%s); corpus `%s`.\n" % (meta.get("chromium"), meta.get("crawl"), meta.get("crawl_describe"),
                                                      meta.get("corpus")))
    head = ["group", "N", "agree", "agree %", "(a) utf-8, crawl right", "(h) named encoding, crawl right", "(b) U+FFFD", "(c) crawl \"\"", "(d) crawl none",
            "(e) other", "(f) browser \"\"", "(g) error", "agree+(a)+(h) %", "charset differs", "utf-8 served: agree/N"]
    L.append("| " + " | ".join(head) + " |")
    L.append("|" + "---|" * len(head))
    for group, s in summary.items():
        c = s["classes"]
        L.append("| " + " | ".join(str(x) for x in [
            group, s["n"], s["agree"], s["agree_pct"], c["utf8_crawl_right"], c["truth_crawl_right"], c["crawl_fffd"], c["crawl_empty"],
            c["crawl_none"], c["other"], c["browser_empty"], c["error"], s["agree_or_crawl_right_pct"],
            "%d (%d with equal titles)" % (s["charset_differs"], s["charset_differs_title_agrees"]),
            "%d/%d" % (s["utf8_served"]["agree"], s["utf8_served"]["n"])]) + " |")
    L.append("")
    exp = [(g, s["expected"]) for g, s in summary.items() if "expected" in s]
    if exp:
        L.append("| group | with expected title | crawl = expected | browser = expected |")
        L.append("|---|---|---|---|")
        for g, e in exp:
            L.append("| %s | %d | %d | %d |" % (g, e["n"], e["crawl"], e["browser"]))
        L.append("")
    L.append("Where each side's encoding came from (bom, meta = in the first 1,024 bytes, meta-late = later, still in the head as Blink scans"
             ", xml-decl; else default = windows-1252, utf8-fallback, detected; \"(X ignored)\" ="
             " the bytes declare X and it was not used):\n")
    for group, s in summary.items():
        L.append("- %s: browser %s; crawl %s" % (
            group, ", ".join("%s %d" % kv for kv in s["browser_charset_sources"].items()),
            ", ".join("%s %d" % kv for kv in s["crawl_charset_sources"].items())))
    L.append("")
    L.append("Charset pairs where they differ (browser -> crawl):\n")
    for group, s in summary.items():
        if s["charset_pairs"]:
            L.append("- %s: %s" % (group, ", ".join("%s: %d" % kv for kv in list(s["charset_pairs"].items())[:15])))
    L.append("")
    t = meta.get("timing", {})
    last = meta.get("browser_last_pass") or {}
    if t.get("browser_s") is not None:
        L.append("Browser pass: %s s for %s loads; crawl pass: %s s for %s URLs." % (
            t.get("browser_s"), meta.get("browser_new"), t.get("crawl_s"), meta.get("crawl_urls")))
        n = meta.get("network", {})
    else:
        L.append("Browser: from the cache (%s of %s loads missing); its last pass: %s s for %s loads on %s. "
                 "Crawl pass: %s s for %s URLs." % (meta.get("browser_new"), meta.get("browser_loads"),
                                                    last.get("browser_s"), last.get("loads"), last.get("date"),
                                                    t.get("crawl_s"), meta.get("crawl_urls")))
        n = last.get("network", {})
    if n and "external_url_requests" in n:
        L.append("Network: only loopback in this namespace: %s; net log: %s requests for external URLs (%s hosts), "
                 "none reachable; TCP connects to non-loopback addresses: %s; UDP connects (no data): %s." % (
                     n.get("netns_isolated"), n.get("external_url_requests"), n.get("external_url_hosts"),
                     sum((n.get("non_loopback_tcp_connects") or {}).values()),
                     ", ".join("%s x%d" % kv for kv in (n.get("non_loopback_udp_connects") or {}).items()) or "none"))
    L.append("")
    return "\n".join(L)


def save_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def git_describe():
    try:
        return subprocess.run(["git", "-C", REPO, "describe", "--always", "--dirty"], capture_output=True, text=True,
                              timeout=30).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return None


# ------------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(REPO), "shared", "realweb", "corpus.tar.xz"),
                    help="the corpus tarball, or an unpacked folder (default: ../shared/realweb/corpus.tar.xz beside the repository)")
    ap.add_argument("--crawl", default=os.path.join(REPO, ".build", "release", "crawl"), help="crawl binary (.build/release/crawl)")
    ap.add_argument("--crawl-args", default="", help="extra arguments appended to the crawl command")
    ap.add_argument("--browser-cache", default=os.path.join(REPO, ".build", "realweb", "browser-cache.json"),
                    help="browser results cache (.build/realweb/browser-cache.json)")
    ap.add_argument("--skip-browser", action="store_true", help="never start the browser: use the cache only")
    ap.add_argument("--refresh-browser", action="store_true", help="ignore cached browser results and load every page again")
    ap.add_argument("--skip-crawl", action="store_true", help="browser pass only")
    ap.add_argument("--out", default=None, help="results folder (.build/realweb/results/<UTC time>)")
    ap.add_argument("--workdir", default=os.path.join(REPO, ".build", "realweb"), help="unpacked corpus, profile, net logs")
    ap.add_argument("--chromium", default=None, help="browser binary (chromium on PATH)")
    ap.add_argument("--tabs", type=int, default=2, help="pages loading at once, each in its own browser context (2)")
    ap.add_argument("--page-timeout", type=float, default=10.0, help="seconds per page before the browser is restarted (10)")
    ap.add_argument("--load-grace", type=float, default=2.0,
                    help="after DOMContentLoaded, wait at most this long for the load event (2 s)")
    ap.add_argument("--groups", default=",".join(GROUPS), help="groups to run (pages,feeds,spec)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents of each group (smoke test)")
    ap.add_argument("--no-netlog", action="store_true", help="do not write and scan the browser's net log")
    args = ap.parse_args()

    os.makedirs(args.workdir, exist_ok=True)
    if os.path.isdir(args.corpus):
        root = find_root(args.corpus)
    else:
        if not os.path.exists(args.corpus):
            sys.exit("parity: no corpus at %s (--corpus PATH)" % args.corpus)
        dest = os.path.join(args.workdir, "corpus")
        unpack(args.corpus, dest)
        root = find_root(dest)
    groups = [g for g in args.groups.split(",") if g]
    t_docs = time.monotonic()
    docs = [d for d in load_docs(root) if d["group"] in groups]
    if args.limit:
        per = collections.Counter()
        kept = []
        for d in docs:
            per[d["group"]] += 1
            if per[d["group"]] <= args.limit:
                kept.append(d)
        docs = kept
    expected, expected_sources = load_expected(root)
    log("%d documents (%s) in %.1f s; expected titles: %d from %s" % (
        len(docs), ", ".join("%s %d" % kv for kv in collections.Counter(d["group"] for d in docs).items()),
        time.monotonic() - t_docs, len(expected), expected_sources or "none"))

    outdir = args.out or os.path.join(REPO, ".build", "realweb", "results", time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()))
    os.makedirs(outdir, exist_ok=True)

    cache = {"format": CACHE_FORMAT, "entries": {}}
    if os.path.exists(args.browser_cache):
        with open(args.browser_cache, encoding="utf-8") as f:
            loaded = json.load(f)
        if loaded.get("format") == CACHE_FORMAT:
            cache = loaded
    os.makedirs(os.path.dirname(os.path.abspath(args.browser_cache)), exist_ok=True)

    server = Server(docs)
    meta = {"corpus": args.corpus, "root": root, "server": "http://127.0.0.1:%d" % server.port, "timing": {},
            "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "argv": sys.argv[1:],
            "repo_describe": git_describe(), "network": {"netns_isolated": netns_isolated()}}
    try:
        jobs = []
        for d in docs:
            for mode in MODES:
                if mode == "utf8" and not needs_utf8_mode(d):
                    continue
                key = "%s|%s" % (mode, d["rel"])
                hit = cache["entries"].get(key)
                if args.refresh_browser or not hit or hit.get("sha1") != d["sha1"]:
                    jobs.append((key, server.url(mode, d["rel"]), d["sha1"]))
        meta["browser_loads"] = sum(1 + needs_utf8_mode(d) for d in docs)
        meta["browser_new"] = len(jobs)
        if jobs and args.skip_browser:
            log("--skip-browser: %d loads are not in the cache %s; they count as errors" % (len(jobs), args.browser_cache))
        elif jobs:
            path = find_chromium(args.chromium)
            if not path:
                sys.exit("parity: chromium not found. Install Debian's package: sudo apt-get install -y chromium "
                         "(run.sh does it), or pass --skip-browser to use the cache %s" % args.browser_cache)
            cache["chromium"] = chromium_version(path)
            log("%s: %d page loads (%d tabs, %.0f s per page)" % (cache["chromium"], len(jobs), args.tabs, args.page_timeout))
            pool = BrowserPool(path, args.workdir, args.tabs, not args.no_netlog)
            try:
                ok, probes = run_probes(pool, server)
                cache["probes"] = probes
                cache["argv"] = pool.argv
                if not ok:
                    log("probe results: " + json.dumps(probes, ensure_ascii=False))
                    sys.exit("parity: the browser's set-up probes failed (scripts, default encoding, refresh or blocking)")
                log("probes passed: scripts off, windows-1252 default, no meta refresh, external hosts blocked")
                meta["timing"]["browser_s"] = round(browser_pass(pool, server, jobs, cache, args.browser_cache, args), 1)
            finally:
                pool.close()
            meta["browser_restarts"] = pool.restarts
            if pool.netlogs:
                meta["network"].update(scan_netlogs(pool.netlogs))
                log("net log: %s" % json.dumps({k: v for k, v in meta["network"].items() if k != "top_external_hosts"}))
            cache["last_pass"] = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "loads": len(jobs),
                                  "browser_s": meta["timing"].get("browser_s"), "restarts": pool.restarts,
                                  "network": meta["network"]}
            save_json(args.browser_cache, cache)
        meta["chromium"] = cache.get("chromium")
        meta["browser_last_pass"] = cache.get("last_pass")
        meta["browser_argv"] = cache.get("argv")
        meta["browser_probes"] = cache.get("probes")
        meta["server_requests"] = dict(server.counts)

        if args.skip_crawl:
            return
        if not os.access(args.crawl, os.X_OK):
            sys.exit("parity: no crawl binary at %s: swift build -c release --product crawl, or --crawl PATH" % args.crawl)
        cjobs = []
        for d in docs:
            cjobs.append(("raw|" + d["rel"], server.url("raw", d["rel"])))
            if needs_utf8_mode(d):
                cjobs.append(("utf8|" + d["rel"], server.url("utf8", d["rel"])))
        log("crawl: %d URLs" % len(cjobs))
        records, secs, cmd = crawl_pass(args.crawl, cjobs, outdir, args.crawl_args.split())
        meta["timing"]["crawl_s"] = round(secs, 1)
        meta["crawl"] = args.crawl
        meta["crawl_command"] = cmd
        meta["crawl_urls"] = len(cjobs)
        meta["crawl_records"] = len(records)
        try:
            with open(args.crawl, "rb") as f:
                meta["crawl_sha256"] = hashlib.sha256(f.read()).hexdigest()
        except OSError:
            pass
        meta["crawl_describe"] = meta["repo_describe"]
        meta["expected_sources"] = expected_sources
        rows, summary = compare(docs, cache, records, server, expected)
        md = write_reports(outdir, rows, summary, meta)
        print(md)
        log("results in %s" % outdir)
    finally:
        server.close()


if __name__ == "__main__":
    main()
