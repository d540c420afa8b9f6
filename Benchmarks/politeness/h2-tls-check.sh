#!/usr/bin/env bash
# HTTP/2 over TLS, by hand: a private nginx with a throw-away self-signed certificate on
# 127.0.0.1:18443 (http2, 200 ms per page), 20 https URLs and 3 scheme-less ones crawled with -k.
# Shows the HTTP version crawl reports, how many TLS handshakes it made, and how many connections
# nginx saw (one = every request multiplexed on one connection). Not part of the test suite:
# it needs nginx with the echo module and openssl (installed here with apt-get if missing).
#
#   swift build -c release --static-swift-stdlib && Benchmarks/politeness/h2-tls-check.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
crawl="${CRAWL:-$root/.build/release/crawl}"
if ! command -v nginx >/dev/null || [ ! -e /usr/lib/nginx/modules/ngx_http_echo_module.so ] || ! command -v openssl >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get install -y -q nginx libnginx-mod-http-echo openssl >/dev/null
fi
dir="$(mktemp -d)"
mkdir -p "$dir/html" "$dir/logs"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 1 -subj /CN=localhost 2>/dev/null
printf '<html><head><title>TLS h2 page</title></head><body>x</body></html>' > "$dir/html/index.html"
cat > "$dir/nginx.conf" <<CONF
load_module /usr/lib/nginx/modules/ngx_http_echo_module.so;
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 256; }
http {
  log_format c '\$connection \$server_protocol';
  access_log $dir/logs/access.log c;
  client_body_temp_path $dir; proxy_temp_path $dir; fastcgi_temp_path $dir; uwsgi_temp_path $dir; scgi_temp_path $dir;
  server {
    listen 127.0.0.1:18443 ssl http2;
    ssl_certificate $dir/cert.pem; ssl_certificate_key $dir/key.pem;
    root $dir/html;
    location /slow { echo_sleep 0.2; echo '<title>slow</title>'; default_type text/html; }
  }
}
CONF
nginx -p "$dir" -c "$dir/nginx.conf" -g 'daemon off;' &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
sleep 1
{ for i in $(seq 1 20); do echo "https://127.0.0.1:18443/slow?i=$i"; done
  for i in 1 2 3; do echo "127.0.0.1:18443/index.html?s=$i"; done; } > "$dir/urls.txt"
start=$(date +%s.%N)
"$crawl" "$dir/urls.txt" -k --per-host 20 -c 32 > "$dir/out.jsonl"
end=$(date +%s.%N)
echo "wall: $(awk "BEGIN { printf \"%.3f\", $end - $start }") s for 20 pages of 200 ms and 3 scheme-less ones"
echo "http_version, attempts, error (records):"
jq -r '[.http_version, .attempts, .error] | @tsv' "$dir/out.jsonl" | sort | uniq -c
echo "TLS handshakes made by crawl: $(jq -r 'select(.timing.tls_ms != null) | .url' "$dir/out.jsonl" | wc -l)"
echo "scheme-less lines answered over: $(jq -r 'select(.url | startswith("127.")) | .final_url[:8]' "$dir/out.jsonl" | sort -u | tr '\n' ' ')"
echo "nginx: requests per connection, protocol:"
sleep 0.5
sort "$dir/logs/access.log" | uniq -c
