#!/usr/bin/env bash
# Load benchmark: publishes Release, measures start-up (store built, then store present), runs wrk against
# the cached endpoints and a static file of similar size served by the same server, and prints req/s,
# p50/p99 latency, the ratio against the static file, non-2xx responses, socket errors and peak RSS.
#
#   tests/load/run.sh            full benchmark (LOAD_DURATION s per endpoint, LOAD_CONNECTIONS connections)
#   tests/load/run.sh --smoke    CI smoke: about 5 s at 16 connections; fails on any error or non-2xx
#
# Environment: LOAD_DURATION (s, default 10), LOAD_CONNECTIONS (default 32), LOAD_THREADS (default 2),
# LOAD_PORT (default 5113), LOAD_ENDPOINTS (space-separated paths), LOAD_STATIC (the reference file).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
smoke=false
[[ "${1:-}" == "--smoke" ]] && smoke=true

port="${LOAD_PORT:-5113}"
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

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..."
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

work="$(mktemp -d /tmp/hemacare-load-XXXXXX)"
publish="${work}/publish"
database="${work}/results.db"
pid=""
cleanup() {
  if [[ -n "${pid}" ]] && kill -0 "${pid}" 2>/dev/null; then kill "${pid}"; wait "${pid}" 2>/dev/null || true; fi
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
  non2xx[$path]=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"${out}")
  non2xx[$path]=${non2xx[$path]:-0}
  sockerr[$path]=$(awk -F'[ ,]+' '/Socket errors:/ { print $4 + $6 + $8 + $10 }' <<<"${out}")
  sockerr[$path]=${sockerr[$path]:-0}
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
