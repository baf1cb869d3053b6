#!/usr/bin/env bash
# Load benchmark: publishes Release, measures start-up (store built, then store present), runs wrk against
# the cached endpoints and a static file of similar size served by the same server, and prints req/s,
# p50/p99 latency, the ratio against the static file, non-2xx responses, socket errors and peak RSS.
#
#   tests/load/run.sh            full benchmark, then a hostile-traffic soak and the scale-out run
#   tests/load/run.sh --smoke    CI smoke: about 5 s at 16 connections; fails on any error or non-2xx
#
# The full mode also: (1) sends LOAD_SOAK_REQUESTS requests with unique query strings and unique Host headers
# and reports the server's RSS before and after (fails above +64 MB); (2) checks that a missing data/ folder
# with no store refuses to start with a non-zero exit; (3) starts two instances from the same data/ and seeds/
# behind Debian's nginx (installed if missing; round robin), checks both serve byte-identical /api/facts and
# the same content hash, runs wrk through nginx while one instance rebuilds its store for a new fact (SIGHUP),
# and fails on any error.
#
# Environment: LOAD_DURATION (s, default 10), LOAD_CONNECTIONS (default 32), LOAD_THREADS (default 2),
# LOAD_PORT (default 5113; the scale-out instances use LOAD_PORT+10 and LOAD_PORT+20), LOAD_ENDPOINTS
# (space-separated paths), LOAD_STATIC (the reference file), LOAD_SOAK_REQUESTS (default 100000),
# LOAD_SCALE_DURATION (s of wrk through nginx, default 20). A port already in use is refused, never tested.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
smoke=false
[[ "${1:-}" == "--smoke" ]] && smoke=true

port="${LOAD_PORT:-5113}"
port_a=$((port + 10))
port_b=$((port + 20))
threads="${LOAD_THREADS:-2}"
if $smoke; then
  duration="${LOAD_DURATION:-1}"
  connections="${LOAD_CONNECTIONS:-16}"
else
  duration="${LOAD_DURATION:-10}"
  connections="${LOAD_CONNECTIONS:-32}"
fi
endpoints="${LOAD_ENDPOINTS:-/periods/2003-Q2 /export/periods/2003-Q2/segments.csv /api/facts}"
static="${LOAD_STATIC:-/bench/static-sample.html}"
base="http://127.0.0.1:${port}"

# Something already listening would be measured instead of this build: refuse rather than test a stranger's server.
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
busy_ports=""
for p in ${port} $($smoke || echo "${port_a} ${port_b}"); do
  if port_busy "${p}"; then busy_ports="${busy_ports} ${p}"; fi
done
if [[ -n "${busy_ports}" ]]; then
  echo "Port(s)${busy_ports} already in use on 127.0.0.1; set LOAD_PORT to a free port (the full mode also uses +10 and +20)." >&2
  exit 2
fi

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

work="$(mktemp -d /tmp/hemacare-load-XXXXXX)"
publish="${work}/publish"
database="${work}/results.db"
pid=""
pid_a=""
pid_b=""
nginx_started=false
cleanup() {
  for p in "${pid}" "${pid_a}" "${pid_b}"; do
    if [[ -n "${p}" ]] && kill -0 "${p}" 2>/dev/null; then kill "${p}"; wait "${p}" 2>/dev/null || true; fi
  done
  if ${nginx_started} && [[ -f "${work}/nginx.pid" ]]; then kill "$(cat "${work}/nginx.pid")" 2>/dev/null || true; fi
  rm -rf "${work}"
}
trap cleanup EXIT

echo "Publishing Release..."
dotnet publish "${root}/src/HemaCare.Results.Web" -c Release -o "${publish}" --nologo -v quiet >"${work}/publish.log" 2>&1 \
  || { cat "${work}/publish.log"; exit 1; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Starts the app and sets startup_ms: milliseconds from process start to the first 200 on /.
startup_ms=""
start_app() {
  local started
  started=$(now_ms)
  (cd "${publish}" && exec env ASPNETCORE_ENVIRONMENT=Production \
      "ConnectionStrings__Results=Data Source=${database}" \
      "Results__DataDirectory=${root}/data" "Results__SeedsDirectory=${root}/seeds" \
      "Logging__LogLevel__Default=Warning" \
      dotnet HemaCare.Results.Web.dll --urls "${base}") >"${work}/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "${base}/" || true)" == "200" ]]; then
      startup_ms=$(( $(now_ms) - started ))
      return 0
    fi
    if ! kill -0 "${pid}" 2>/dev/null; then cat "${work}/app.log" >&2; return 1; fi
    sleep 0.01
  done
  echo "The app did not answer 200 on / within 30 s." >&2
  cat "${work}/app.log" >&2
  return 1
}

stop_app() { kill "${pid}"; wait "${pid}" 2>/dev/null || true; pid=""; }

rm -f "${database}"
start_app; cold=${startup_ms}
stop_app
start_app; warm=${startup_ms}

# wrk latency in ms from "1.23ms", "456.00us" or "1.02s".
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# Sum of wrk's "Socket errors: connect 0, read 22, write 0, timeout 0" (the numbers, not the words); 0 if absent.
socket_errors() {
  awk '/Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END { print n + 0 }' <<<"$1"
}
non_2xx() { awk '/Non-2xx or 3xx responses:/ { n = $NF } END { print n + 0 }' <<<"$1"; }
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

declare -A rps p50 p99 non2xx sockerr bytes
failed=false
run() {
  local path="$1" out
  curl -s -o /dev/null "${base}${path}"   # warms the output cache
  bytes[$path]=$(curl -s "${base}${path}" | wc -c)
  out=$(wrk -t"${threads}" -c"${connections}" -d"${duration}s" --latency "${base}${path}")
  rps[$path]=$(awk '/^Requests\/sec:/ { print $2 }' <<<"${out}")
  p50[$path]=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"${out}")")
  p99[$path]=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"${out}")")
  non2xx[$path]=$(non_2xx "${out}")
  sockerr[$path]=$(socket_errors "${out}")
  if [[ "${non2xx[$path]}" != "0" || "${sockerr[$path]}" != "0" || "$(curl -s -o /dev/null -w '%{http_code}' "${base}${path}")" != "200" ]]; then
    failed=true
  fi
}

run "${static}"
for path in ${endpoints}; do run "${path}"; done

rss_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/${pid}/status")

echo
echo "Machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "wrk: ${threads} threads, ${connections} connections, ${duration} s per endpoint"
echo "Start-up to first 200 on /: ${cold} ms building the store, ${warm} ms with the store present"
echo
printf '%-42s %8s %10s %9s %9s %7s %7s %7s\n' "endpoint" "bytes" "req/s" "p50 ms" "p99 ms" "ratio" "non2xx" "sockerr"
for path in ${endpoints} "${static}"; do
  ratio=$(awk -v a="${rps[$path]}" -v b="${rps[$static]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  printf '%-42s %8s %10s %9s %9s %7s %7s %7s\n' "${path}" "${bytes[$path]}" "${rps[$path]}" "${p50[$path]}" "${p99[$path]}" "${ratio}" "${non2xx[$path]}" "${sockerr[$path]}"
done
echo
echo "Server peak RSS (VmHWM) after the run: $(( rss_kb / 1024 )) MB"

if ${failed}; then
  echo "FAILED: an endpoint answered non-2xx or had socket errors." >&2
  exit 1
fi
${smoke} && exit 0

# --- Hostile-traffic soak: every request a new query string or a new Host header, all valid and answered 200.
soak_requests="${LOAD_SOAK_REQUESTS:-100000}"
cat >"${work}/soak.lua" <<'LUA'
local threads, id, sent, limit = 0, 0, 0, 0
local pad = string.rep("q", 200)
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args) limit = tonumber(args[1]) end
function request()
  sent = sent + 1
  local unique = id .. "x" .. sent
  local path = "/api/facts?period=2003-06-30&metric=revenue"
  if sent % 2 == 0 then return wrk.format("GET", path .. "&u" .. unique .. "=" .. pad) end
  return wrk.format("GET", path, { ["Host"] = "h" .. unique .. ".example" })
end
function response(status, headers, body)
  if sent >= limit then wrk.thread:stop() end
end
LUA
rss_before=$(rss_mb "${pid}")
soak_out=$(wrk -t"${threads}" -c"${connections}" -d120s -s "${work}/soak.lua" "${base}" -- $((soak_requests / threads)))
sleep 2
rss_after=$(rss_mb "${pid}")
soak_sent=$(awk '/requests in/ { print $1 }' <<<"${soak_out}")
soak_errors=$(( $(non_2xx "${soak_out}") + $(socket_errors "${soak_out}") ))
echo
echo "Hostile soak: ${soak_sent} requests (half a unique query parameter, half a unique Host), ${soak_errors} errors;" \
  "RSS ${rss_before} MB before, ${rss_after} MB after ($((rss_after - rss_before)) MB)"
if (( soak_errors > 0 || rss_after - rss_before > 64 )); then
  echo "FAILED: the soak had errors or grew RSS by more than 64 MB." >&2
  exit 1
fi
stop_app

# --- A missing data/ folder with no store: start-up refuses, naming the folder, with a non-zero exit.
set +e
refusal=$(cd "${publish}" && env ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Results=Data Source=${work}/none.db" \
  "Results__DataDirectory=${work}/no-such-data" "Results__SeedsDirectory=${root}/seeds" \
  timeout 60 dotnet HemaCare.Results.Web.dll --urls "${base}" 2>&1)
refusal_exit=$?
set -e
if (( refusal_exit == 0 )) || ! grep -q "data/: folder not found" <<<"${refusal}"; then
  echo "FAILED: a missing data/ folder did not stop start-up with its reason (exit ${refusal_exit})." >&2
  echo "${refusal}" | tail -5 >&2
  exit 1
fi
echo "Missing data/ with no store: start-up refused (exit ${refusal_exit}) naming 'data/: folder not found'."

# --- Scale-out: two identical instances behind nginx (round robin); one rebuilds its store mid-run.
if ! command -v nginx >/dev/null; then
  echo "Installing nginx (Debian package)..."
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
shared="${work}/shared"
mkdir -p "${shared}"
cp -r "${root}/data" "${root}/seeds" "${shared}/"
rm -f "${shared}"/data/*.db*

# launch VAR PORT: starts an instance on PORT with its own store over the shared data/ and seeds/.
launch() {
  local var="$1" p="$2"
  (cd "${publish}" && exec env ASPNETCORE_ENVIRONMENT=Production \
      "ConnectionStrings__Results=Data Source=${work}/store-${p}.db" \
      "Results__DataDirectory=${shared}/data" "Results__SeedsDirectory=${shared}/seeds" \
      "Logging__LogLevel__Default=Warning" \
      dotnet HemaCare.Results.Web.dll --urls "http://127.0.0.1:${p}") >"${work}/app-${p}.log" 2>&1 &
  printf -v "${var}" '%s' "$!"
  for _ in $(seq 1 3000); do
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${p}/healthz" || true)" == "200" ]] && return 0
    sleep 0.01
  done
  echo "Instance on ${p} did not become healthy." >&2; cat "${work}/app-${p}.log" >&2; return 1
}
content_hash() { curl -s "http://127.0.0.1:$1/healthz" | sed -n 's/.*"contentHash":"\([0-9a-f]*\)".*/\1/p'; }

launch pid_a "${port_a}"
launch pid_b "${port_b}"
curl -s "http://127.0.0.1:${port_a}/api/facts" >"${work}/facts-a.json"
curl -s "http://127.0.0.1:${port_b}/api/facts" >"${work}/facts-b.json"
hash_a=$(content_hash "${port_a}"); hash_b=$(content_hash "${port_b}")
if ! cmp -s "${work}/facts-a.json" "${work}/facts-b.json" || [[ -z "${hash_a}" || "${hash_a}" != "${hash_b}" ]]; then
  echo "FAILED: the two instances differ (hashes ${hash_a} / ${hash_b})." >&2
  exit 1
fi

mkdir -p "${work}/nginx-temp"
cat >"${work}/nginx.conf" <<NGINX
user root;
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${work}/nginx-temp/body;
  proxy_temp_path ${work}/nginx-temp/proxy;
  fastcgi_temp_path ${work}/nginx-temp/fastcgi;
  uwsgi_temp_path ${work}/nginx-temp/uwsgi;
  scgi_temp_path ${work}/nginx-temp/scgi;
  upstream results {
    server 127.0.0.1:${port_a};
    server 127.0.0.1:${port_b};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://results;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_buffers 32 16k;
    }
  }
}
NGINX
"${nginx_bin}" -c "${work}/nginx.conf" -p "${work}" && nginx_started=true
for _ in $(seq 1 100); do port_busy "${port}" && break; sleep 0.05; done
if ! curl -s "${base}/api/facts" | cmp -s - "${work}/facts-a.json"; then
  echo "FAILED: nginx does not serve the instances' /api/facts." >&2
  exit 1
fi

# Mid-run: a new fact reaches data/ and instance B alone re-reads it (SIGHUP), rebuilding its store while serving.
scale_duration="${LOAD_SCALE_DURATION:-20}"
wrk -t"${threads}" -c"${connections}" -d"${scale_duration}s" --latency "${base}/api/facts" >"${work}/scale.txt" &
wrk_pid=$!
sleep $((scale_duration / 3))
printf '%s\n' "q2-rollout-revenue-2003-q2,2003-Q2,,,revenue,6900000,usd,,Revenues during the most recent quarter were \$6.9 million" \
  >>"${shared}/data/hemacare-2003-q2-call-script.facts.csv"
rebuild_started=$(now_ms)
kill -HUP "${pid_b}"
rebuilt_hash=""
for _ in $(seq 1 1000); do
  rebuilt_hash=$(content_hash "${port_b}")
  [[ -n "${rebuilt_hash}" && "${rebuilt_hash}" != "${hash_b}" ]] && break
  sleep 0.01
done
rebuild_ms=$(( $(now_ms) - rebuild_started ))
wait "${wrk_pid}"
scale_out=$(cat "${work}/scale.txt")
kill -HUP "${pid_a}"
for _ in $(seq 1 1000); do [[ "$(content_hash "${port_a}")" == "${rebuilt_hash}" ]] && break; sleep 0.01; done
curl -s "http://127.0.0.1:${port_a}/api/facts" >"${work}/facts-a.json"
curl -s "http://127.0.0.1:${port_b}/api/facts" >"${work}/facts-b.json"

scale_errors=$(( $(non_2xx "${scale_out}") + $(socket_errors "${scale_out}") ))
echo
echo "Scale-out through nginx (round robin over ${port_a} and ${port_b}), ${scale_duration} s of /api/facts:" \
  "$(awk '/^Requests\/sec:/ { print $2 }' <<<"${scale_out}") req/s," \
  "p50 $(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"${scale_out}")") ms," \
  "p99 $(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"${scale_out}")") ms, ${scale_errors} errors"
echo "Instance B rebuilt its store mid-run in ${rebuild_ms} ms (content hash ${hash_b:0:12}… → ${rebuilt_hash:0:12}…);" \
  "after A's reload both serve $(wc -c <"${work}/facts-a.json")-byte /api/facts, identical: $(cmp -s "${work}/facts-a.json" "${work}/facts-b.json" && echo yes || echo no)"
if (( scale_errors > 0 )) || [[ "${rebuilt_hash}" == "${hash_b}" || "$(content_hash "${port_a}")" != "${rebuilt_hash}" ]] \
  || ! cmp -s "${work}/facts-a.json" "${work}/facts-b.json"; then
  echo "FAILED: the scale-out run had errors, or the instances did not converge on one store." >&2
  exit 1
fi
