#!/usr/bin/env bash
# The one test command: installs what the browser tests need, builds once (warnings are errors), runs every
# test project, and ends with the line "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

configuration=Release
results="$PWD/artifacts/test-results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Debian's Chromium drives the browser tests; Playwright never downloads a browser of its own.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'dejavu\|liberation' || missing+=(fonts-dejavu-core fonts-liberation)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" </dev/null \
    || { echo "Could not install ${missing[*]}"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

echo "Building HemaCare.Results.sln ($configuration)"
if ! dotnet build HemaCare.Results.sln -c "$configuration" -warnaserror -nologo -v q </dev/null; then
  echo "The build failed."
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

rm -rf "$results"
mkdir -p "$results"
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  # The benchmarks are a console program built above, not a test project.
  [ "$name" = "HemaCare.Results.Benchmarks" ] && continue
  echo "Testing $name"
  if ! timeout 40m dotnet test "$project" -c "$configuration" --no-build --nologo \
      --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=normal" \
      --results-directory "$results" </dev/null; then
    status=1
  fi
  if [ ! -f "$results/$name.trx" ]; then
    echo "$name did not run (no $name.trx)."
    status=1
  fi
done

summary=$(python3 - "$results" <<'PY'
import glob, re, sys
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    text = open(path, encoding="utf-8-sig").read()
    counters = re.search(r"<Counters\b[^>]*>", text)
    if not counters:
        failed += 1
        continue
    attributes = dict(re.findall(r'(\w+)="(\d+)"', counters.group(0)))
    passed += int(attributes.get("passed", 0))
    failed += int(attributes.get("failed", 0)) + int(attributes.get("error", 0)) + int(attributes.get("timeout", 0)) + int(attributes.get("aborted", 0))
print(f"{passed} {failed}")
PY
)
read -r passed failed <<<"$summary"

# A short, bounded load smoke (issue 4): ~5 s at 16 connections, zero errors and zero non-2xx allowed.
# It counts as one test; the full benchmark is the separate command tests/load/run.sh.
echo "Load smoke: tests/load/run.sh --smoke"
if timeout 10m bash tests/load/run.sh --smoke </dev/null; then
  passed=$((passed + 1))
else
  echo "The load smoke failed."
  failed=$((failed + 1))
fi
if [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then status=1; fi
echo "TRX results: $results"
echo "tests: $passed passed, $failed failed"
exit $status
