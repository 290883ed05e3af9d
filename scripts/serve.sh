#!/usr/bin/env bash
# Serves a built dist/ with nginx and the committed production config (deploy/nginx/pruvodce.conf),
# plus the comment receiver (`pripominky serve`) behind /api/, reading the campaigns from DIST_DIR/data and
# storing comments in NGINX_PREFIX/pripominky.sqlite. Used by `make serve` and by the Playwright tests.
# Usage: scripts/serve.sh [DIST_DIR] ; env PORT (default 8080), API_PORT (default PORT+1), NGINX_PREFIX,
# PRIPOMINKY (the receiver binary, default target/debug/pripominky), PRIPOMINKY_RATE (posts per address and
# minute, default 20; 0 turns the limit off).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dist=$(cd "${1:-$here/dist}" && pwd)
port=${PORT:-8080}
api_port=${API_PORT:-$((port + 1))}
prefix=${NGINX_PREFIX:-$here/target/nginx-$port}
mkdir -p "$prefix"; prefix=$(cd "$prefix" && pwd)

if [ ! -f "$dist/index.html" ] || [ ! -f "$dist/csp.nginx.conf" ]; then
  echo "serve: $dist has no built app (index.html, csp.nginx.conf); run 'make dist' first" >&2
  exit 2
fi
command -v nginx >/dev/null || { echo "serve: nginx is missing; run 'make setup'" >&2; exit 2; }
receiver=${PRIPOMINKY:-${CARGO_TARGET_DIR:-$here/target}/debug/pripominky}
[ -x "$receiver" ] || { echo "serve: the comment receiver $receiver is missing; run 'cargo build -p pripominky'" >&2; exit 2; }

mkdir -p "$prefix/tmp" "$prefix/logs"
chmod 0777 "$prefix/tmp"
sed -e "s#@LISTEN@#127.0.0.1:$port#" -e "s#@ROOT@#$dist#g" -e "s#@API@#127.0.0.1:$api_port#" -e "s#@LOGS@#$prefix/logs#" \
  "$here/deploy/nginx/pruvodce.conf" > "$prefix/site.conf"
modules=""
for m in /usr/lib/nginx/modules/ngx_http_brotli_*_module.so; do [ -e "$m" ] && modules="$modules load_module $m;"; done
cat > "$prefix/nginx.conf" <<CONF
$modules
worker_processes 1;
pid $prefix/nginx.pid;
error_log $prefix/logs/error.log warn;
events { worker_connections 512; }
http {
    # Only the site's own log (logs/pruvodce.access.log, without query strings): nothing logged here.
    access_log off;
    client_body_temp_path $prefix/tmp/body;
    proxy_temp_path $prefix/tmp/proxy;
    fastcgi_temp_path $prefix/tmp/fastcgi;
    uwsgi_temp_path $prefix/tmp/uwsgi;
    scgi_temp_path $prefix/tmp/scgi;
    sendfile on;
    include $prefix/site.conf;
}
CONF
nginx -t -q -p "$prefix" -c "$prefix/nginx.conf"

# A server left running on the port would answer in this one's place, with another build's files and CSP
# (a benchmark or test would then measure the wrong thing): refuse to start instead.
for p in "$port" "$api_port"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "serve: port $p on 127.0.0.1 is already in use; stop what runs there, or choose another PORT" >&2
    exit 2
  fi
done

"$receiver" serve --db "$prefix/pripominky.sqlite" --listen "127.0.0.1:$api_port" --data "$dist/data" \
  --rate-per-minute "${PRIPOMINKY_RATE:-20}" 2>> "$prefix/logs/pripominky.log" &
api_pid=$!
for _ in $(seq 100); do
  kill -0 "$api_pid" 2>/dev/null || { echo "serve: the comment receiver did not start:" >&2; tail -5 "$prefix/logs/pripominky.log" >&2; exit 2; }
  (exec 3<>"/dev/tcp/127.0.0.1/$api_port") 2>/dev/null && break
  sleep 0.1
done
echo "Průvodce: http://127.0.0.1:$port/  (serving $dist; Ctrl+C stops)"
echo "Comments: $receiver export --db $prefix/pripominky.sqlite  (log: $prefix/logs/pripominky.log)"
nginx -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
# `wait` (unlike a foreground command) lets a TERM to this script run the trap at once, so stopping the
# script stops nginx and the comment receiver too.
trap 'kill $api_pid $nginx_pid 2>/dev/null || true' EXIT INT TERM
wait $nginx_pid
