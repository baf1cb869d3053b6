#!/usr/bin/env bash
# Mutation testing with Stryker.NET 5.1.0 (pinned in .config/dotnet-tools.json). Slow (minutes per target on
# two cores), so not part of tests/run.sh or CI; run it before recording scores in the README.
#
#   bash tests/mutation.sh [domain|web|all] [more Stryker options]
#
# domain: src/HemaCare.Results, killed by the domain tests, one Stryker run per folder (a report each, so an
#         interrupted run keeps the folders it finished). The 10-second store-lock test exercises every build,
#         so it would be re-run for almost every mutant; it is left out except for the Store folder, the only
#         code it tests. MUTATION_DOMAIN_WEB_TESTS=1 adds the web tests, which exercise the domain through the
#         pages, exports and API; but they build the store in their fixtures, outside any one test, so Stryker
#         runs the whole web suite for every inference mutant: hours on two cores.
# web:    the web app's C# (Razor components are left out: Stryker mutates C# sources only, and the
#         .razor files' generated code is not worth mutating), killed by the web tests.
# The browser tests are left out: they run the app's build output, which Stryker does not mutate.
# Reports (HTML, JSON) go to artifacts/mutation/domain/<folder>/reports/ and artifacts/mutation/web/reports/;
# tests/mutation_summary.py prints scores per folder and every survivor from one or more of them. Extra
# options are passed to every run, e.g. a quick check on one file:  bash tests/mutation.sh web --mutate "**/Exports/CsvCells.cs"
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

run_web() {
  # Without a --mutate of the caller's, every C# file but the Razor components' generated code.
  local scope=(--mutate "**/*.cs" --mutate "!**/*.razor*")
  [[ " $* " == *" --mutate "* || " $* " == *" -m "* ]] && scope=()
  (cd src/HemaCare.Results.Web && dotnet stryker "${common[@]}" --project HemaCare.Results.Web.csproj \
    --test-project ../../tests/HemaCare.Results.Web.Tests/HemaCare.Results.Web.Tests.csproj \
    "${scope[@]}" --output "$out/web" "$@")
}

case "$target" in
  domain) run_domain "$@" ;;
  web) run_web "$@" ;;
  all) run_domain "$@"; run_web "$@" ;;
  *) echo "usage: $0 [domain|web|all] [Stryker options]" >&2; exit 2 ;;
esac
echo "Reports: $out/<target>/reports/mutation-report.html"
