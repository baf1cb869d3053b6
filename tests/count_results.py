#!/usr/bin/env python3
"""Counts the TRX results of tests/run.sh, honestly.

Usage: count_results.py RESULTS_DIR PROJECT...   prints one line per project, then "PASSED FAILED"
       count_results.py --self-test              checks the rules below on crafted TRX files

A project counts as failed (at least one failed test) when its TRX is missing or unreadable, when the run's
outcome is not Completed, or when it executed zero tests; otherwise its counters are summed as they are.
"""
import os
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

FAILURE_COUNTERS = ("failed", "error", "timeout", "aborted")


def count_project(path):
    """(passed, failed, reason) for one project's TRX file; reason is None when the project passed."""
    if not os.path.isfile(path):
        return 0, 1, "no TRX file"
    try:
        root = ElementTree.parse(path).getroot()
    except (ElementTree.ParseError, OSError) as error:
        return 0, 1, f"unreadable TRX ({error})"
    summary = next((e for e in root.iter() if e.tag.endswith("ResultSummary")), None)
    counters = next((e for e in summary.iter() if e.tag.endswith("Counters")), None) if summary is not None else None
    if counters is None:
        return 0, 1, "TRX has no result counters"
    number = lambda name: int(counters.get(name, "0") or 0)
    passed = number("passed")
    failed = sum(number(name) for name in FAILURE_COUNTERS)
    outcome = summary.get("outcome", "")
    reason = None
    if failed:
        reason = f"{failed} failed"
    elif outcome != "Completed":
        reason = f"outcome {outcome or 'missing'}, not Completed"
    elif number("executed") == 0:
        reason = "zero tests executed"
    if reason is not None and failed == 0:
        failed = 1
    return passed, failed, reason


def count(results, projects):
    passed = failed = 0
    lines = []
    for project in projects:
        p, f, reason = count_project(os.path.join(results, project + ".trx"))
        passed += p
        failed += f
        lines.append(f"  {project}: {p} passed" + (f", FAILED: {reason}" if reason else ""))
    return passed, failed, lines


def trx(outcome, executed, passed, failed=0):
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">'
        f'<ResultSummary outcome="{outcome}"><Counters total="{executed}" executed="{executed}" passed="{passed}" '
        f'failed="{failed}" error="0" timeout="0" aborted="0" inconclusive="0" /></ResultSummary></TestRun>'
    )


def self_test():
    cases = {
        "Good": (trx("Completed", 5, 5), (5, 0, None)),
        "SomeFail": (trx("Failed", 5, 3, 2), (3, 2, "2 failed")),
        "Aborted": (trx("Aborted", 4, 4), (4, 1, "outcome Aborted, not Completed")),
        "Zero": (trx("Completed", 0, 0), (0, 1, "zero tests executed")),
        "Garbled": ("<TestRun", (0, 1, "unreadable TRX")),
        "Missing": (None, (0, 1, "no TRX file")),
    }
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for name, (content, _) in cases.items():
            if content is not None:
                with open(os.path.join(folder, name + ".trx"), "w", encoding="utf-8-sig") as file:
                    file.write(content)
        for name, (_, (passed, failed, reason)) in cases.items():
            got = count_project(os.path.join(folder, name + ".trx"))
            if got[:2] != (passed, failed) or (got[2] is not None if reason is None else not (got[2] or "").startswith(reason)):
                problems.append(f"{name}: expected {(passed, failed, reason)}, got {got}")
        total = count(folder, ["Good", "Missing"])
        if total[:2] != (5, 1):
            problems.append(f"a missing project must fail the total: got {total[:2]}")
        if count(folder, ["Good"])[:2] != (5, 0):
            problems.append("a passing project must pass the total")
    for problem in problems:
        print("count_results self-test: " + problem)
    return not problems


if __name__ == "__main__":
    if sys.argv[1:] == ["--self-test"]:
        sys.exit(0 if self_test() else 1)
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    total_passed, total_failed, report = count(sys.argv[1], sys.argv[2:])
    print("\n".join(report), file=sys.stderr)
    print(f"{total_passed} {total_failed}")
