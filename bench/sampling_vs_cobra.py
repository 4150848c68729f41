#!/usr/bin/env python3
"""Flux sampling: metadesign `sample` against COBRApy's OptGP (and ACHR) on the same model.

    python3 bench/sampling_vs_cobra.py models/e_coli_core.xml.gz [--samples 1000] [--thinning 100 1000]

The two samplers cannot give identical numbers (different random streams, different
warm-up vertices, and COBRApy steps over its solver's split forward/reverse variables while
metadesign steps over the fluxes). Per model, method and thinning the script reports:

- validity of metadesign's samples: max |S.v| and max bound violation;
- means and standard deviations against COBRApy: |mean difference| / COBRApy's std, median
  and max over the reactions with any spread, and the median std ratio;
- the same statistics between seed 1 and seed 2 of each tool: its own Monte Carlo noise;
- wall times: metadesign's whole process (and its analysis alone, from --timings) vs the
  COBRApy sample() call (which includes its warm-up LPs), both with 2 processes.

Needs a release build (.build/release/metadesign). Prints Markdown table rows.
"""
import argparse
import io
import logging
import os
import subprocess
import time
import warnings

import cobra
import numpy as np
import pandas as pd
from cobra.sampling import sample
from cobra.util import create_stoichiometric_matrix

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
PROCESSES = 2


def ours(path, samples, seed, method, thinning):
    start = time.perf_counter()
    run = subprocess.run([BINARY, "sample", path, "--samples", str(samples), "--seed", str(seed), "--method", method,
                          "--thinning", str(thinning), "--jobs", str(PROCESSES), "--format", "csv", "--timings"],
                         capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    analysis = next(float(part.split("=")[1].rstrip("s")) for line in run.stderr.splitlines() if line.startswith("timings:")
                    for part in line.split()[1:] if part.startswith("analysis="))
    return pd.read_csv(io.StringIO(run.stdout)), elapsed, analysis


def theirs(model, samples, seed, method, thinning):
    start = time.perf_counter()
    if method == "optgp":
        frame = sample(model, samples, method="optgp", processes=PROCESSES, seed=seed, thinning=thinning)
    else:
        frame = sample(model, samples, method="achr", seed=seed, thinning=thinning)
    return frame, time.perf_counter() - start


def compare(a, b):
    """Median and max of |mean_a - mean_b| / std_b, and the median std ratio, over reactions with spread."""
    spread = b.std() > 1e-6
    z = ((a.mean() - b.mean()).abs() / b.std())[spread]
    ratio = (a.std() / b.std())[spread]
    return z.median(), z.max(), ratio.median()


def validity(model, frame):
    values = frame[[r.id for r in model.reactions]].values
    matrix = create_stoichiometric_matrix(model)
    lower = np.array([r.lower_bound for r in model.reactions])
    upper = np.array([r.upper_bound for r in model.reactions])
    return np.abs(matrix @ values.T).max(), max((lower - values).max(), (values - upper).max(), 0.0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="+")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--thinning", type=int, nargs="+", default=[100])
    parser.add_argument("--methods", nargs="+", default=["optgp", "achr"])
    options = parser.parse_args()
    rows = []
    for path in options.models:
        name = os.path.basename(path)
        model = cobra.io.read_sbml_model(path)
        for method in options.methods:
            for thinning in options.thinning:
                mine, my_time, my_analysis = ours(path, options.samples, 1, method, thinning)
                mine_2, _, _ = ours(path, options.samples, 2, method, thinning)
                their_1, their_time = theirs(model, options.samples, 1, method, thinning)
                their_2, _ = theirs(model, options.samples, 2, method, thinning)
                equality, bounds = validity(model, mine)
                rows.append((name, method, options.samples, thinning, f"{equality:.1e} / {bounds:.1e}",
                             "%.2f / %.2f / %.2f" % compare(mine, their_1),
                             "%.2f / %.2f" % compare(mine_2, mine)[:2], "%.2f / %.2f" % compare(their_2, their_1)[:2],
                             my_time, my_analysis, their_time))
    print("| model | method | samples | thinning | metadesign max abs(S·v) / bound violation "
          "| metadesign vs COBRApy: median / max abs(Δmean)/σ, median σ ratio "
          "| metadesign seed 1 vs 2 | COBRApy seed 1 vs 2 | metadesign s (analysis s) | COBRApy s | speed-up |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, method, count, thinning, valid, versus, noise_mine, noise_theirs, mine, analysis, theirs_time in rows:
        print(f"| {name} | {method} | {count} | {thinning} | {valid} | {versus} | {noise_mine} | {noise_theirs} "
              f"| {mine:.2f} ({analysis:.2f}) | {theirs_time:.2f} | {theirs_time / mine:.0f}× |")


if __name__ == "__main__":
    main()
