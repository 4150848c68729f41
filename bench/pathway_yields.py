#!/usr/bin/env python3
"""COBRApy's computation of pathway yields: the numbers `metadesign pathway evaluate` must equal.

Inserts each route of the given pathway files into a BiGG-namespace model with COBRApy (metabolites
by exact id, new ones created from the file, native reactions skipped by id or identical
stoichiometry, export transport and exchange added as metadesign does), sets the E. coli chassis
condition (the model's medium with one carbon source at 10 mmol/gDW/h, O2 at 1000 or closed),
and computes with GLPK:

  max theoretical yield   substrate fixed at its uptake bound, maximise the product exchange
  max achievable yield    growth >= 0.1 x its maximum at that uptake, maximise the product
  growth-coupled yield    growth fixed at its maximum, minimise the product
  carbon yield            mol/mol x C(product) / C(substrate)

Each LP is solved by COBRApy (GLPK simplex) and then refined with GLPK's exact (rational)
simplex from that basis, so the reference does not carry GLPK's tolerance-sized drift
(a warm primal simplex can stop ~1e-6 short on iML1515).

    python3 bench/pathway_yields.py models/iML1515.xml.gz Tests/Fixtures/Pathways/{14bdo,succinate,13pdo}.yaml \
        > bench/reference/pathway_yields.json

Routes whose metabolites do not all exist by id (they need metadesign's cross-reference
resolution) are listed under "skipped". Each route is computed aerobic and anaerobic on its first
listed `substrates` entry when that is glucose, glycerol or xylose, else glucose (glycerol for
routes that consume glyc_c), or on every `--substrate NAME` given:

    python3 bench/pathway_yields.py models/iML1515.xml.gz Sources/Plugins/Pathways/Library/*.yaml --substrate xylose
"""
import json
import logging
import sys
import warnings

import cobra
import swiglpk as glp
import yaml

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"

CARBON_SOURCES = ["EX_glc__D_e", "EX_xyl__D_e", "EX_arab__L_e", "EX_glyc_e", "EX_fru_e", "EX_gal_e"]
SUBSTRATES = {"glucose": "EX_glc__D_e", "glycerol": "EX_glyc_e", "xylose": "EX_xyl__D_e"}
GROWTH_FRACTION = 0.1


def condition(model, exchange, aerobic):
    """The E. coli chassis' configure(): model medium, one carbon source at 10, O2 1000 or 0."""
    medium = dict(model.medium)
    for carbon in CARBON_SOURCES:
        medium.pop(carbon, None)
    medium[exchange] = 10.0
    medium.pop("EX_o2_e", None)
    if aerobic:
        medium["EX_o2_e"] = 1000.0
    model.medium = medium


def stoichiometry(equation):
    """COBRApy's parser on a scratch reaction: {metabolite id: coefficient} and bounds."""
    scratch = cobra.Model("scratch")
    reaction = cobra.Reaction("scratch")
    scratch.add_reactions([reaction])
    reaction.build_reaction_from_string(equation, verbose=False)
    return {m.id: c for m, c in reaction.metabolites.items()}, reaction.bounds


def signature(coefficients):
    return tuple(sorted((k, float(v)) for k, v in coefficients.items() if v != 0))


def insert(model, product, route):
    """Adds the route to `model` like Model.inserting; returns (product exchange id, notes) or None if unresolvable."""
    declared = {m["id"]: m for m in route.get("metabolites", [])}
    declared[product["id"]] = dict(product, new=True)
    natives = {signature({m.id: c for m, c in r.metabolites.items()}): r.id for r in model.reactions}
    missing = []

    def metabolite(reference):
        if reference in model.metabolites:
            return model.metabolites.get_by_id(reference)
        base, compartment = reference.rsplit("_", 1)
        entry = declared.get(base)
        if entry is None or not entry.get("new", False):
            missing.append(reference)
            return None
        created = cobra.Metabolite(reference, formula=entry.get("formula"), name=entry.get("name", ""),
                                   charge=entry.get("charge"), compartment=compartment)
        model.add_metabolites([created])
        return created

    added, native = [], []
    for step in route.get("reactions", []):
        coefficients, bounds = stoichiometry(step["equation"])
        if "bounds" in step:
            bounds = tuple(float(b) for b in step["bounds"])
        resolved = {}
        for reference, coefficient in coefficients.items():
            found = metabolite(reference)
            if found is not None:
                resolved[found] = resolved.get(found, 0) + coefficient
        if missing:
            continue
        key = signature({m.id: c for m, c in resolved.items()})
        negated = signature({m.id: -c for m, c in resolved.items()})
        if step["id"] in model.reactions or key in natives or negated in natives:
            native.append(step["id"])
            continue
        reaction = cobra.Reaction(step["id"], lower_bound=bounds[0], upper_bound=bounds[1])
        reaction.add_metabolites(resolved)
        model.add_reactions([reaction])
        added.append(step["id"])
    internal = metabolite(product["id"] + "_c")
    if missing:
        return None, {"unresolved": sorted(set(missing))}
    external_id = product["id"] + "_e"
    if route.get("export", False):
        existed = external_id in model.metabolites
        external = metabolite(external_id)
        touching = list(external.reactions) if existed else []

        def can(reaction, sign):  # sign +1: can make the metabolite; -1: can use it up
            coefficient = reaction.metabolites[external] * sign
            return reaction.upper_bound > 0 if coefficient > 0 else reaction.lower_bound < 0

        if not any(len(r.metabolites) > 1 and can(r, 1) for r in touching):
            transport = cobra.Reaction("EXPORT_" + product["id"], lower_bound=0, upper_bound=1000)
            transport.add_metabolites({internal: -1, external: 1})
            model.add_reactions([transport])
        if not any(len(r.metabolites) == 1 and can(r, -1) for r in touching):
            name = "EX_" + external_id
            exchange = cobra.Reaction(name + ("_pw" if name in model.reactions else ""), lower_bound=0, upper_bound=1000)
            exchange.add_metabolites({external: -1})
            model.add_reactions([exchange])
    exchange = next((r.id for r in model.metabolites.get_by_id(external_id).reactions
                     if r.boundary and (r.upper_bound > 0 if r.metabolites[model.metabolites.get_by_id(external_id)] < 0
                                        else r.lower_bound < 0)), None) \
        if external_id in model.metabolites else None
    return exchange, {"added": added, "native": native}


def carbon(model, exchange):
    formula = next(iter(model.reactions.get_by_id(exchange).metabolites)).elements
    return formula.get("C", 0)


def optimum(model):
    """COBRApy's slim_optimize, refined to the exact optimum with glp_exact; None if infeasible."""
    value = model.slim_optimize(error_value=None)
    if value is None:
        return None
    problem = model.solver.problem
    parameters = glp.glp_smcp()
    glp.glp_init_smcp(parameters)
    parameters.msg_lev = glp.GLP_MSG_OFF
    glp.glp_exact(problem, parameters)
    # With growth fixed at its (rounded) maximum the exact problem can be a hair infeasible:
    # keep the simplex value then.
    return glp.glp_get_obj_val(problem) if glp.glp_get_status(problem) == glp.GLP_OPT else value


def evaluate(model, exchange, substrate, growth):
    with model:
        reaction = model.reactions.get_by_id(substrate)
        uptake = reaction.lower_bound
        reaction.bounds = (uptake, uptake)
        model.objective = exchange
        theoretical = optimum(model)
        if theoretical is None:
            return {"status": "infeasible"}
        model.objective = growth
        mu = optimum(model)
        growth_reaction = model.reactions.get_by_id(growth)
        growth_reaction.lower_bound = GROWTH_FRACTION * mu
        model.objective = exchange
        achievable = optimum(model)
        growth_reaction.lower_bound = mu
        model.objective = {model.reactions.get_by_id(exchange): 1}
        model.objective.direction = "min"
        coupled = optimum(model)
    ratio = carbon(model, exchange) / carbon(model, substrate)
    clean = lambda v: 0.0 if abs(v) < 1e-7 else v
    return {
        "status": "optimal" if theoretical > 1e-9 else "no_production",
        "substrate_uptake": -uptake,
        "max_theoretical_yield": clean(theoretical) / -uptake,
        "carbon_yield": clean(theoretical) / -uptake * ratio,
        "maximum_growth": mu,
        "max_achievable_yield": clean(achievable) / -uptake,
        "growth_coupled_yield": clean(coupled) / -uptake,
    }


def main():
    arguments = sys.argv[1:]
    requested = [arguments[i + 1] for i, a in enumerate(arguments[:-1]) if a == "--substrate"]
    positional = [a for i, a in enumerate(arguments) if a != "--substrate" and (i == 0 or arguments[i - 1] != "--substrate")]
    model_path, files = positional[0], [f for f in positional[1:] if not f.endswith("metabolites.yaml")]
    base = cobra.io.read_sbml_model(model_path)
    growth = next(r.id for r in base.reactions if r.objective_coefficient != 0)
    results, skipped = {}, {}
    for path in files:
        with open(path) as handle:
            document = yaml.safe_load(handle)
        product = document["product"]
        for route in document["pathways"]:
            uses_glycerol = any("glyc_c" in s["equation"].split() for s in route.get("reactions", []))
            hinted = [name for name in route.get("substrates", [])[:1] if name in SUBSTRATES]
            names = requested or hinted or (["glycerol"] if uses_glycerol else ["glucose"])
            for name in names:
                for aerobic in (True, False):
                    model = base.copy()
                    condition(model, SUBSTRATES[name], aerobic)
                    exchange, notes = insert(model, product, route)
                    key = f"{route['id']}|{name}|{'aerobic' if aerobic else 'anaerobic'}"
                    if exchange is None:
                        skipped[key] = notes
                        continue
                    results[key] = dict(evaluate(model, exchange, SUBSTRATES[name], growth), **notes)
                    print(key, results[key], file=sys.stderr)
    json.dump({"model": model_path.rsplit("/", 1)[-1], "growth_fraction": GROWTH_FRACTION,
               "results": results, "skipped": skipped}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
