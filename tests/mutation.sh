#!/usr/bin/env bash
# Mutation testing with Stryker.NET 5.1.0 (pinned in .config/dotnet-tools.json). Slow (minutes per target on
# two cores), so not part of tests/run.sh or CI; run it before recording scores in the README.
#
#   bash tests/mutation.sh [domain|web|all|sample] [more Stryker options]
#
# domain: src/HemaCare.Results, killed by the domain tests, one Stryker run per folder (a report each, so an
#         interrupted run keeps the folders it finished). The 10-second store-lock test exercises every build,
#         so it would be re-run for almost every mutant; it is left out except for the Store folder, the only
#         code it tests. MUTATION_DOMAIN_WEB_TESTS=1 adds the web tests, which exercise the domain through the
#         pages, exports and API; but they build the store in their fixtures, outside any one test, so Stryker
#         runs the whole web suite for every inference mutant: hours on two cores.
# web:    the web app's C#, killed by the web tests, one Stryker run per folder (MUTATION_WEB_FOLDERS; Root
#         is Program.cs, Links.cs and Components/**/*.cs). Razor components are left out: Stryker mutates C#
#         sources only, and the .razor files' generated code is not worth mutating.
# sample: an estimate for web folders too slow to mutate whole in one sitting (a web mutant costs 15-40 s on two
#         cores: a fresh test host, the app's start, the page tests that reach it). A first run of the folders
#         (MUTATION_SAMPLE_FOLDERS) against one small test class lists their mutants; tests/mutation_sample.py
#         draws MUTATION_SAMPLE_SIZE of them (seed MUTATION_SAMPLE_SEED); a second run tests exactly those
#         against the web tests; the undetected ones (drawn, and those of the folders measured whole,
#         MUTATION_SAMPLE_EXACT, reports under artifacts/mutation/web/) run again against every test; the estimate
#         comes with its 95% interval, and with the whole folders, the whole web app's.
# The browser tests are left out: they run the app's build output, which Stryker does not mutate.
# Reports (HTML, JSON) go to artifacts/mutation/domain/<folder>/reports/ and artifacts/mutation/web/<folder>/reports/;
# tests/mutation_summary.py prints scores per folder and every survivor from one or more of them. Extra
# options are passed to every run. One folder again after new tests:  MUTATION_WEB_FOLDERS=Exports bash tests/mutation.sh web
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-all}
[ $# -gt 0 ] && shift
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null
out="$PWD/artifacts/mutation"
# Stryker refuses test projects in solution mode, so it runs in each source project's folder.
common=(--configuration Release --concurrency "${MUTATION_CONCURRENCY:-2}"
  --reporter html --reporter json --reporter progress --reporter dots --reporter cleartext)

run_domain() {
  local tests=(--test-project ../../tests/HemaCare.Results.Tests/HemaCare.Results.Tests.csproj)
  [ "${MUTATION_DOMAIN_WEB_TESTS:-0}" = 1 ] \
    && tests+=(--test-project ../../tests/HemaCare.Results.Web.Tests/HemaCare.Results.Web.Tests.csproj)
  local reports=() folder
  for folder in ${MUTATION_DOMAIN_FOLDERS:-Checks Derivations Facts Parsing Sources Store Vocabulary}; do
    local filter=()
    [ "$folder" != Store ] && filter=(--test-case-filter "FullyQualifiedName!~A_store_locked_by_another_process")
    echo "== domain $folder, started $(date -u +%FT%TZ)"
    (cd src/HemaCare.Results && dotnet stryker "${common[@]}" --project HemaCare.Results.csproj "${tests[@]}" \
      --mutate "**/$folder/**/*.cs" "${filter[@]}" --output "$out/domain/$folder" "$@")
    reports+=("$out/domain/$folder/reports/mutation-report.json")
  done
  echo "== domain finished $(date -u +%FT%TZ)"
  python3 tests/mutation_summary.py "${reports[@]}"
}

# One Stryker run over the web app's C# (never its .razor files) against the web tests; arguments are Stryker options.
stryker_web() {
  (cd src/HemaCare.Results.Web && dotnet stryker "${common[@]}" --project HemaCare.Results.Web.csproj \
    --test-project ../../tests/HemaCare.Results.Web.Tests/HemaCare.Results.Web.Tests.csproj --mutate "!**/*.razor*" "$@")
}

# Sets mutate_args to --mutate options for the patterns in a mutation_sample.py patterns file ("!" excludes).
mutate_args() {
  local pattern
  mutate_args=()
  while read -r pattern; do
    case "$pattern" in '!'*) mutate_args+=(--mutate "!**/${pattern#!}") ;; *) mutate_args+=(--mutate "**/$pattern") ;; esac
  done < "$1"
}

run_web() {
  # One Stryker run per folder, as for the domain. Root is the files outside the folders (Program.cs, Links.cs,
  # Components/**/*.cs). Razor components are left out: Stryker mutates C# sources only. The 8-second output-cache
  # soak runs for every request-path mutant, so it is left out except where the cache's keys and policy live
  # (Hosting).
  local reports=() folder
  for folder in ${MUTATION_WEB_FOLDERS:-Charts Endpoints Exports Health Hosting Presentation Root}; do
    local scope=(--mutate "**/$folder/**/*.cs") filter=()
    [ "$folder" = Root ] && scope=(--mutate "**/Program.cs" --mutate "**/Links.cs" --mutate "**/Components/**/*.cs")
    [ "$folder" != Hosting ] && filter=(--test-case-filter "FullyQualifiedName!~OutputCacheMemoryTests")
    echo "== web $folder, started $(date -u +%FT%TZ)"
    stryker_web "${scope[@]}" "${filter[@]}" --output "$out/web/$folder" "$@"
    reports+=("$out/web/$folder/reports/mutation-report.json")
  done
  echo "== web finished $(date -u +%FT%TZ)"
  python3 tests/mutation_summary.py "${reports[@]}"
}

run_sample() {
  local sample="$out/web-sample" folder scope=()
  for folder in ${MUTATION_SAMPLE_FOLDERS:-Charts Exports Hosting Presentation}; do scope+=(--mutate "**/$folder/**/*.cs"); done
  echo "== web sample: listing the mutants, started $(date -u +%FT%TZ)"
  stryker_web "${scope[@]}" --test-case-filter "FullyQualifiedName~LinksTests" --output "$sample/listing" "$@"
  python3 tests/mutation_sample.py pick "$sample/listing/reports/mutation-report.json" \
    "${MUTATION_SAMPLE_SIZE:-300}" "${MUTATION_SAMPLE_SEED:-2003}" "$sample/picked.json" "$sample/patterns.txt"
  mutate_args "$sample/patterns.txt"
  echo "== web sample: testing the drawn mutants, started $(date -u +%FT%TZ)"
  stryker_web "${mutate_args[@]}" --test-case-filter "FullyQualifiedName!~OutputCacheMemoryTests" \
    --output "$sample/run" "$@"
  local exact=()
  for folder in ${MUTATION_SAMPLE_EXACT:-Endpoints Health Root}; do
    [ -f "$out/web/$folder/reports/mutation-report.json" ] && exact+=("$out/web/$folder/reports/mutation-report.json")
  done
  recheck_web "$sample" --picked "$sample/picked.json" --sample "$sample/run/reports/mutation-report.json" \
    "${exact[@]/#/--report=}" -- "$@"
  echo "== web sample finished $(date -u +%FT%TZ)"
  python3 tests/mutation_sample.py score "$sample/picked.json" --sample "$sample/run/reports/mutation-report.json" \
    --recheck "$sample/recheck/reports/mutation-report.json" "${exact[@]/#/--exact=}"
}

# Tests every undetected mutant of the given reports again, against every test (coverage analysis off): in the
# web app a cached response or a memoized chart runs no code, so Stryker's per-test coverage can miss the test
# that would kill a mutant. Arguments: an output folder, the reports (mutation_sample.py recheck's), --, options.
recheck_web() {
  local folder=$1 reports=()
  shift
  while [ $# -gt 0 ] && [ "$1" != -- ]; do reports+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  python3 tests/mutation_sample.py recheck "$folder/recheck-patterns.txt" "${reports[@]}"
  mutate_args "$folder/recheck-patterns.txt"
  echo "== web recheck of undetected mutants against every test, started $(date -u +%FT%TZ)"
  stryker_web --config-file ../../tests/mutation-recheck.json "${mutate_args[@]}" \
    --test-case-filter "FullyQualifiedName!~OutputCacheMemoryTests" --output "$folder/recheck" "$@"
}

case "$target" in
  domain) run_domain "$@" ;;
  web) run_web "$@" ;;
  all) run_domain "$@"; run_web "$@" ;;
  sample) run_sample "$@" ;;
  *) echo "usage: $0 [domain|web|all|sample] [Stryker options]" >&2; exit 2 ;;
esac
echo "Reports: $out/<target>/<folder>/reports/mutation-report.html"
