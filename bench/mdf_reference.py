#!/usr/bin/env python3
"""Reference MDF values from equilibrator-pathway-core (Noor et al. 2014's LP) for the
inputs in bench/reference/mdf_cases.json; writes bench/reference/mdf_equilibrator.json.

    pip install equilibrator-pathway      # brings equilibrator_pathway_core and cvxpy
    python3 bench/mdf_reference.py

The Swift test MaxMinDrivingForceTests reads both files and must agree to 0.1 kJ/mol.
"""
import json
import math
import os

import numpy as np
from scipy import stats
from equilibrator_pathway_core import mdf as eq_mdf
from equilibrator_pathway_core.constants import DEFAULT_RT

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "reference", "mdf_cases.json")
OUT = os.path.join(HERE, "reference", "mdf_equilibrator.json")


def run_case(case):
    steps = case["steps"]
    ignored = set(case.get("ignored", []))
    metabolites = sorted({m for s in steps for m in s["stoichiometry"]} - ignored)
    S = np.zeros((len(metabolites), len(steps)))
    for j, step in enumerate(steps):
        for m, c in step["stoichiometry"].items():
            if m in ignored:
                continue
            S[metabolites.index(m), j] += c
    dg0 = np.array([s["dg0"] for s in steps])
    directions = np.array([s.get("direction", 1) for s in steps])
    lo_default, hi_default = case.get("bounds", [1e-6, 1e-2])
    fixed = case.get("fixed", {})
    confidence = 0.95
    z = stats.chi2.ppf(confidence, 1) ** 0.5
    mu, sigma = [], []
    for m in metabolites:
        lo, hi = (fixed[m], fixed[m]) if m in fixed else (lo_default, hi_default)
        mu.append((math.log(lo) + math.log(hi)) / 2)
        sigma.append((math.log(hi) - math.log(lo)) / 2 / z)
    result = eq_mdf.mdf_analysis(S, dg0, directions, np.array(mu), np.array(sigma), confidence)
    bottlenecks = [steps[i]["id"] for i, p in enumerate(result.reaction_prices) if abs(p) > 1e-6]
    return {"mdf": result.score, "bottlenecks": bottlenecks, "rt": DEFAULT_RT}


def main():
    with open(CASES) as f:
        cases = json.load(f)
    out = {name: run_case(case) for name, case in cases.items()}
    for name, r in out.items():
        print(f"{name}: MDF = {r['mdf']:.4f} kJ/mol, bottlenecks {r['bottlenecks']}")
    with open(OUT, "w") as f:
        json.dump(out, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
