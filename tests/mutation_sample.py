#!/usr/bin/env python3
"""Estimates a mutation score from a uniform random sample of mutants, for code too slow to mutate whole.

    python3 tests/mutation_sample.py pick LISTING_REPORT SIZE SEED PICKED_JSON PATTERNS_TXT [--from N]

pick:  LISTING_REPORT is a Stryker report of the whole scope run against almost no tests (it only lists the
       mutants; tests/mutation.sh sample makes it). The population is every mutant in it that a full run would
       test (not a compile error, not ignored). SIZE of them are drawn with SEED. For each, PATTERNS_TXT gets a
       Stryker --mutate pattern whose text span is exactly the mutant's, and an exclude pattern for every other
       mutant nested strictly inside it, so the sample run tests the drawn mutants (and any sharing their span).
score: reads the sample run's report, takes the status of each drawn mutant (the others it tested are not
       counted), and prints the estimated score with a 95% Wilson interval. With EXACT_REPORTS (folders measured
       whole at the same commit), also the whole library's score: exact counts plus the population times the
       sample's interval. A draw can be tested in parts: pick the same SEED with a larger SIZE and --from the
       size already tested (Python draws the same mutants first), then score with every part's --sample.

recheck: writes patterns for every undetected mutant in the REPORTS (for the sample run, only the drawn ones, given
       PICKED_JSON). Stryker runs a mutant only against the tests that executed its code in its coverage run, and
       in the web app a response from the output cache or a chart from a snapshot's memo runs no code, so a test
       that would kill a mutant can go unrun. tests/mutation.sh runs these again against every test
       (coverage-analysis off); score --recheck counts a mutant that run detects as detected.

    python3 tests/mutation_sample.py recheck PATTERNS_TXT [--picked PICKED_JSON --sample SAMPLE_REPORT ...] [--report REPORT ...]
    python3 tests/mutation_sample.py score PICKED_JSON --sample SAMPLE_REPORT ... [--recheck RECHECK_REPORT ...]
                                           [--exact EXACT_REPORT ...]

Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it."""
import argparse
import json
import math
import os
import random
import sys
from collections import Counter

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
NOT_TESTED = {"CompileError", "Ignored"}


def line_starts(source):
    """UTF-16 offset of each line's start, breaking lines as Roslyn does (CR LF, CR, LF, NEL, LS, PS)."""
    starts, offset, i = [0], 0, 0
    while i < len(source):
        c = source[i]
        width = 2 if ord(c) > 0xFFFF else 1
        if c == "\r" and i + 1 < len(source) and source[i + 1] == "\n":
            offset, i = offset + 2, i + 2
            starts.append(offset)
            continue
        offset, i = offset + width, i + 1
        if c in "\r\n\u0085\u2028\u2029":
            starts.append(offset)
    return starts


def span(mutant, starts):
    loc = mutant["location"]
    return (starts[loc["start"]["line"] - 1] + loc["start"]["column"] - 1,
            starts[loc["end"]["line"] - 1] + loc["end"]["column"] - 1)


def key(name, mutant):
    loc = mutant["location"]
    return (name, loc["start"]["line"], loc["start"]["column"], loc["end"]["line"], loc["end"]["column"],
            mutant["mutatorName"], mutant.get("replacement", ""))


def chosen_spans(report, chosen, spans=None):
    """The text spans of the chosen (name, mutant) pairs by path relative to the project, added to spans."""
    spans = {} if spans is None else spans
    for name, mutant in chosen:
        relative = os.path.relpath(name, report["projectRoot"])
        spans.setdefault(relative, []).append(span(mutant, line_starts(report["files"][name]["source"])))
    return spans


def patterns_for(report, chosen, spans=None):
    """Include patterns for the chosen (name, mutant) pairs, excluding every other mutant nested inside each but
    those holding a chosen one (spans: the chosen of every report the patterns are for, by relative path)."""
    root, patterns = report["projectRoot"], []
    spans = chosen_spans(report, chosen) if spans is None else spans
    for name, mutant in chosen:
        file = report["files"][name]
        starts = line_starts(file["source"])
        start, end = span(mutant, starts)
        relative = os.path.relpath(name, root)
        patterns.append(f"{relative}{{{start}..{end}}}")
        for other in file["mutants"]:
            o_start, o_end = span(other, starts)
            # An exclude pattern drops every mutant inside its span, so one that holds a chosen mutant is not written.
            if (start <= o_start and o_end <= end and (o_start, o_end) != (start, end)
                    and not any(o_start <= c_start and c_end <= o_end for c_start, c_end in spans[relative])):
                patterns.append(f"!{relative}{{{o_start}..{o_end}}}")
    return list(dict.fromkeys(patterns))


def write_patterns(path, patterns):
    open(path, "w", encoding="utf-8").write("".join(p + "\n" for p in patterns))


def pick(listing, size, seed, picked_path, patterns_path, first=0):
    report = json.load(open(listing, encoding="utf-8"))
    root = report["projectRoot"]
    population = [(name, m) for name, f in sorted(report["files"].items()) for m in f["mutants"]
                  if m["status"] not in NOT_TESTED]
    drawn = random.Random(seed).sample(population, min(size, len(population)))
    picked = [list(key(os.path.relpath(name, root), m)) for name, m in drawn]
    json.dump({"listing": listing, "seed": seed, "population": len(population), "picked": picked},
              open(picked_path, "w", encoding="utf-8"), indent=1)
    write_patterns(patterns_path, patterns_for(report, drawn[first:]))
    print(f"population {len(population)} mutants; drew {len(picked)} with seed {seed}; patterns for the "
          f"{len(drawn) - first} from number {first + 1}")


def recheck(patterns_path, reports, picked_path=None, sample_reports=()):
    patterns = []
    chosen_sets = [(path, None) for path in reports]
    if picked_path:
        drawn = {tuple(e) for e in json.load(open(picked_path, encoding="utf-8"))["picked"]}
        chosen_sets += [(path, drawn) for path in sample_reports]
    per_report, spans = [], {}
    for path, only in chosen_sets:
        report = json.load(open(path, encoding="utf-8"))
        root = report["projectRoot"]
        chosen = [(name, m) for name, f in sorted(report["files"].items()) for m in f["mutants"]
                  if m["status"] in UNDETECTED and (only is None or key(os.path.relpath(name, root), m) in only)]
        per_report.append((report, chosen))
        chosen_spans(report, chosen, spans)
    for report, chosen in per_report:
        patterns += patterns_for(report, chosen, spans)
    count = sum(len(chosen) for _, chosen in per_report)
    write_patterns(patterns_path, list(dict.fromkeys(patterns)))
    print(f"{count} undetected mutants to test again against every test")


def wilson(detected, n, z=1.96):
    if n == 0:
        return float("nan"), float("nan")
    p = detected / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def statuses(report_path):
    report = json.load(open(report_path, encoding="utf-8"))
    root = report["projectRoot"]
    return {key(os.path.relpath(name, root), m): m for name, f in report["files"].items() for m in f["mutants"]}


def status_after(mutant, mutant_key, rechecked):
    """A mutant's status, detected if the run against every test detected it."""
    again = rechecked.get(mutant_key)
    if mutant["status"] in UNDETECTED and again is not None and again["status"] in DETECTED:
        return "Killed on recheck"
    return mutant["status"]


def score(picked_path, sample_reports, recheck_reports, exact_reports):
    picked = json.load(open(picked_path, encoding="utf-8"))
    found = {}
    for path in sample_reports:
        found.update({k: m for k, m in statuses(path).items() if k not in found or m["status"] not in NOT_TESTED})
    rechecked = {}
    for path in recheck_reports:
        rechecked.update({k: m for k, m in statuses(path).items() if m["status"] not in NOT_TESTED})
    detected_states = DETECTED | {"Killed on recheck"}
    counts, missing, undetected = {}, [], []
    for entry in picked["picked"]:
        mutant = found.get(tuple(entry))
        if mutant is None or mutant["status"] in NOT_TESTED:
            missing.append(entry)
            continue
        status = status_after(mutant, tuple(entry), rechecked)
        counts[status] = counts.get(status, 0) + 1
        if status in UNDETECTED:
            undetected.append((entry, status))
    n = sum(counts.values())
    detected = sum(c for s, c in counts.items() if s in detected_states)
    low, high = wilson(detected, n)
    population = picked["population"]
    print(f"sample: {n} of {population} mutants tested, {detected} detected "
          f"({', '.join(f'{s} {c}' for s, c in sorted(counts.items()))})")
    print(f"sampled code: {100 * detected / n:.1f}% (95% interval {100 * low:.1f}% to {100 * high:.1f}%)")
    for entry in missing:
        print(f"not tested in the sample run (left out of the estimate): {entry}")
    for entry, status in undetected:
        print(f"{entry[0]}:{entry[1]} {status}: {entry[5]}: {' '.join(entry[6].split())[:100]}")
    if exact_reports:
        exact_detected = exact_tested = 0
        for path in exact_reports:
            exact = Counter()
            for mutant_key, m in statuses(path).items():
                exact[status_after(m, mutant_key, rechecked)] += 1
            tested = sum(c for s, c in exact.items() if s not in NOT_TESTED)
            found_detected = sum(c for s, c in exact.items() if s in detected_states)
            print(f"measured whole: {path}: {100 * found_detected / tested:.1f}% "
                  f"({', '.join(f'{s} {c}' for s, c in sorted(exact.items()) if s not in NOT_TESTED)})")
            exact_detected += found_detected
            exact_tested += tested
        total = exact_tested + population
        print(f"whole library: {exact_tested} mutants measured whole ({exact_detected} detected) + {population} "
              f"estimated: {100 * (exact_detected + population * detected / n) / total:.1f}% (95% interval "
              f"{100 * (exact_detected + population * low) / total:.1f}% to "
              f"{100 * (exact_detected + population * high) / total:.1f}%)")


def main(args):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("pick")
    p.add_argument("listing"), p.add_argument("size", type=int), p.add_argument("seed", type=int)
    p.add_argument("picked"), p.add_argument("patterns")
    p.add_argument("--from", dest="first", type=int, default=0, help="write patterns for the drawn from this one on")
    r = commands.add_parser("recheck")
    r.add_argument("patterns"), r.add_argument("--report", dest="reports", action="append", default=[])
    r.add_argument("--picked"), r.add_argument("--sample", action="append", default=[])
    c = commands.add_parser("score")
    c.add_argument("picked"), c.add_argument("--sample", action="append", required=True)
    c.add_argument("--recheck", action="append", default=[]), c.add_argument("--exact", action="append", default=[])
    a = parser.parse_args(args)
    if a.command == "pick":
        pick(a.listing, a.size, a.seed, a.picked, a.patterns, a.first)
    elif a.command == "recheck":
        recheck(a.patterns, a.reports, a.picked, a.sample)
    else:
        score(a.picked, a.sample, a.recheck, a.exact)


if __name__ == "__main__":
    main(sys.argv[1:])
