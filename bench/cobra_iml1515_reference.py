#!/usr/bin/env python3
"""COBRApy 0.32.1 + GLPK numbers for the iML1515 analysis tests
(Tests/MetaCoreTests/Analysis/IML1515AnalysisTests.swift):

    python3 bench/cobra_iml1515_reference.py > bench/reference/cobra_iml1515_analysis.json

FVA ranges of a handful of central reactions at fraction 1.0 and 0.9 (taken from a full
FVA run, as a full run is what users do), single gene deletions of known essential and
non-essential genes, and the pFBA total flux.
"""
import json
import logging
import math
import warnings

import cobra
from cobra.flux_analysis import flux_variability_analysis, pfba, single_gene_deletion

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"

REACTIONS = ["PGI", "PFK", "GAPD", "CS", "ICL", "ATPS4rpp", "EX_o2_e", "EX_glc__D_e", "EX_ac_e", "BIOMASS_Ec_iML1515_core_75p37M"]
# gltA, icd, eno, gapA, pgk (essential or nearly); pfkA, pgi, sucA, gdhA, ptsH, atpC, nuoN (dispensable or reduced).
GENES = ["b0720", "b1136", "b2779", "b1779", "b2926", "b3916", "b4025", "b0726", "b1761", "b2415", "b3731", "b2276"]

model = cobra.io.read_sbml_model("models/iML1515.xml.gz")
result = {"model": "iML1515.xml.gz", "cobra": cobra.__version__, "optimum": model.slim_optimize(), "fva": {}, "genes": {}}
for fraction in (1.0, 0.9):
    frame = flux_variability_analysis(model, fraction_of_optimum=fraction, processes=2)
    result["fva"][str(fraction)] = {reaction: [frame.loc[reaction, "minimum"], frame.loc[reaction, "maximum"]] for reaction in REACTIONS}
frame = single_gene_deletion(model, gene_list=GENES, processes=1)
for ids, growth, status in zip(frame["ids"], frame["growth"], frame["status"]):
    result["genes"][next(iter(ids))] = {"growth": None if math.isnan(growth) else growth, "status": status}
result["pfba_total_flux"] = pfba(model).objective_value
print(json.dumps(result, indent=1))
