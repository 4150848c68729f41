#!/usr/bin/env python3
"""Runs FVA (fraction 1.0 and 0.9), single gene deletion and pFBA with metadesign and with
COBRApy (GLPK, 2 processes) on the same model, compares every number and prints timings.

    python3 bench/analysis_vs_cobra.py models/e_coli_core.xml.gz models/iML1515.xml.gz

Agreement: |a - b| <= 1e-6 * max(1, |b|). Needs a release build (.build/release/metadesign).
Prints one Markdown table row per (model, analysis); exits non-zero on any mismatch.
"""
import csv
import io
import json
import logging
import math
import os
import resource
import subprocess
import sys
import time
import warnings

import cobra
from cobra.flux_analysis import flux_variability_analysis, pfba, single_gene_deletion

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
PROCESSES = 2


def ours(arguments):
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", BINARY] + arguments + ["--jobs", str(PROCESSES), "--format", "csv"],
                         capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    peak_kib = int(run.stderr.strip().splitlines()[-1])
    return list(csv.DictReader(io.StringIO(run.stdout))), elapsed, peak_kib


def close(a, b):
    if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and (b is None or math.isnan(b))
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def number(text):
    return float(text) if text not in ("", None) else None


def main():
    rows = []
    failures = 0
    for path in sys.argv[1:]:
        name = os.path.basename(path)
        model = cobra.io.read_sbml_model(path)
        for fraction in (1.0, 0.9):
            start = time.perf_counter()
            theirs = flux_variability_analysis(model, fraction_of_optimum=fraction, processes=PROCESSES)
            their_time = time.perf_counter() - start
            mine, my_time, peak = ours(["fva", path, "--fraction", str(fraction)])
            bad = [r["reaction"] for r in mine
                   if not (close(float(r["minimum"]), theirs.loc[r["reaction"], "minimum"])
                           and close(float(r["maximum"]), theirs.loc[r["reaction"], "maximum"]))]
            failures += len(bad)
            rows.append((name, f"FVA fraction {fraction}", len(mine), len(bad), my_time, their_time, peak, bad[:5]))
        start = time.perf_counter()
        theirs = single_gene_deletion(model, processes=PROCESSES)
        their_time = time.perf_counter() - start
        growth = {next(iter(ids)): (g if status == "optimal" else None)
                  for ids, g, status in zip(theirs["ids"], theirs["growth"], theirs["status"])}
        mine, my_time, peak = ours(["delete", "genes", path])
        bad = [r["ids"] for r in mine if not close(number(r["growth"]), growth[r["ids"]])]
        failures += len(bad)
        rows.append((name, "single gene deletion", len(mine), len(bad), my_time, their_time, peak, bad[:5]))
        start = time.perf_counter()
        solution = pfba(model)
        their_time = time.perf_counter() - start
        run_start = time.perf_counter()
        mine = json.loads(subprocess.run([BINARY, "pfba", path, "--format", "json"], capture_output=True, text=True, check=True).stdout)
        my_time = time.perf_counter() - run_start
        ok = close(mine["total_flux"], solution.objective_value)
        failures += not ok
        rows.append((name, f"pFBA total flux {mine['total_flux']:.9g} vs {solution.objective_value:.9g}", 1, int(not ok), my_time, their_time, 0, []))
    print(f"| model | analysis | values | mismatches (>1e-6) | metadesign s | COBRApy s ({PROCESSES} processes) | speed-up | metadesign peak RSS MiB |")
    print("|---|---|---|---|---|---|---|---|")
    for name, label, count, bad, mine, theirs, peak, examples in rows:
        extra = f" e.g. {', '.join(examples)}" if examples else ""
        print(f"| {name} | {label} | {count} | {bad}{extra} | {mine:.2f} | {theirs:.2f} | {theirs / mine:.1f}× | {peak / 1024:.0f} |")
    print(f"python peak RSS MiB: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
