#!/usr/bin/env python3
"""Prints COBRApy's view of each model (counts and GLPK FBA optimum) as JSON.

The measuring instrument behind the numbers our tests assert:
    python3 bench/cobra_reference.py models/*.xml.gz models/*.json.gz > bench/reference/cobra_fba.json
"""
import gzip
import json
import sys
import time
import warnings

import cobra

cobra.Configuration().solver = "glpk"
warnings.filterwarnings("ignore")
import logging
logging.getLogger("cobra").setLevel(logging.CRITICAL)

results = {}
for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1]
    try:
        start = time.perf_counter()
        if ".json" in name:
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rt") as handle:
                model = cobra.io.load_json_model(handle)
        else:
            model = cobra.io.read_sbml_model(path)
        loaded = time.perf_counter()
        solution = model.optimize()
        solved = time.perf_counter()
        objective = [r.id for r in model.reactions if r.objective_coefficient != 0]
        results[name] = {
            "reactions": len(model.reactions),
            "metabolites": len(model.metabolites),
            "genes": len(model.genes),
            "status": solution.status,
            "objective": solution.objective_value,
            "objective_reactions": objective,
            "direction": model.objective.direction,
            "load_seconds": loaded - start,
            "optimize_seconds": solved - loaded,
        }
    except Exception as error:  # a model COBRApy cannot read is a result too
        results[name] = {"error": f"{type(error).__name__}: {error}"}
    print(name, results[name], file=sys.stderr)
json.dump(results, sys.stdout, indent=2)
print()
