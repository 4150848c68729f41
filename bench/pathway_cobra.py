#!/usr/bin/env python3
"""COBRApy reference for the built-in pathway library (issue #5).

Reads every pathway file in Sources/Plugins/Pathways/Library (metabolites.yaml is the shared
cross-reference table, not a pathway file), and for each chassis model:

1. checks the element and charge balance of every reaction, from the chassis model's formulas
   for metabolites it has, else from the file's `metabolites` section, else from metabolites.yaml;
2. inserts each route into a copy of the model: metabolites are found by id `<id>_<c>`, then by a
   cross-reference (`bigg.metabolite:<id>`, the file's or the shared table's xrefs) among the
   model's annotations in that compartment, else created when declared `new: true`; a reaction
   whose id the model already has must have the same stoichiometry (it is then native), and a
   reaction whose stoichiometry the model already carries in the needed direction is native too
   and not added twice; with `export: true`, `<p>_c --> <p>_e` (id `EXPORT_<p>`) and `EX_<p>_e`
   are added when the model lacks a reaction of exactly that stoichiometry / that exchange;
3. free-lunch check: every exchange's uptake closed and ATPM's lower bound 0 → the maximum of the
   product exchange, of ATPM and of NADH and NADPH oxidation (test sinks) must all be 0;
4. evaluates on glucose (EX_glc__D_e ≥ -10) aerobic (EX_o2_e ≥ -1000) and anaerobic
   (EX_o2_e ≥ 0), and on the route's `substrates` hint when it has one (the first substrate is
   the yield basis at uptake 10; any others are co-fed at uptake 10 each; a substrate the model
   has no exchange for is given `EX_<met>_e` when the route declares the metabolite):
   - max_theoretical_yield: max product exchange / basis uptake, biomass free (lb 0), ATPM at
     the model's lower bound;
   - max_achievable_yield: the same with biomass ≥ 0.1 × maximum growth in that condition;
   - carbon_yield: max_theoretical_yield × C(product) / C(basis substrate);
   - max_theoretical_yield_g_per_g: mol/mol × M(product) / M(basis substrate), from formulas;
   - max_growth, and product_at_max_growth: the minimum product exchange flux (mmol/gDW/h)
     with biomass fixed at its maximum (growth coupling; 0 means not coupled).

Writes bench/reference/pathway_yields_cobra.json ({model: {"pathway/substrate/aeration": {...}},
"checks": ...}) and prints a Markdown table. Exits non-zero if any built-in route fails balance
or free lunch in iML1515, or has no positive theoretical yield there on glucose or its hinted
substrate.

    python3 bench/pathway_cobra.py [--models iML1515 e_coli_core] [--out PATH]
"""
import argparse
import glob
import json
import logging
import math
import os
import re
import sys
import warnings
from collections import OrderedDict

import cobra
import yaml

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = os.path.join(ROOT, "Sources", "Plugins", "Pathways", "Library")
SHARED = "metabolites.yaml"
UPTAKE = 10.0
GROWTH_FRACTION = 0.1

# Substrate names (as the E. coli chassis names them) → exchange reaction / extracellular metabolite.
SUBSTRATES = {
    "glucose": "glc__D",
    "glycerol": "glyc",
    "fructose": "fru",
    "xylose": "xyl__D",
    "galactose": "gal",
    "arabinose": "arab__L",
    "lactose": "lcts",
    "hmf": "5hmf",
}
# Cross-reference prefixes of pathway files → annotation keys of COBRApy-read SBML.
XREF_KEYS = {
    "chebi": ["chebi"],
    "kegg": ["kegg.compound"],
    "metanetx": ["metanetx.chemical"],
    "bigg": ["bigg.metabolite"],
    "inchikey": ["inchikey", "inchi_key"],
}
ATOMS = re.compile(r"([A-Z][a-z]?)(\d*)")


def parse_formula(formula):
    if not formula or re.search(r"[^A-Za-z0-9]", formula) or "R" in re.sub(r"[A-Z][a-z]", "", formula):
        return None
    counts = {}
    for element, number in ATOMS.findall(formula):
        if element in ("R", "X"):
            return None
        counts[element] = counts.get(element, 0) + (int(number) if number else 1)
    return counts


def molar_mass(formula):
    masses = {"C": 12.011, "H": 1.008, "N": 14.007, "O": 15.999, "P": 30.974, "S": 32.06}
    return sum(masses[e] * n for e, n in parse_formula(formula).items())


def parse_equation(equation):
    """COBRApy string style → ({met_id: coefficient}, lb, ub)."""
    for arrow, bounds in (("<=>", (-1000.0, 1000.0)), ("-->", (0.0, 1000.0)), ("<--", (-1000.0, 0.0))):
        if arrow in equation:
            left, right = equation.split(arrow)
            break
    else:
        raise ValueError(f"no arrow in {equation!r}")
    stoich = {}
    for side, sign in ((left, -1.0), (right, 1.0)):
        for term in side.split(" + "):
            term = term.strip()
            if not term:
                continue
            parts = term.split()
            coefficient, met = (float(parts[0]), parts[1]) if len(parts) == 2 else (1.0, parts[0])
            stoich[met] = stoich.get(met, 0.0) + sign * coefficient
    return {m: c for m, c in stoich.items() if c != 0}, bounds


def split_id(met_id):
    base, _, compartment = met_id.rpartition("_")
    return base, compartment


def load_library():
    shared = {}
    with open(os.path.join(LIBRARY, SHARED)) as handle:
        for entry in yaml.safe_load(handle)["metabolites"]:
            shared[entry["id"]] = entry
    files = []
    for path in sorted(glob.glob(os.path.join(LIBRARY, "*.yaml"))):
        if os.path.basename(path) == SHARED:
            continue
        with open(path) as handle:
            files.append((os.path.basename(path), yaml.safe_load(handle)))
    return shared, files


class Insertion:
    """One route inserted into a copy of a chassis model."""

    def __init__(self, model, product, pathway, shared):
        self.model = model
        self.product = product
        self.pathway = pathway
        self.declared = {m["id"]: m for m in pathway.get("metabolites", [])}
        if product["id"] not in self.declared and pathway.get("export") and product.get("new"):
            self.declared[product["id"]] = product
        self.shared = shared
        self.unresolved = []
        self.created = []
        self.native = []
        self.added = []
        self.errors = []

    def info(self, base):
        if base in self.declared:
            return self.declared[base]
        if base == self.product["id"]:
            return self.product
        return self.shared.get(base)

    def resolve(self, met_id, create=True):
        model = self.model
        if met_id in model.metabolites:
            return model.metabolites.get_by_id(met_id)
        base, compartment = split_id(met_id)
        info = self.info(base) or {}
        wanted = {("bigg", base)}
        for xref in info.get("xrefs", []) or []:
            prefix, _, value = str(xref).partition(":")
            wanted.add((prefix, value))
        for candidate in model.metabolites:
            if candidate.compartment != compartment:
                continue
            for prefix, value in wanted:
                for key in XREF_KEYS.get(prefix, []):
                    have = candidate.annotation.get(key)
                    have = have if isinstance(have, list) else [have] if have else []
                    have = [h.split(":", 1)[1] if h.upper().startswith(prefix.upper() + ":") else h for h in have]
                    if value in have or (prefix == "chebi" and f"CHEBI:{value}" in candidate.annotation.get("chebi", [])):
                        return candidate
        declared = self.declared.get(base)
        if declared and declared.get("new") and create:
            met = cobra.Metabolite(met_id, formula=declared["formula"], charge=declared["charge"],
                                   name=declared.get("name", base), compartment=compartment)
            model.add_metabolites([met])
            self.created.append(met_id)
            return met
        self.unresolved.append(met_id)
        return None

    def formula_of(self, met_id, resolved):
        if resolved is not None and resolved.formula and resolved.id in self.model.metabolites and met_id not in self.created:
            return resolved.formula, resolved.charge, "model"
        info = self.info(split_id(met_id)[0])
        if info:
            return info.get("formula"), info.get("charge"), "file"
        return None, None, "none"

    def balance(self, reaction):
        total = {}
        charge = 0.0
        notes = []
        stoich, _ = parse_equation(reaction["equation"])
        for met_id, coefficient in stoich.items():
            resolved = self.model.metabolites.get_by_id(met_id) if met_id in self.model.metabolites else None
            formula, met_charge, source = self.formula_of(met_id, resolved)
            counts = parse_formula(formula)
            if counts is None or met_charge is None:
                return None, f"{met_id}: no usable formula/charge"
            info = self.info(split_id(met_id)[0])
            if source == "model" and info and (info.get("formula") != formula or info.get("charge") != met_charge):
                notes.append(f"{met_id}: file says {info.get('formula')} {info.get('charge')}, model {formula} {met_charge}")
            for element, number in counts.items():
                total[element] = total.get(element, 0.0) + coefficient * number
            charge += coefficient * float(met_charge)
        imbalance = {e: n for e, n in total.items() if abs(n) > 1e-9}
        if abs(charge) > 1e-9:
            imbalance["charge"] = charge
        return imbalance, "; ".join(notes)

    def insert(self):
        model = self.model
        for reaction in self.pathway.get("reactions", []) or []:
            stoich, bounds = parse_equation(reaction["equation"])
            if "bounds" in reaction:
                bounds = tuple(reaction["bounds"])
            mets = {}
            for met_id, coefficient in stoich.items():
                met = self.resolve(met_id)
                if met is None:
                    continue
                mets[met] = coefficient
            if len(mets) != len(stoich):
                continue
            key = {m.id: c for m, c in mets.items()}
            if reaction["id"] in model.reactions:
                existing = model.reactions.get_by_id(reaction["id"])
                if {m.id: c for m, c in existing.metabolites.items()} != key:
                    self.errors.append(f"{reaction['id']}: id clashes with a different chassis reaction ({existing.reaction})")
                else:
                    self.native.append(f"{reaction['id']} (same id)")
                    if existing.lower_bound > bounds[0] or existing.upper_bound < bounds[1]:
                        self.native[-1] += f", chassis bounds {existing.bounds} kept"
                continue
            duplicate = self.same_stoichiometry(key, bounds)
            if duplicate:
                self.native.append(f"{reaction['id']} = {duplicate}")
                continue
            new = cobra.Reaction(reaction["id"], name=reaction.get("name", ""), lower_bound=bounds[0], upper_bound=bounds[1])
            model.add_reactions([new])
            new.add_metabolites(mets)
            self.added.append(reaction["id"])
        if self.unresolved:
            return False
        if self.pathway.get("export"):
            p = self.product["id"]
            cyt = self.resolve(f"{p}_c", create=True)
            ext_id = f"{p}_e"
            if cyt is None:
                return False
            if ext_id in model.metabolites:
                ext = model.metabolites.get_by_id(ext_id)
            else:
                ext = cobra.Metabolite(ext_id, formula=cyt.formula, charge=cyt.charge, name=cyt.name, compartment="e")
                model.add_metabolites([ext])
                self.created.append(ext_id)
            if not self.same_stoichiometry({cyt.id: -1.0, ext.id: 1.0}, (0.0, 1000.0)):
                transport = cobra.Reaction(f"EXPORT_{p}", name=f"{p} export (added by pathway)", lower_bound=0, upper_bound=1000)
                model.add_reactions([transport])
                transport.add_metabolites({cyt: -1.0, ext: 1.0})
                self.added.append(transport.id)
            if f"EX_{p}_e" not in model.reactions:
                exchange = cobra.Reaction(f"EX_{p}_e", name=f"{p} exchange (added by pathway)", lower_bound=0, upper_bound=1000)
                model.add_reactions([exchange])
                exchange.add_metabolites({ext: -1.0})
                self.added.append(exchange.id)
        return not self.errors

    def same_stoichiometry(self, key, bounds):
        """A chassis reaction that already carries this stoichiometry in the direction(s) needed."""
        mets = [self.model.metabolites.get_by_id(m) for m in key]
        candidates = set.intersection(*[set(r.id for r in m.reactions) for m in mets]) if mets else set()
        for rid in sorted(candidates):
            reaction = self.model.reactions.get_by_id(rid)
            have = {m.id: c for m, c in reaction.metabolites.items()}
            if have == key:
                forward, backward = reaction.upper_bound, -reaction.lower_bound
            elif have == {m: -c for m, c in key.items()}:
                forward, backward = -reaction.lower_bound, reaction.upper_bound
            else:
                continue
            if (bounds[1] <= 0 or forward >= bounds[1]) and (bounds[0] >= 0 or backward >= -bounds[0]):
                return rid
        return None


def biomass_reaction(model):
    return [r for r in model.reactions if r.objective_coefficient != 0][0]


def free_lunch(model, product_exchange):
    """Maxima with every uptake closed: product, ATPM, NADH and NADPH oxidation. All must be 0."""
    results = {}
    with model:
        for r in model.exchanges:
            r.lower_bound = max(0.0, r.lower_bound)
        for r in model.demands + model.sinks:
            r.lower_bound = max(0.0, r.lower_bound)
        model.reactions.ATPM.lower_bound = 0.0
        biomass_reaction(model).lower_bound = 0.0
        tests = {"product": product_exchange, "ATPM": "ATPM"}
        for cofactor in ("nadh", "nadph"):
            if f"{cofactor}_c" in model.metabolites:
                sink = cobra.Reaction(f"FREE_LUNCH_{cofactor}", lower_bound=0, upper_bound=1000)
                model.add_reactions([sink])
                oxidised = "nad_c" if cofactor == "nadh" else "nadp_c"
                sink.add_metabolites({model.metabolites.get_by_id(f"{cofactor}_c"): -1,
                                      model.metabolites.get_by_id(oxidised): 1,
                                      model.metabolites.get_by_id("h_c"): 1})
                tests[cofactor.upper()] = sink.id
        for name, rid in tests.items():
            if rid is None:
                continue
            model.objective = rid
            value = model.slim_optimize(error_value=float("nan"))
            results[name] = 0.0 if math.isnan(value) else value
    return results


def set_condition(model, substrates, aeration):
    for r in model.exchanges:
        if r.id.startswith("EX_") and r.lower_bound < 0 and r.id in CARBON_EXCHANGES:
            r.lower_bound = 0.0
    for name in substrates:
        model.reactions.get_by_id(f"EX_{SUBSTRATES[name]}_e").lower_bound = -UPTAKE
    model.reactions.EX_o2_e.lower_bound = -1000.0 if aeration == "aerobic" else 0.0


CARBON_EXCHANGES = {f"EX_{m}_e" for m in SUBSTRATES.values()}


def evaluate(model, product, substrates, aeration):
    p = product["id"]
    exchange = f"EX_{p}_e"
    biomass = biomass_reaction(model)
    basis = substrates[0]
    out = OrderedDict()
    with model:
        set_condition(model, substrates, aeration)
        model.objective = biomass.id
        growth = model.slim_optimize(error_value=float("nan"))
        growth = 0.0 if math.isnan(growth) or growth < 1e-9 else growth
        out["max_growth"] = growth
        biomass.lower_bound = 0.0
        model.objective = exchange
        best = model.slim_optimize(error_value=float("nan"))
        out["status"] = "optimal" if not math.isnan(best) else "infeasible"
        best = 0.0 if math.isnan(best) else best
        out["max_theoretical_yield"] = best / UPTAKE
        if growth > 0:
            with model:
                biomass.lower_bound = GROWTH_FRACTION * growth
                achievable = model.slim_optimize(error_value=float("nan"))
            out["max_achievable_yield"] = (0.0 if math.isnan(achievable) else achievable) / UPTAKE
            with model:
                biomass.lower_bound = growth
                model.objective = exchange
                model.objective.direction = "min"
                coupled = model.slim_optimize(error_value=float("nan"))
                if math.isnan(coupled):  # numerically at the edge: relax by 1e-9 relative
                    biomass.lower_bound = growth * (1 - 1e-9)
                    coupled = model.slim_optimize(error_value=float("nan"))
            out["product_at_max_growth"] = 0.0 if math.isnan(coupled) else max(coupled, 0.0)
        else:
            out["max_achievable_yield"] = 0.0
            out["product_at_max_growth"] = 0.0
    substrate_formula = {"glucose": "C6H12O6", "glycerol": "C3H8O3", "fructose": "C6H12O6", "xylose": "C5H10O5",
                         "galactose": "C6H12O6", "arabinose": "C5H10O5", "lactose": "C12H22O11",
                         "hmf": "C6H6O3"}[basis]
    carbons = parse_formula(product["formula"]).get("C", 0) / parse_formula(substrate_formula)["C"]
    out["carbon_yield"] = out["max_theoretical_yield"] * carbons
    out["max_theoretical_yield_g_per_g"] = out["max_theoretical_yield"] * molar_mass(product["formula"]) / molar_mass(substrate_formula)
    return out


def add_substrate_exchange(model, insertion, name):
    met = SUBSTRATES[name]
    if f"EX_{met}_e" in model.reactions:
        return True
    ext = insertion.resolve(f"{met}_e", create=True)
    if ext is None:
        return False
    exchange = cobra.Reaction(f"EX_{met}_e", lower_bound=0, upper_bound=1000)
    model.add_reactions([exchange])
    exchange.add_metabolites({ext: -1.0})
    insertion.added.append(exchange.id)
    return True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--models", nargs="+", default=["iML1515", "e_coli_core"])
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "reference", "pathway_yields_cobra.json"))
    args = parser.parse_args()
    shared, files = load_library()
    results = OrderedDict()
    checks = OrderedDict()
    failures = []
    rows = []
    for model_name in args.models:
        base = cobra.io.read_sbml_model(os.path.join(ROOT, "models", f"{model_name}.xml.gz"))
        baseline = free_lunch(base, None)
        results[model_name] = OrderedDict()
        checks[model_name] = OrderedDict([("_chassis_free_lunch", baseline)])
        for filename, document in files:
            product = document["product"]
            for pathway in document["pathways"]:
                pid = pathway["id"]
                model = base.copy()
                insertion = Insertion(model, product, pathway, shared)
                check = OrderedDict(file=filename, product=product["id"])
                balance = OrderedDict()
                for reaction in pathway.get("reactions", []) or []:
                    imbalance, note = insertion.balance(reaction)
                    entry = "balanced" if imbalance == {} else ("unchecked: " + note if imbalance is None else f"UNBALANCED {imbalance}")
                    if note and imbalance is not None:
                        entry += f" (formula note: {note})"
                    if imbalance != {} and not reaction.get("balance_waiver"):
                        failures.append(f"{model_name} {pid} {reaction['id']}: {entry}")
                    balance[reaction["id"]] = entry
                check["balance"] = balance
                inserted = insertion.insert()
                substrates = pathway.get("substrates") or []
                if inserted:
                    for name in substrates:
                        if not add_substrate_exchange(model, insertion, name):
                            inserted = False
                            insertion.unresolved.append(f"EX_{SUBSTRATES[name]}_e")
                check["inserted"] = inserted
                check["unresolved"] = sorted(set(insertion.unresolved))
                check["created_metabolites"] = insertion.created
                check["added_reactions"] = insertion.added
                check["native_reactions"] = insertion.native
                check["errors"] = insertion.errors
                check["heterologous_steps"] = len([r for r in insertion.added if not r.startswith(("EXPORT_", "EX_"))])
                if not inserted:
                    checks[model_name][pid] = check
                    if model_name == "iML1515":
                        failures.append(f"{model_name} {pid}: not inserted {insertion.unresolved} {insertion.errors}")
                    continue
                lunch = free_lunch(model, f"EX_{product['id']}_e")
                check["free_lunch"] = lunch
                if any(abs(v) > 1e-6 for v in lunch.values()):
                    failures.append(f"{model_name} {pid}: free lunch {lunch}")
                checks[model_name][pid] = check
                conditions = [(["glucose"], a) for a in ("aerobic", "anaerobic")]
                if substrates and substrates != ["glucose"]:
                    conditions += [(substrates, a) for a in ("aerobic", "anaerobic")]
                best = 0.0
                for subs, aeration in conditions:
                    if any(f"EX_{SUBSTRATES[s]}_e" not in model.reactions for s in subs):
                        continue
                    key = f"{pid}/{'+'.join(subs)}/{aeration}"
                    value = evaluate(model, product, subs, aeration)
                    value["heterologous_steps"] = check["heterologous_steps"]
                    results[model_name][key] = value
                    if subs == ["glucose"] or subs == substrates:
                        best = max(best, value["max_theoretical_yield"])
                    rows.append((model_name, key, value))
                if model_name == "iML1515" and best <= 1e-9:
                    failures.append(f"{model_name} {pid}: no positive theoretical yield on glucose or its hinted substrate")
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as handle:
        json.dump(OrderedDict([("results", results), ("checks", checks),
                               ("definitions", {"uptake": UPTAKE, "growth_fraction": GROWTH_FRACTION,
                                                "solver": "glpk", "cobra": cobra.__version__})]),
                  handle, indent=1)
        handle.write("\n")
    print("| model | pathway/substrate/aeration | max growth 1/h | max theoretical yield mol/mol | g/g | C-mol/C-mol | max achievable yield (≥10 % growth) | product at max growth mmol/gDW/h |")
    print("|---|---|---|---|---|---|---|---|")
    for model_name, key, v in rows:
        print(f"| {model_name} | {key} | {v['max_growth']:.4f} | {v['max_theoretical_yield']:.4f} | "
              f"{v['max_theoretical_yield_g_per_g']:.4f} | {v['carbon_yield']:.4f} | {v['max_achievable_yield']:.4f} | "
              f"{v['product_at_max_growth']:.4f} |")
    skipped = [(m, p, c["unresolved"]) for m in checks for p, c in checks[m].items()
               if isinstance(c, dict) and c.get("inserted") is False]
    for model_name, pid, unresolved in skipped:
        print(f"not inserted in {model_name}: {pid} (unresolved: {', '.join(unresolved)})", file=sys.stderr)
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print(f"{len(rows)} evaluations, {len(failures)} failures", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
