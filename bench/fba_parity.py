#!/usr/bin/env python3
"""Checks `metadesign fba` against COBRApy's GLPK optimum for every model in a folder.

    python3 bench/fba_parity.py [../shared/models]

Reference optima come from bench/reference/cobra_fba.json (regenerate with
bench/cobra_reference.py). Prints one row per model and exits non-zero on a mismatch
larger than 1e-6 relative.
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "models")
reference = json.load(open(os.path.join(ROOT, "bench", "reference", "cobra_fba.json")))

failures = 0
print("| model | COBRApy (GLPK) | metadesign | relative difference |")
print("|---|---|---|---|")
for path in sorted(glob.glob(os.path.join(folder, "*.gz"))):
    name = os.path.basename(path)
    expected = reference.get(name, {})
    run = subprocess.run([BINARY, "fba", path, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"| {name} | {expected.get('objective', expected.get('error', '?'))} | error: {run.stderr.strip()[:80]} | |")
        failures += "objective" in expected
        continue
    ours = json.loads(run.stdout)["objective"]
    if "objective" not in expected:
        print(f"| {name} | COBRApy cannot read it | {ours:.10g} | – |")
        continue
    theirs = expected["objective"]
    difference = abs(ours - theirs) / max(1.0, abs(theirs))
    failures += difference > 1e-6
    print(f"| {name} | {theirs:.10g} | {ours:.10g} | {difference:.1e} |")
sys.exit(1 if failures else 0)
