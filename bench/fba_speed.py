#!/usr/bin/env python3
"""Times metadesign against COBRApy (GLPK) on this machine, side by side.

    python3 bench/fba_speed.py [--repeats 5]

End to end: process start to printed FBA result (`metadesign fba MODEL` vs a Python
process that imports cobra, reads the SBML and optimizes). Loading alone: in-process
read time (metadesign's `--timings` line vs `cobra.io.read_sbml_model`). Prints a
Markdown table with medians and ratios; needs a release build (.build/release/metadesign).
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
MODELS = ["e_coli_core.xml.gz", "iML1515.xml.gz"]

COBRA_E2E = """
import cobra, sys
cobra.Configuration().solver = "glpk"
model = cobra.io.read_sbml_model(sys.argv[1])
print(model.slim_optimize())
"""

COBRA_LOAD = """
import cobra, sys, time, json
cobra.Configuration().solver = "glpk"
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    cobra.io.read_sbml_model(sys.argv[1])
    times.append(time.perf_counter() - start)
print(json.dumps(times))
"""


def wall(command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def metadesign_load_seconds(model):
    result = subprocess.run([BINARY, "fba", model, "--timings"], check=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in result.stderr.splitlines():
        if line.startswith("timings:"):
            fields = dict(part.split("=") for part in line.split()[1:])
            return float(fields["load"].rstrip("s"))
    raise RuntimeError("no timings line: " + result.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release")
    rows = []
    for name in MODELS:
        model = os.path.join(ROOT, "models", name)
        ours = statistics.median(wall([BINARY, "fba", model]) for _ in range(args.repeats))
        theirs = statistics.median(wall([sys.executable, "-c", COBRA_E2E, model]) for _ in range(args.repeats))
        rows.append((f"fba end to end, {name}", ours, theirs))
        our_load = statistics.median(metadesign_load_seconds(model) for _ in range(args.repeats))
        cobra_times = json.loads(subprocess.run([sys.executable, "-c", COBRA_LOAD, model, str(args.repeats)],
                                                check=True, capture_output=True, text=True).stdout)
        rows.append((f"load SBML, {name}", our_load, statistics.median(cobra_times)))
    print(f"| measurement (median of {args.repeats}) | metadesign s | COBRApy s | speed-up |")
    print("|---|---|---|---|")
    for label, ours, theirs in rows:
        print(f"| {label} | {ours:.3f} | {theirs:.3f} | {theirs / ours:.1f}× |")


if __name__ == "__main__":
    main()
