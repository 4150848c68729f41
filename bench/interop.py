#!/usr/bin/env python3
"""Round-trips models through metadesign's writers and reads them back with COBRApy.

    python3 bench/interop.py [models...]

For each model: `metadesign model convert` to SBML (L3V1 FBC2) and to COBRA JSON, then
COBRApy (libSBML) reads each output; prints counts and the FBA optimum before and after.
"""
import gzip
import json
import os
import subprocess
import sys
import tempfile
import warnings
import logging

import cobra

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
reference = json.load(open(os.path.join(ROOT, "bench", "reference", "cobra_fba.json")))
names = sys.argv[1:] or ["e_coli_core.xml.gz", "iML1515.xml.gz", "iYO844.xml.gz", "yeast-GEM_9.0.2.xml.gz",
                          "iJN1463_bigg_input.json.gz", "iCGB21FR.xml.gz", "iNF517.xml.gz"]
failures = 0
print("| model | written as | COBRApy reads: rxns / mets / genes | optimum before | optimum after | relative difference | libSBML errors |")
print("|---|---|---|---|---|---|---|")
with tempfile.TemporaryDirectory() as folder:
    for name in names:
        source = name if os.path.exists(name) else os.path.join(ROOT, "models", name)
        base = os.path.basename(source).split(".")[0]
        before = reference.get(os.path.basename(source), {}).get("objective")
        for extension in ["xml", "json"]:
            target = os.path.join(folder, f"{base}.{extension}")
            subprocess.run([BINARY, "model", "convert", source, target], check=True, capture_output=True)
            if extension == "xml":
                model, errors = cobra.io.validate_sbml_model(target)
                error_count = sum(len(v) for k, v in errors.items() if k in ("SBML_FATAL", "SBML_ERROR", "SBML_SCHEMA_ERROR", "COBRA_FATAL", "COBRA_ERROR"))
            else:
                model, error_count = cobra.io.load_json_model(target), 0
            after = model.slim_optimize()
            difference = abs(after - before) / max(1.0, abs(before)) if before is not None else float("nan")
            failures += not (difference <= 1e-6)
            print(f"| {name} | {extension} | {len(model.reactions)} / {len(model.metabolites)} / {len(model.genes)} | {before} | {after} | {difference:.1e} | {error_count} |")
sys.exit(1 if failures else 0)
