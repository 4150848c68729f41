#!/usr/bin/env python3
"""Growth of every chassis × substrate × aeration in metadesign and in COBRApy, on the same bounds.

    python3 bench/chassis_vs_cobra.py                      # all chassis, markdown table
    python3 bench/chassis_vs_cobra.py --chassis ecoli-core llactis
    python3 bench/chassis_vs_cobra.py --write-reference    # also write bench/reference/chassis_growth.json

The chassis definitions come from metadesign itself (`chassis list` and `chassis show ID
--format json`): model file, biomass reaction, default medium (or the file's own), bound changes
made to the shipped model, substrates with exchanges and uptakes, and per aeration the oxygen
cap, supplements and bound changes. This script rebuilds each condition in COBRApy from those
definitions, as `ChassisPlugin.configure` does:

  1. read the model, apply `model_bound_overrides`, optimise `biomass_reaction`;
  2. medium = `default_medium`, or the file's own medium when it is null;
  3. with a substrate: drop every listed substrate's exchange, add the one asked for at its uptake;
  4. replace the oxygen exchange with the aeration's cap, add its supplements;
  5. apply the medium, then the aeration's `bound_overrides`;

and compares the optimum with `metadesign fba --chassis ID --substrate S --aeration A`.

Step 5 does not use COBRApy's `model.medium` setter: COBRApy counts any reaction annotated
SBO:0000627 as an exchange, and iJN1463 so annotates two internal reactions (HEX1, AOXHEXCYCL)
whose bounds the setter would change. metadesign (like COBRApy's own definition of a boundary
reaction) takes an exchange to be a one-metabolite reaction on the external compartment; the
medium is applied to exactly those, with COBRApy's rules for uptake and secretion bounds.

A row passes when the two optima agree to 1e-6 relative; a difference above that but below
1e-5 absolute is marked "(solver tolerance)" (GLPK's 1e-7 feasibility tolerance on bounds up to
1e6); anything else, or one tool finding growth where the other finds none, is a MISMATCH and
makes the script exit non-zero.
"""
import argparse
import json
import logging
import math
import os
import subprocess
import sys

import cobra

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "bench", "reference", "chassis_growth.json")
TOLERANCE = 1e-6
# Both tools stop at a GLPK vertex that is feasible to 1e-7 on fluxes bounded by up to 1e6
# (iYO844, iJN1463), so near-zero growth can differ by more than 1e-6 relative; differences
# below this absolute size are reported as within solver tolerance rather than as mismatches.
SOLVER_SLACK = 1e-5
# Growth below this counts as none (PluginConformance.growthThreshold).
NO_GROWTH = 1e-6

logging.getLogger("cobra").setLevel(logging.ERROR)
cobra.Configuration().solver = "glpk"


def default_binary():
    for configuration in ("release", "debug"):
        path = os.path.join(ROOT, ".build", configuration, "metadesign")
        if os.path.exists(path):
            return path
    sys.exit("no metadesign binary: run `swift build -c release` first")


def run_json(binary, *arguments):
    run = subprocess.run([binary, *arguments, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip()
    return json.loads(run.stdout), None


def external_compartment(model):
    """metadesign's Model.externalCompartment."""
    for candidate in ("e", "C_e", "e0", "extracellular"):
        if candidate in model.compartments:
            return candidate
    for identifier, name in model.compartments.items():
        if name and "extracellular" in name.lower():
            return identifier
    counts = {}
    for reaction in model.reactions:
        if len(reaction.metabolites) == 1:
            compartment = next(iter(reaction.metabolites)).compartment
            counts[compartment] = counts.get(compartment, 0) + 1
    return max(sorted(counts), key=lambda key: counts[key]) if counts else None


def exchanges(model):
    """metadesign's Model.exchanges: one-metabolite reactions on the external compartment."""
    external = external_compartment(model)
    return [r for r in model.reactions
            if len(r.metabolites) == 1 and next(iter(r.metabolites)).compartment == external]


def own_medium(model):
    """Exchange id → maximum uptake, as metadesign's Medium(model:) reads it."""
    medium = {}
    for reaction in exchanges(model):
        coefficient = next(iter(reaction.metabolites.values()))
        if coefficient < 0 and reaction.lower_bound < 0:
            medium[reaction.id] = -reaction.lower_bound
        elif coefficient > 0 and reaction.upper_bound > 0:
            medium[reaction.id] = reaction.upper_bound
    return medium


def apply_medium(model, medium):
    """COBRApy's medium setter rules, on metadesign's exchanges."""
    for reaction in exchanges(model):
        coefficient = next(iter(reaction.metabolites.values()))
        lower, upper = reaction.lower_bound, reaction.upper_bound
        if reaction.id in medium:
            if coefficient < 0:
                lower = -medium[reaction.id]
            else:
                upper = medium[reaction.id]
        elif coefficient < 0:
            lower = max(0.0, lower)
        else:
            upper = min(0.0, upper)
        reaction.bounds = (lower, upper)
    unknown = set(medium) - {r.id for r in exchanges(model)}
    if unknown:
        raise ValueError(f"medium names non-exchanges: {sorted(unknown)}")


def set_bounds(model, overrides):
    for override in overrides:
        model.reactions.get_by_id(override["reaction"]).bounds = (override["lower"], override["upper"])


def cobra_growth(model, chassis, substrate, aeration):
    """COBRApy's optimum for one condition, or None when the LP is infeasible."""
    condition = next(c for c in chassis["aeration_conditions"] if c["aeration"] == aeration)
    with model:
        set_bounds(model, chassis["model_bound_overrides"])
        model.objective = chassis["biomass_reaction"]
        medium = dict(chassis["default_medium"]) if chassis["default_medium"] is not None else own_medium(model)
        if substrate is not None:
            for exchange in chassis["substrate_exchanges"].values():
                medium.pop(exchange, None)
            medium[chassis["substrate_exchanges"][substrate]] = chassis["substrate_uptakes"][substrate]
        medium.pop(chassis["oxygen_exchange"], None)
        if condition["oxygen_uptake"] > 0:
            medium[chassis["oxygen_exchange"]] = condition["oxygen_uptake"]
        medium.update(condition["supplements"])
        apply_medium(model, medium)
        set_bounds(model, condition["bound_overrides"])
        value = model.slim_optimize(error_value=float("nan"))
        return None if math.isnan(value) else max(value, 0.0)


def metadesign_growth(binary, chassis_id, substrate, aeration):
    arguments = ["fba", "--chassis", chassis_id, "--aeration", aeration]
    if substrate is not None:
        arguments += ["--substrate", substrate]
    result, error = run_json(binary, *arguments)
    if result is None:
        return None, error
    if result["status"] != "optimal":
        return None, result["status"]
    return max(result["objective"], 0.0), None


def compare(ours, theirs):
    """(relative difference or None, verdict): verdict is "ok" (within 1e-6 relative, or both
    without growth), "solver tolerance" (within SOLVER_SLACK absolute) or "MISMATCH"."""
    if ours is None or theirs is None:
        both_none = (ours is None or ours < NO_GROWTH) and (theirs is None or theirs < NO_GROWTH)
        return None, "ok" if both_none else "MISMATCH"
    absolute = abs(ours - theirs)
    difference = absolute / abs(theirs) if abs(theirs) >= NO_GROWTH else absolute
    if difference <= TOLERANCE:
        return difference, "ok"
    return difference, "solver tolerance" if absolute <= SOLVER_SLACK else "MISMATCH"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=None, help="metadesign binary (default: .build/release, else debug)")
    parser.add_argument("--chassis", nargs="*", help="only these chassis ids")
    parser.add_argument("--write-reference", action="store_true", help=f"write COBRApy's numbers to {REFERENCE}")
    arguments = parser.parse_args()
    binary = arguments.binary or default_binary()

    listing, error = run_json(binary, "chassis", "list")
    if listing is None:
        sys.exit(f"chassis list failed: {error}")
    ids = [entry["id"] for entry in listing if entry.get("available", True)]
    if arguments.chassis:
        ids = [i for i in ids if i in arguments.chassis]

    reference = {}
    failures = 0
    print("| chassis | substrate | aeration | COBRApy growth (1/h) | metadesign growth (1/h) | rel. difference |")
    print("|---|---|---|---|---|---|")
    for chassis_id in ids:
        chassis, error = run_json(binary, "chassis", "show", chassis_id)
        if chassis is None:
            sys.exit(f"chassis show {chassis_id} failed: {error}")
        model = cobra.io.read_sbml_model(os.path.join(ROOT, "models", chassis["model"]))
        reference[chassis_id] = {"model": chassis["model"], "biomass_reaction": chassis["biomass_reaction"], "growth": {}}
        for aeration in chassis["aerations"]:
            for substrate in [None] + chassis["substrates"]:
                theirs = cobra_growth(model, chassis, substrate, aeration)
                ours, note = metadesign_growth(binary, chassis_id, substrate, aeration)
                difference, verdict = compare(ours, theirs)
                failures += verdict == "MISMATCH"
                label = substrate or f"default ({chassis['default_substrate']})"
                key = f"{substrate or 'default'}/{aeration}"
                reference[chassis_id]["growth"][key] = theirs
                shown_theirs = "infeasible" if theirs is None else f"{theirs:.10g}"
                shown_ours = note if ours is None else f"{ours:.10g}"
                shown_difference = "–" if difference is None else f"{difference:.1e}"
                mark = {"ok": "", "solver tolerance": " (solver tolerance)", "MISMATCH": " **MISMATCH**"}[verdict]
                print(f"| {chassis_id} | {label} | {aeration} | {shown_theirs} | {shown_ours} | {shown_difference}{mark} |",
                      flush=True)

    if arguments.write_reference:
        existing = {}
        if os.path.exists(REFERENCE) and arguments.chassis:
            with open(REFERENCE) as handle:
                existing = json.load(handle).get("chassis", {})
        existing.update(reference)
        document = {
            "generated_by": "bench/chassis_vs_cobra.py --write-reference",
            "cobrapy": cobra.__version__,
            "solver": "glpk",
            "note": "COBRApy optimum of the chassis biomass reaction per substrate/aeration; null = infeasible",
            "chassis": existing,
        }
        with open(REFERENCE, "w") as handle:
            json.dump(document, handle, indent=2, sort_keys=True)
            handle.write("\n")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
