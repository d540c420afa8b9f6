#!/usr/bin/env bash
# Benchmarks/realnet/run.sh [options]  - crawl's "internet-like network" benchmark, the one command.
#
# Builds the network itself, on this machine, in a network namespace of its own: loopback with
# MTU 1500, a round trip on every packet (nfdelay.c on NFQUEUE: this kernel has no sch_netem), a DNS
# server (dnsmasq, names hNNNNN.crawl.test over many 127.1.x.y addresses, ~1 % NXDOMAIN, ~1 % on
# 127.3.x.y where iptables answers port 80/443 with a reset), a local CA and a wildcard certificate,
# nginx (2 workers, :80 and :443, TLS 1.2/1.3, HTTP/2) serving a generated corpus with known titles.
# Then bench.py runs crawl, the curl CLI and (when ../shared/bench/realnet is beside the repository)
# the shared pycurl and aiohttp peers on the same workloads, and prints the table. At the end, on
# error or on Ctrl-C everything is stopped by PID and the namespace, /etc/netns/NAME and the temp
# folder are removed. No traffic leaves 127.0.0.0/8 inside the namespace. Needs root.
#
# Options (default):
#   --urls N (10000) --hosts H (2500)       main workload: N URLs over H hosts, Zipf-skewed
#   --procs P (2) --conc C (256)            processes per tool, transfers per process
#   --repeats R (3)                         rounds; tool order rotated each round
#   --tools LIST (crawl,crawl-ph0,curl-cli,pycurl,aiohttp)   pycurl/aiohttp only with the shared peers
#   --scale-hosts LIST (250,1000,5000) --scale-urls N (10000) --scale-repeats R (= --repeats)
#   --scale-tools LIST (crawl-ph0,curl-cli,pycurl)
#   --phases LIST (main,scale)
#   --rtt-ms MS (50) --jitter-ms MS (5) --dns-rtt-ms MS (= RTT) --mtu N (1500)
#   --zipf S (1.0) --max-host-share F (0.01) --https-share F (0.5 of the hosts)
#   --nxdomain-pct X (1) --refused-pct X (1) --notfound-pct X (1) --pages N (2000)
#   --with-shared-peers | --no-shared-peers (on when ../shared/bench/realnet exists and a python3 with
#                                           pycurl, aiohttp, aiomultiprocess, lxml is found; PEER_PYTHON=...)
#   --crawl PATH (.build/release/crawl; built if missing)   --crawl-args '...' (appended to crawl)
#   --run-timeout S (300) --budget-s S (5400)  one run / the whole plan
#   --out DIR (.build/realnet-results/<UTC time>)   --keep-outputs (every run's raw output)
#   --smoke                                 2,000 URLs / 500 hosts, 1 repeat; scale 2,000 URLs over 200 and 2,000 hosts
#   -- ARGS                                 passed to bench.py as they are
# Examples:
#   sudo Benchmarks/realnet/run.sh --smoke
#   sudo Benchmarks/realnet/run.sh                              # main + scale, 3 repeats (~18 min)
#   sudo Benchmarks/realnet/run.sh --phases main --tools crawl,crawl-ph0 --repeats 5 --rtt-ms 100
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

URLS=10000; HOSTS=2500; PROCS=2; CONC=256; REPEATS=3; TOOLS=crawl,crawl-ph0,curl-cli,pycurl,aiohttp
SHOSTS=250,1000,5000; SURLS=10000; SREPEATS=""; STOOLS=crawl-ph0,curl-cli,pycurl; PHASES=main,scale
RTT=50; JITTER=5; DNSRTT=""; MTU=1500; ZIPF=1.0; MAXSHARE=0.01; HTTPS=0.5; NX=1; REF=1; NF=1; PAGES=2000
PEERS=auto; CRAWL=${CRAWL_BIN:-}; CRAWL_ARGS=""; RUN_TIMEOUT=300; BUDGET=5400; OUT=""; KEEP=""; EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --urls) URLS=$2; shift ;; --hosts) HOSTS=$2; shift ;; --procs) PROCS=$2; shift ;;
    --conc) CONC=$2; shift ;; --repeats) REPEATS=$2; shift ;; --tools) TOOLS=$2; shift ;;
    --scale-hosts) SHOSTS=$2; shift ;; --scale-urls) SURLS=$2; shift ;; --scale-repeats) SREPEATS=$2; shift ;;
    --scale-tools) STOOLS=$2; shift ;; --phases) PHASES=$2; shift ;;
    --rtt-ms) RTT=$2; shift ;; --jitter-ms) JITTER=$2; shift ;; --dns-rtt-ms) DNSRTT=$2; shift ;;
    --mtu) MTU=$2; shift ;; --zipf) ZIPF=$2; shift ;; --max-host-share) MAXSHARE=$2; shift ;;
    --https-share) HTTPS=$2; shift ;; --nxdomain-pct) NX=$2; shift ;; --refused-pct) REF=$2; shift ;;
    --notfound-pct) NF=$2; shift ;; --pages) PAGES=$2; shift ;;
    --with-shared-peers) PEERS=on ;; --no-shared-peers) PEERS=off ;;
    --crawl) CRAWL=$2; shift ;; --crawl-args) CRAWL_ARGS=$2; shift ;;
    --run-timeout) RUN_TIMEOUT=$2; shift ;; --budget-s) BUDGET=$2; shift ;;
    --out) OUT=$2; shift ;; --keep-outputs) KEEP=--keep-outputs ;;
    --smoke) URLS=2000; HOSTS=500; REPEATS=1; SURLS=2000; SHOSTS=200,2000; RUN_TIMEOUT=120; BUDGET=900 ;;
    --) shift; EXTRA=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 64 ;;
  esac
  shift
done
DNSRTT=${DNSRTT:-$RTT}
die() { echo "run.sh: $*" >&2; exit 1; }
say() { echo "realnet: $*" >&2; }
[ "$(id -u)" = 0 ] || die "needs root (ip netns, iptables, mount): sudo $0 $*"

# ---- 1. packages (Debian), only what is missing; the nginx and dnsmasq services are never used
need=(nginx dnsmasq-base iptables iproute2 openssl ca-certificates curl time gcc libc6-dev
      libnetfilter-queue-dev libnfnetlink-dev util-linux python3)
missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
for t in ip iptables-legacy nginx dnsmasq gcc openssl curl unshare timeout sha256sum; do
  command -v "$t" >/dev/null || die "missing $t after installing packages"
done
DRIVER_PY=/usr/bin/python3
[ -x "$DRIVER_PY" ] || DRIVER_PY=$(command -v python3)

# ---- 2. crawl
CRAWL=${CRAWL:-$REPO/.build/release/crawl}
if [ ! -x "$CRAWL" ]; then
  [ "$CRAWL" = "$REPO/.build/release/crawl" ] || die "no crawl binary at $CRAWL"
  say "building crawl: swift build -c release --static-swift-stdlib --product crawl"
  (cd "$REPO" && swift build -c release --static-swift-stdlib --product crawl >&2)
fi
"$CRAWL" --help 2>&1 | grep -q -- '--cacert' || die "$CRAWL has no --cacert option (too old)"

# ---- 3. the shared peers (optional: a measuring tool beside the repository, not project code)
SHARED=""; PEER_PY=""
SHARED_DIR=${SHARED_BENCH:-$REPO/../shared/bench/realnet}
if [ "$PEERS" != off ]; then
  if [ -f "$SHARED_DIR/peers/pycurl_host.py" ] && [ -f "$SHARED_DIR/../peers/aiohttp_pool.py" ]; then
    home=$(getent passwd "${SUDO_USER:-root}" | cut -d: -f6)
    for py in "${PEER_PYTHON:-}" "$(command -v python3 || true)" "$home/.pyenv/shims/python3" /usr/local/bin/python3 /usr/bin/python3; do
      [ -n "$py" ] && [ -x "$py" ] || continue
      if real=$("$py" -c 'import pycurl, aiohttp, aiomultiprocess, lxml, sys; print(sys.executable)' 2>/dev/null); then
        PEER_PY=$real; break
      fi
    done
    if [ -n "$PEER_PY" ]; then SHARED=$(cd "$SHARED_DIR" && pwd)
    else say "shared peers: no python3 with pycurl, aiohttp, aiomultiprocess, lxml (set PEER_PYTHON): skipped"; fi
  else
    say "shared peers: $SHARED_DIR not found: crawl and curl CLI only"
  fi
  [ "$PEERS" = on ] && [ -z "$SHARED" ] && die "--with-shared-peers: the shared peers are not usable"
fi

# ---- 4. temp folder, namespace, cleanup
NS=crawlrn$$
W=$(mktemp -d "${TMPDIR:-/tmp}/crawl-realnet.XXXXXX")
chmod 711 "$W"    # nginx workers (nobody) read the corpus below it
OUT=${OUT:-$REPO/.build/realnet-results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
DRIVER=""
cleanup() {
  set +e
  trap - EXIT INT TERM
  if [ -n "$DRIVER" ] && kill -0 "$DRIVER" 2>/dev/null; then
    kill -TERM "$DRIVER" 2>/dev/null
    for _ in $(seq 40); do kill -0 "$DRIVER" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$DRIVER" 2>/dev/null
    wait "$DRIVER" 2>/dev/null
  fi
  if ip netns list 2>/dev/null | grep -qw "^$NS"; then
    # every process in this namespace was started by this script (the driver, its servers, the tools)
    pids=$(ip netns pids "$NS" 2>/dev/null | tr '\n' ' ')
    if [ -n "${pids// /}" ]; then kill -TERM $pids 2>/dev/null; sleep 1; fi
    pids=$(ip netns pids "$NS" 2>/dev/null | tr '\n' ' ')
    if [ -n "${pids// /}" ]; then kill -KILL $pids 2>/dev/null; sleep 0.2; fi
    ip netns del "$NS"
  fi
  rm -rf "/etc/netns/$NS" "$W"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM
say "namespace $NS, temp $W, results $OUT"

cp "$CRAWL" "$W/crawl"   # a private copy: a rebuild during the run does not change what is measured
CRAWL_SHA=$(sha256sum "$W/crawl" | cut -d' ' -f1)
GIT=$(cd "$REPO" && git describe --always --dirty 2>/dev/null || echo unknown)
gcc -O2 -Wall -o "$W/nfdelay" "$HERE/nfdelay.c" -lnetfilter_queue -lnfnetlink

# ---- 5. TLS: a local CA (valid 2 days) and one wildcard certificate for *.crawl.test
mkdir -p "$W/tls"
(
  cd "$W/tls"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ca.key -out ca.crt \
    -days 2 -subj "/CN=crawl realnet benchmark CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout server.key -out server.csr \
    -subj "/CN=*.crawl.test" 2>/dev/null
  printf 'subjectAltName=DNS:*.crawl.test\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' > ext.cnf
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -sha256 \
    -extfile ext.cnf -out server.crt 2>/dev/null
  # what every tool trusts: the system CAs (loaded as usual, the realistic cost) + the local CA
  cat /etc/ssl/certs/ca-certificates.crt ca.crt > bundle.crt
  rm -f ca.key server.csr
)

# ---- 6. the namespace: loopback only, MTU of the internet, the delay queue, refused addresses
modprobe -q nfnetlink_queue 2>/dev/null || true
ip netns add "$NS"
ip -n "$NS" link set lo mtu "$MTU"
ip -n "$NS" link set lo up
mkdir -p "/etc/netns/$NS"    # ip netns exec binds these over /etc/... for the driver and all it starts
echo "nameserver 127.0.0.53" > "/etc/netns/$NS/resolv.conf"
printf '127.0.0.1 localhost\n::1 localhost ip6-localhost ip6-loopback\n' > "/etc/netns/$NS/hosts"
printf 'hosts: files dns\n' > "/etc/netns/$NS/nsswitch.conf"
ip netns exec "$NS" iptables-legacy -t mangle -A PREROUTING -i lo -j NFQUEUE --queue-num 0
ip netns exec "$NS" iptables-legacy -A INPUT -i lo -p tcp -d 127.3.0.0/16 -m multiport --dports 80,443 \
  --syn -j REJECT --reject-with tcp-reset
ulimit -n 65536 2>/dev/null || ulimit -n 16384 2>/dev/null || true

# ---- 7. the driver, inside the namespace
args=(--work "$W" --out "$OUT" --crawl "$W/crawl" --bundle "$W/tls/bundle.crt" --phases "$PHASES"
      --tools "$TOOLS" --scale-tools "$STOOLS" --urls "$URLS" --hosts "$HOSTS" --scale-urls "$SURLS"
      --scale-hosts "$SHOSTS" --procs "$PROCS" --conc "$CONC" --repeats "$REPEATS" --rtt-ms "$RTT"
      --jitter-ms "$JITTER" --dns-rtt-ms "$DNSRTT" --mtu "$MTU" --zipf "$ZIPF" --max-host-share "$MAXSHARE"
      --https-share "$HTTPS" --nxdomain-pct "$NX" --refused-pct "$REF" --notfound-pct "$NF" --pages "$PAGES"
      --run-timeout "$RUN_TIMEOUT" --budget-s "$BUDGET")
[ -n "$SREPEATS" ] && args+=(--scale-repeats "$SREPEATS")
[ -n "$CRAWL_ARGS" ] && args+=(--crawl-args "$CRAWL_ARGS")
[ -n "$KEEP" ] && args+=("$KEEP")
[ -n "$SHARED" ] && args+=(--shared "$SHARED" --peer-python "$PEER_PY")
set +e
REALNET_GIT=$GIT REALNET_CRAWL_SHA=$CRAWL_SHA timeout -k 20 $((BUDGET + 900)) \
  ip netns exec "$NS" "$DRIVER_PY" "$HERE/bench.py" "${args[@]}" "${EXTRA[@]}" &
DRIVER=$!
wait "$DRIVER"
rc=$?
DRIVER=""
set -e
say "driver exit $rc; results in $OUT (table.md, runs.jsonl, env.json, logs/)"
exit $rc
