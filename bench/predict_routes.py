#!/usr/bin/env python3
"""Checks that `metadesign pathway predict` finds known routes within its time bound, and times it.

    python3 bench/predict_routes.py [--repeats 3] [--time-limit 120]

Scenarios (E. coli iML1515 chassis, CarveMe's universe_bacteria):
  * 1,3-propanediol from glucose (aerobic) and from glycerol (anaerobic): the route must use
    glycerol dehydratase (GLYCDH; dhaB), the step E. coli lacks (its yqhD, 13PPDH2, is native);
  * 1,4-butanediol from glucose (aerobic): CarveMe's universe has no 14bdo and no
    4-hydroxybutanal, so the run adds bench/predict/bdo_supplement.json (the two steps of Yim et
    al. 2011 missing from it: Cbei ald 4HBCOAR and adh 4HBALR) as a second --universe; the
    route must be 4hbd (SSAH) + cat2 (A4HBCT) + ald + adh, with succinate semialdehyde native;
  * 1,4-butanediol with the universe alone must fail with a clear message.
Prints a Markdown table (wall time = process start to exit, median of the repeats, including
reading iML1515 and the universe); exits 1 when a known route is missing or late.
Needs a release build (.build/release/metadesign).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
SUPPLEMENT = os.path.join(ROOT, "bench", "predict", "bdo_supplement.json")
UNIVERSE = os.path.join(ROOT, "models", "universe_bacteria.xml.gz")

SCENARIOS = [
    ("1,3-PDO, glucose, aerobic", ["--product", "13ppd", "--substrate", "glucose", "--aeration", "aerobic"], {"GLYCDH"}),
    ("1,3-PDO, glycerol, anaerobic", ["--product", "13ppd", "--substrate", "glycerol", "--aeration", "anaerobic"], {"GLYCDH"}),
    ("1,4-BDO, glucose, aerobic (+ supplement)",
     ["--product", "14bdo", "--substrate", "glucose", "--universe", UNIVERSE, "--universe", SUPPLEMENT],
     {"SSAH", "A4HBCT", "4HBCOAR", "4HBALR"}),
]


def run(arguments):
    start = time.perf_counter()
    process = subprocess.run([BINARY, "pathway", "predict", "--chassis", "ecoli", *arguments], capture_output=True, text=True)
    return time.perf_counter() - start, process


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--time-limit", type=float, default=120)
    options = parser.parse_args()
    if not os.access(BINARY, os.X_OK):
        sys.exit("build first: swift build -c release --product metadesign")
    failures = 0
    print(f"| scenario | time bound s | wall s (median of {options.repeats}) | search s | known route found after s | route | steps | yield mol/mol | proven shortest | pathways |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, arguments, expected in SCENARIOS:
        walls, result = [], None
        for _ in range(options.repeats):
            wall, process = run(arguments + ["--time-limit", str(options.time_limit), "--format", "json"])
            walls.append(wall)
            if process.returncode != 0:
                print(f"| {name} | failed: {process.stderr.strip()} |")
                failures += 1
                break
            result = json.loads(process.stdout)
        if result is None:
            continue
        route = next((p for p in result["pathways"]
                      if p["status"] == "verified" and expected <= {r["id"] for r in p["reactions"]}), None)
        if route is None or route["found_after_seconds"] > options.time_limit:
            failures += 1
            print(f"| {name} | {options.time_limit:g} | {statistics.median(walls):.2f} | {result['elapsed_seconds']:.2f} | MISSING | | | | | {len(result['pathways'])} |")
            continue
        ids = " + ".join(r["id"] for r in route["reactions"])
        print(f"| {name} | {options.time_limit:g} | {statistics.median(walls):.2f} | {result['elapsed_seconds']:.2f} | "
              f"{route['found_after_seconds']:.2f} | {ids} | {route['steps']} | {route['max_theoretical_yield']:.4f} | "
              f"{'yes' if route['proven_shortest'] else 'no'} | {len(result['pathways'])} ({result['stop_reason']}) |")
    _, process = run(["--product", "14bdo"])
    if process.returncode == 1 and "neither the chassis nor the universal model" in process.stderr:
        print("\nWithout the supplement, 14bdo is correctly reported as absent from universe_bacteria.")
    else:
        failures += 1
        print(f"\nUNEXPECTED for 14bdo without the supplement: exit {process.returncode}: {process.stderr.strip()}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
