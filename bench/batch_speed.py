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
With --routes it runs the `pathway` evaluation of every built-in route x {iML1515 (ecoli),
e_coli_core (chassis `core`, set up like ecoli)} x {glucose, xylose, glycerol} x {aerobic,
anaerobic} (432 combinations, 10 envelope points by default) with and without the three
scorers at 1 and 2 jobs, and the same evaluations in COBRApy with 2 worker processes: each
route inserted inside a `with model:` context as bench/pathway_cobra.py inserts it, then per
condition the same LPs (maximum product, five cofactor prices, maximum growth, achievable and
coupled product) and production_envelope; COBRApy runs no scorers (see COBRA_ROUTES). Rates
count records whose evaluation solved LPs; peak memory is the process's (metadesign) or the
sum of the two worker processes' (COBRApy).

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
evaluation: native-yield
chassis: [ecoli]
pathways: [succinate, lactate, ethanol, acetate]
substrates: [glucose, xylose, glycerol]
aerations: [aerobic, anaerobic]
settings: {{growth_fraction: 0.1, envelope_points: {points}}}
"""


def routes_plan(points, scorers=True):
    listed = subprocess.run([BINARY, "pathway", "list", "--format", "json"], capture_output=True, text=True, check=True)
    ids = [entry["id"] for entry in json.loads(listed.stdout)]
    scored = "[protein-cost, mdf, host-fit]" if scorers else "[]"
    return f"""name: bench routes iML1515 + e_coli_core
evaluation: pathway
chassis:
  - ecoli
  - id: core
    model: {ROOT}/models/e_coli_core.xml.gz
    like: ecoli
pathways: [{", ".join(ids)}]
substrates: [glucose, xylose, glycerol]
aerations: [aerobic, anaerobic]
scorers: {scored}
settings: {{growth_fraction: 0.1, envelope_points: {points}, unsupported: skip}}
"""


# Statuses of records whose evaluation solved LPs (the rest stop before any: not set up,
# route not insertable), on both sides the unit of "evaluations/s" in --routes mode.
SOLVED = ("optimal", "no_production", "infeasible", "solver_failure")

# One COBRApy worker process: the routes it is given, in one chassis model, every condition.
# Per route: the route's reactions inserted inside a `with model:` context (undone after the
# route; cheaper than model.copy()), as bench/pathway_cobra.py inserts them. Per condition,
# the LPs metadesign's `pathway` evaluation solves: with the substrate uptake fixed at the
# chassis' rate, the maximum product (growth free), the five cofactor prices (each standard
# cofactor's charging pseudo-reaction opened to 0.01 and the product re-optimised), the
# maximum growth, the maximum product at growth >= 10 % of it, the least product at maximum
# growth; then, uptake free again, production_envelope(growth on x, product on y, points).
# Not done: the scorers (protein-cost's 3 budget LPs, mdf's LP, host-fit), the free-lunch
# and balance bookkeeping, and writing records.
COBRA_ROUTES = r"""
import json, sys, time, resource
sys.path.insert(0, sys.argv[1])
import pathway_cobra as pc
from cobra.flux_analysis import production_envelope
config = json.loads(sys.argv[2])
points = config["points"]
base = pc.cobra.io.read_sbml_model(config["model"])
shared, files = pc.load_library()
routes = {pathway["id"]: (document["product"], pathway) for _, document in files for pathway in document.get("pathways") or []}
biomass = pc.biomass_reaction(base)
cofactors = []
for name, stoichiometry in (("ATP", {"adp_c": -1, "pi_c": -1, "h_c": -1, "atp_c": 1, "h2o_c": 1}),
                            ("NADH", {"nad_c": -1, "h_c": -1, "nadh_c": 1}),
                            ("NADPH", {"nadp_c": -1, "h_c": -1, "nadph_c": 1}),
                            ("ubiquinol", {"q8_c": -1, "h_c": -2, "q8h2_c": 1}),
                            ("menaquinol", {"mqn8_c": -1, "h_c": -2, "mql8_c": 1})):
    if all(m in base.metabolites for m in stoichiometry):
        reaction = pc.cobra.Reaction("COFACTOR_" + name, lower_bound=0, upper_bound=0)
        base.add_reactions([reaction])
        reaction.add_metabolites({base.metabolites.get_by_id(m): c for m, c in stoichiometry.items()})
        cofactors.append(reaction)
evaluated, not_inserted, no_exchange = 0, 0, 0
start = time.time()
for pid in config["routes"]:
    product, pathway = routes[pid]
    with base as model:
        insertion = pc.Insertion(model, product, pathway, shared)
        if not insertion.insert():
            not_inserted += len(config["conditions"])
            continue
        exchange = model.reactions.get_by_id(f"EX_{product['id']}_e")
        for substrate, aeration, uptake in config["conditions"]:
            substrate_id = f"EX_{pc.SUBSTRATES[substrate]}_e"
            if substrate_id not in model.reactions:
                no_exchange += 1
                continue
            with model:
                pc.set_condition(model, [substrate], aeration)
                feed = model.reactions.get_by_id(substrate_id)
                feed.bounds = (-uptake, -uptake)
                model.objective = exchange
                best = model.slim_optimize(error_value=float("nan"))
                for cofactor in cofactors:
                    with model:
                        cofactor.upper_bound = 0.01
                        model.slim_optimize(error_value=float("nan"))
                model.objective = biomass
                growth = model.slim_optimize(error_value=float("nan"))
                if growth == growth:
                    with model:
                        biomass.lower_bound = 0.1 * growth
                        model.objective = exchange
                        model.slim_optimize(error_value=float("nan"))
                    with model:
                        biomass.lower_bound = growth
                        model.objective = exchange
                        model.objective.direction = "min"
                        model.slim_optimize(error_value=float("nan"))
                feed.bounds = (-uptake, 1000.0)
                if points > 0 and best == best:
                    production_envelope(model, [biomass.id], objective=exchange.id, carbon_sources=[substrate_id],
                                        points=points)
            evaluated += 1
end = time.time()
print(json.dumps({"evaluated": evaluated, "not_inserted": not_inserted, "no_exchange": no_exchange, "start": start,
                  "end": end, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_cobra_routes(points, uptakes, processes=2):
    """COBRApy on the --routes subset with `processes` worker processes (routes dealt round
    robin). Rate: records evaluated / (last end - first start of the evaluation loops)."""
    listed = subprocess.run([BINARY, "pathway", "list", "--format", "json"], capture_output=True, text=True, check=True)
    ids = [entry["id"] for entry in json.loads(listed.stdout)]
    totals = {"evaluated": 0, "not_inserted": 0, "no_exchange": 0}
    starts, ends, peak = [], [], 0.0
    for chassis, model in (("ecoli", "iML1515.xml.gz"), ("core", "e_coli_core.xml.gz")):
        conditions = [(substrate, aeration, uptakes.get((chassis, substrate), 10.0))
                      for substrate in ("glucose", "xylose", "glycerol") for aeration in ("aerobic", "anaerobic")]
        workers = []
        for worker in range(processes):
            config = {"model": os.path.join(ROOT, "models", model), "points": points,
                      "routes": ids[worker::processes], "conditions": conditions}
            workers.append(subprocess.Popen([sys.executable, "-c", COBRA_ROUTES, os.path.join(ROOT, "bench"),
                                             json.dumps(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
        chassis_starts, chassis_ends, chassis_peak = [], [], 0.0
        for process in workers:
            out, err = process.communicate()
            if process.returncode != 0:
                sys.exit(err)
            result = json.loads(out.strip().splitlines()[-1])
            for key in totals:
                totals[key] += result[key]
            chassis_starts.append(result["start"])
            chassis_ends.append(result["end"])
            chassis_peak += result["peak_mb"]  # the processes run at the same time
        starts.append(min(chassis_starts))
        ends.append(max(chassis_ends))
        peak = max(peak, chassis_peak)
    seconds = sum(end - start for start, end in zip(starts, ends))
    return totals, seconds, peak


def solved_records(output):
    counts, uptakes = {}, {}
    with open(output) as handle:
        for line in handle:
            record = json.loads(line)
            counts[record["status"]] = counts.get(record["status"], 0) + 1
            if record.get("substrate_uptake"):
                uptakes[(record["chassis"], record["substrate"])] = record["substrate_uptake"]
    return sum(counts.get(status, 0) for status in SOLVED), counts, uptakes


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
    return manifest["evaluated_this_run"], manifest["evaluations_per_second"], wall, peak, manifest["seconds_this_run"], output


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
    global BINARY
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--points", type=int, default=10)
    parser.add_argument("--skip-cobra", action="store_true")
    parser.add_argument("--genome-scale", action="store_true")
    parser.add_argument("--routes", action="store_true",
                        help="the pathway evaluation of every built-in route on iML1515 and e_coli_core, against COBRApy")
    parser.add_argument("--binary", default=BINARY, help="the metadesign executable (default: the release build)")
    arguments = parser.parse_args()
    BINARY = arguments.binary
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --product metadesign")
    if arguments.routes:
        return routes_main(arguments)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        plans = [("e_coli_core", core_plan(arguments.points))]
        if arguments.genome_scale:
            plans.append(("iML1515", genome_plan(arguments.points)))
        for name, text in plans:
            for jobs in (1, 2):
                count, rate, wall, peak, _, _ = run_metadesign(text, jobs, folder)
                rows.append((f"metadesign, {name}", jobs, count, f"{rate:.1f}", f"{wall:.2f}", f"{peak:.0f}"))
    if not arguments.skip_cobra:
        count, rate, peak = run_cobra(arguments.points)
        rows.append(("COBRApy 0.32 + GLPK, e_coli_core", 1, count, f"{rate:.1f}", "", f"{peak:.0f}"))
    print(f"envelope points: {arguments.points}\n")
    print("| run | jobs | evaluations | evaluations/s | wall s | peak MB |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


def routes_main(arguments):
    """--routes: metadesign (scorers on and off, 1 and 2 jobs) and COBRApy (2 processes) on the
    same subset; rates count records whose evaluation solved LPs, over the evaluation phase."""
    rows, uptakes, best = [], {}, {}
    with tempfile.TemporaryDirectory() as folder:
        for scorers in (True, False):
            for jobs in (1, 2):
                count, _, wall, peak, seconds, output = run_metadesign(routes_plan(arguments.points, scorers), jobs, folder)
                solved, statuses, found = solved_records(output)
                uptakes.update(found)
                rate = solved / seconds
                best[(scorers, jobs)] = rate
                label = "metadesign" + (" + 3 scorers" if scorers else ", no scorers")
                rows.append((label, jobs, f"{solved} of {count}", f"{rate:.1f}", f"{seconds:.1f}", f"{wall:.1f}", f"{peak:.0f}"))
        print("metadesign statuses:", json.dumps(statuses, sort_keys=True))
    if not arguments.skip_cobra:
        totals, seconds, peak = run_cobra_routes(arguments.points, uptakes)
        rate = totals["evaluated"] / seconds
        rows.append(("COBRApy 0.32 + GLPK (no scorers)", "2 processes",
                     f"{totals['evaluated']} ({totals['not_inserted']} not inserted, {totals['no_exchange']} no exchange)",
                     f"{rate:.2f}", f"{seconds:.1f}", "", f"{peak:.0f} (sum)"))
        print(f"ratio metadesign 2 jobs + scorers / COBRApy 2 processes: {best[(True, 2)] / rate:.1f}x; "
              f"without scorers: {best[(False, 2)] / rate:.1f}x (target >= 20x)")
    print(f"subset: every built-in route x {{iML1515 (ecoli), e_coli_core (core, like ecoli)}} x {{glucose, xylose, "
          f"glycerol}} x {{aerobic, anaerobic}}; envelope points: {arguments.points}\n")
    print("| run | jobs | evaluated records | evaluations/s | evaluation s | wall s | peak MB |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")


if __name__ == "__main__":
    main()
