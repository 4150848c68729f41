#!/usr/bin/env python3
"""Evaluations per second of `metadesign batch run`, and of the same evaluations scripted
with COBRApy (GLPK), side by side, with peak memory.

    python3 bench/batch_speed.py [--points 10] [--skip-cobra] [--genome-scale] [--routes]

The plan is the `native-yield` evaluation on e_coli_core (chassis `core`, set up like `ecoli`):
10 native products x {glucose, fructose, glucose+fructose} x {aerobic, microaerobic, anaerobic}
= 90 combinations. Each evaluation is one FBA, the maximum yield growth free, the maximum yield
at growth >= 10 % of its maximum, and a production envelope of --points points.
With --genome-scale it also runs 4 products x {glucose, xylose, glycerol} x {aerobic,
anaerobic} on the `ecoli` chassis (iML1515).
With --routes it runs the `pathway` evaluation of every built-in route x {glucose, xylose,
glycerol} x {aerobic, anaerobic} on iML1515 (the ecoli slice of examples/batch/all-routes.yaml),
and the same evaluations in COBRApy: each route inserted into a copy of iML1515 as
bench/pathway_cobra.py inserts it, then per condition the maximum growth, the theoretical and
achievable yields, the product at maximum growth and a production envelope of --points points.

metadesign's rate is the evaluation phase (from the run manifest; models loaded and set up
before it), its wall time the whole process. COBRApy's rate is its evaluation loop after
import and model reading. Needs a release build (.build/release/metadesign).
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
PRODUCTS = {"succinate": "EX_succ_e", "lactate": "EX_lac__D_e", "ethanol": "EX_etoh_e", "acetate": "EX_ac_e",
            "formate": "EX_for_e", "pyruvate": "EX_pyr_e", "fumarate": "EX_fum_e", "malate": "EX_mal__L_e",
            "2-oxoglutarate": "EX_akg_e", "glutamate": "EX_glu__L_e"}
OXYGEN = {"aerobic": 1000, "microaerobic": 2, "anaerobic": 0}


def core_plan(points):
    return f"""name: bench core
evaluation: native-yield
chassis:
  - id: core
    model: {ROOT}/models/e_coli_core.xml.gz
    like: ecoli
pathways: [{", ".join(PRODUCTS)}]
substrates:
  - glucose
  - fructose
  - glc_fru: {{glucose: 5, fructose: 5}}
aerations: [aerobic, microaerobic, anaerobic]
settings: {{growth_fraction: 0.1, envelope_points: {points}}}
"""


def genome_plan(points):
    return f"""name: bench iML1515
chassis: [ecoli]
pathways: [succinate, lactate, ethanol, acetate]
substrates: [glucose, xylose, glycerol]
aerations: [aerobic, anaerobic]
settings: {{growth_fraction: 0.1, envelope_points: {points}}}
"""


def routes_plan(points):
    listed = subprocess.run([BINARY, "pathway", "list", "--format", "json"], capture_output=True, text=True, check=True)
    ids = [entry["id"] for entry in json.loads(listed.stdout)]
    return f"""name: bench routes iML1515
evaluation: pathway
chassis: [ecoli]
pathways: [{", ".join(ids)}]
substrates: [glucose, xylose, glycerol]
aerations: [aerobic, anaerobic]
settings: {{growth_fraction: 0.1, envelope_points: {points}}}
"""


COBRA_ROUTES = r"""
import json, sys, time, resource
sys.path.insert(0, sys.argv[1])
import pathway_cobra as pc
from cobra.flux_analysis import production_envelope
points = int(sys.argv[2])
base = pc.cobra.io.read_sbml_model(pc.os.path.join(pc.ROOT, "models", "iML1515.xml.gz"))
shared, files = pc.load_library()
count, skipped, start = 0, 0, time.perf_counter()
for _, document in files:
    product = document["product"]
    for pathway in document["pathways"]:
        model = base.copy()
        insertion = pc.Insertion(model, product, pathway, shared)
        inserted = insertion.insert()
        for substrates in (["glucose"], ["xylose"], ["glycerol"]):
            for aeration in ("aerobic", "anaerobic"):
                count += 1
                if not inserted:
                    skipped += 1
                    continue
                pc.evaluate(model, product, substrates, aeration)
                if points > 0:
                    with model:
                        pc.set_condition(model, substrates, aeration)
                        production_envelope(model, [f"EX_{product['id']}_e"], objective=pc.biomass_reaction(model).id,
                                            carbon_sources=[f"EX_{pc.SUBSTRATES[substrates[0]]}_e"], points=points)
seconds = time.perf_counter() - start
print(json.dumps({"evaluations": count, "not_inserted": skipped, "seconds": seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_cobra_routes(points):
    done = subprocess.run([sys.executable, "-c", COBRA_ROUTES, os.path.join(ROOT, "bench"), str(points)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stderr)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["evaluations"], result["evaluations"] / result["seconds"], result["peak_mb"]


def run_metadesign(plan_text, jobs, folder):
    plan = os.path.join(folder, "plan.yaml")
    with open(plan, "w") as handle:
        handle.write(plan_text)
    output = os.path.join(folder, f"out-{jobs}.jsonl")
    start = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", BINARY, "batch", "run", plan, "-o", output, "--jobs", str(jobs),
                           "--restart", "--no-progress"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(done.stderr)
    with open(output + ".manifest.json") as handle:
        manifest = json.load(handle)
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr).group(1)) / 1024
    return manifest["evaluated_this_run"], manifest["evaluations_per_second"], wall, peak


COBRA = r"""
import json, sys, time, resource
import cobra
from cobra.flux_analysis import production_envelope
cobra.Configuration().solver = "glpk"
model_path, points = sys.argv[1], int(sys.argv[2])
products = json.loads(sys.argv[3])
model = cobra.io.read_sbml_model(model_path)
feeds = {"glucose": {"EX_glc__D_e": 10}, "fructose": {"EX_fru_e": 10}, "glc_fru": {"EX_glc__D_e": 5, "EX_fru_e": 5}}
oxygen = {"aerobic": 1000, "microaerobic": 2, "anaerobic": 0}
base = dict(model.medium)
for exchange in ("EX_glc__D_e", "EX_fru_e", "EX_o2_e"):
    base.pop(exchange, None)
biomass = "BIOMASS_Ecoli_core_w_GAM"
count, start = 0, time.perf_counter()
for product in products.values():
    for feed in feeds.values():
        for rate in oxygen.values():
            with model:
                medium = dict(base); medium.update(feed)
                if rate > 0: medium["EX_o2_e"] = rate
                model.medium = medium
                growth = model.slim_optimize()
                for exchange, uptake in feed.items():
                    model.reactions.get_by_id(exchange).bounds = (-uptake, -uptake)
                with model:
                    model.objective = product
                    theoretical = model.slim_optimize()
                with model:
                    mu = model.slim_optimize()
                    model.reactions.get_by_id(biomass).lower_bound = 0.1 * mu
                    model.objective = product
                    achievable = model.slim_optimize()
                if points > 0:
                    production_envelope(model, [product], objective=biomass, carbon_sources=list(feed), points=points)
            count += 1
seconds = time.perf_counter() - start
print(json.dumps({"evaluations": count, "seconds": seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_cobra(points):
    done = subprocess.run([sys.executable, "-c", COBRA, os.path.join(ROOT, "models", "e_coli_core.xml.gz"), str(points),
                           json.dumps(PRODUCTS)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(done.stderr)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["evaluations"], result["evaluations"] / result["seconds"], result["peak_mb"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=10)
    parser.add_argument("--skip-cobra", action="store_true")
    parser.add_argument("--genome-scale", action="store_true")
    parser.add_argument("--routes", action="store_true", help="the pathway evaluation of every built-in route on iML1515")
    arguments = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --product metadesign")
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        plans = [] if arguments.routes else [("e_coli_core", core_plan(arguments.points))]
        if arguments.routes:
            plans.append(("routes iML1515", routes_plan(arguments.points)))
        if arguments.genome_scale:
            plans.append(("iML1515", genome_plan(arguments.points)))
        for name, text in plans:
            for jobs in (1, 2):
                count, rate, wall, peak = run_metadesign(text, jobs, folder)
                rows.append((f"metadesign, {name}", jobs, count, f"{rate:.1f}", f"{wall:.2f}", f"{peak:.0f}"))
    if not arguments.skip_cobra and arguments.routes:
        count, rate, peak = run_cobra_routes(arguments.points)
        rows.append(("COBRApy 0.32 + GLPK, routes iML1515", 1, count, f"{rate:.2f}", "", f"{peak:.0f}"))
        best = max(float(row[3]) for row in rows if row[0].startswith("metadesign"))
        print(f"throughput ratio metadesign (best jobs) / COBRApy: {best / rate:.1f}x (target >= 20x)\n")
    elif not arguments.skip_cobra:
        count, rate, peak = run_cobra(arguments.points)
        rows.append(("COBRApy 0.32 + GLPK, e_coli_core", 1, count, f"{rate:.1f}", "", f"{peak:.0f}"))
    print(f"envelope points: {arguments.points}\n")
    print("| run | jobs | evaluations | evaluations/s | wall s | peak MB |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
