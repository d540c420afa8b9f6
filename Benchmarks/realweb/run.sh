#!/usr/bin/env bash
# Benchmarks/realweb/run.sh [parity.py options]  - crawl's titles against Chromium's document.title.
#
#   1. installs Debian's chromium with apt-get when it is missing and the browser is needed
#      (not with --skip-browser; sudo only when not root)
#   2. when root and unshare(1) can make one: runs everything in a new network namespace that has only
#      loopback, so nothing the browser (or crawl) does can leave the machine whatever its flags say;
#      REALWEB_NETNS=0 turns that off (the browser's own blocking flags still apply)
#   3. runs parity.py with the given options (python3 parity.py --help, or README.md here)
#
# It never builds crawl: build it first (swift build -c release --product crawl) or pass --crawl PATH.
# Examples:
#   Benchmarks/realweb/run.sh                                  # everything; the browser only for pages not cached
#   Benchmarks/realweb/run.sh --skip-browser                   # compare from the browser cache only
#   Benchmarks/realweb/run.sh --crawl /tmp/crawl-new --out /tmp/realweb-after --skip-browser
#   Benchmarks/realweb/run.sh --limit 20 --out /tmp/realweb-smoke   # 20 documents per group
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

if [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  echo
  exec python3 "$HERE/parity.py" --help
fi

need_browser=1
for a in "$@"; do [ "$a" = "--skip-browser" ] && need_browser=0; done
if [ "$need_browser" = 1 ] && ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "run.sh: installing Debian's chromium (apt-get)" >&2
  $sudo apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends chromium >&2
fi

cd "$REPO"
if [ "${REALWEB_NETNS:-1}" = 1 ] && [ "$(id -u)" -eq 0 ] && command -v ip >/dev/null && unshare --net true 2>/dev/null; then
  # a private network namespace: only lo, brought up; the server, Chromium and crawl all run in it
  exec unshare --net -- sh -c 'ip link set lo up && exec python3 "$0" "$@"' "$HERE/parity.py" "$@"
fi
exec python3 "$HERE/parity.py" "$@"
