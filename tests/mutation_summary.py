#!/usr/bin/env python3
"""Summarises Stryker mutation-report.json files: the score per folder and overall, then every surviving or
uncovered mutant with its place, so the README's list of accepted survivors can be checked against a run.

    python3 tests/mutation_summary.py artifacts/mutation/domain/reports/mutation-report.json [more reports]

With several reports (runs of parts of a library, each with its own --mutate), each file is taken from the
last report that tested any of its mutants, so a later re-run of a file replaces the earlier one.

Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it; compile
errors and ignored mutants are left out of it, and their counts are printed beside it."""
import json
import os
import sys
from collections import Counter, defaultdict

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def score(counts):
    tested = sum(counts[s] for s in DETECTED | UNDETECTED)
    return 100.0 * sum(counts[s] for s in DETECTED) / tested if tested else float("nan")


def tested_files(paths):
    files = {}
    for path in paths:
        for name, file in json.load(open(path, encoding="utf-8"))["files"].items():
            if any(m["status"] in DETECTED | UNDETECTED for m in file["mutants"]) or name not in files:
                files[name] = file
    return files


def main(paths):
    files = tested_files(paths)
    root = os.path.commonpath(list(files)) if len(files) > 1 else os.path.dirname(next(iter(files)))
    by_folder, total, undetected = defaultdict(Counter), Counter(), []
    for name, file in sorted(files.items()):
        relative = os.path.relpath(name, root)
        folder = os.path.dirname(relative) or "."
        for mutant in file["mutants"]:
            status = mutant["status"]
            by_folder[folder][status] += 1
            total[status] += 1
            if status in UNDETECTED:
                line = mutant["location"]["start"]["line"]
                undetected.append((relative, line, status, mutant["mutatorName"], mutant.get("replacement", "")))
    print(f"{'folder':40} {'score':>7} {'killed':>7} {'timeout':>8} {'survived':>9} {'no cover':>9} {'compile':>8}")
    for folder, c in sorted(by_folder.items()) + [("(all)", total)]:
        print(f"{folder:40} {score(c):6.1f}% {c['Killed']:7} {c['Timeout']:8} {c['Survived']:9} "
              f"{c['NoCoverage']:9} {c['CompileError']:8}")
    print()
    for relative, line, status, mutator, replacement in undetected:
        print(f"{relative}:{line} {status}: {mutator}: {' '.join(replacement.split())[:100]}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["artifacts/mutation/domain/reports/mutation-report.json"])
