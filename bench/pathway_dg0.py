#!/usr/bin/env python3
"""Computes ΔrG'° of every pathway-library reaction with eQuilibrator (component contribution)
at pH 7.0, ionic strength 0.1 M, pMg 3, 298.15 K, and writes `dg0` / `dg0_reference` into the
pathway files (issue #5).

Compounds are looked up in eQuilibrator's bundled offline compound cache by
`bigg.metabolite:<id>`, then by the metabolite's KEGG, ChEBI and MetaNetX cross-references (from
the route's `metabolites` section or the shared metabolites.yaml). A reaction with a compound the
cache lacks (or lacks a structure for) keeps no dg0; the script lists them. Transport steps are
skipped. Protons are left out of the query, as eQuilibrator accounts for them through pH.

    pip install equilibrator-api && python3 bench/pathway_dg0.py [--write]
"""
import argparse
import glob
import os
import re
import sys
import warnings

import yaml

warnings.filterwarnings("ignore")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = os.path.join(ROOT, "Sources", "Plugins", "Pathways", "Library")
REFERENCE = ('{text: "eQuilibrator 3.0 (equilibrator-api 0.8.1, component contribution), pH 7.0, '
             'I 0.1 M, pMg 3, 298.15 K", doi: 10.1093/nar/gkab1106}')
PREFIX = {"kegg": "kegg", "chebi": "chebi", "metanetx": "metanetx.chemical"}


def parse(equation):
    arrow = next(a for a in ("<=>", "-->", "<--") if a in equation)
    left, right = equation.split(arrow)
    terms = []
    for side, sign in ((left, -1), (right, 1)):
        for term in side.split(" + "):
            parts = term.split()
            coefficient, met = (float(parts[0]), parts[1]) if len(parts) == 2 else (1.0, parts[0])
            terms.append((sign * coefficient, met))
    return terms, arrow


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true", help="write dg0 into the pathway files")
    args = parser.parse_args()
    from equilibrator_api import ComponentContribution, Q_, Reaction
    cc = ComponentContribution()
    cc.p_h = Q_(7.0)
    cc.ionic_strength = Q_("0.1M")
    cc.p_mg = Q_(3.0)
    cc.temperature = Q_("298.15K")
    shared = {m["id"]: m for m in yaml.safe_load(open(os.path.join(LIBRARY, "metabolites.yaml")))["metabolites"]}
    cache = {}

    def compound(base, declared):
        if base in cache:
            return cache[base]
        candidates = [f"bigg.metabolite:{base}"]
        info = declared.get(base) or shared.get(base) or {}
        for xref in info.get("xrefs", []) or []:
            prefix, _, value = str(xref).partition(":")
            if prefix in PREFIX:
                candidates.append(f"{PREFIX[prefix]}:{'CHEBI:' + value if prefix == 'chebi' else value}")
        found = None
        for query in candidates:
            try:
                c = cc.ccache.get_compound(query)
            except Exception:
                c = None
            if c is not None and c.inchi_key:
                found = c
                break
        cache[base] = found
        return found

    results = {}
    missing = {}
    for path in sorted(glob.glob(os.path.join(LIBRARY, "*.yaml"))):
        document = yaml.safe_load(open(path))
        if "product" not in document:
            continue
        for pathway in document["pathways"]:
            declared = {m["id"]: m for m in pathway.get("metabolites", []) or []}
            declared.setdefault(document["product"]["id"], document["product"])
            for reaction in pathway.get("reactions", []) or []:
                terms, arrow = parse(reaction["equation"])
                compartments = {met.rsplit("_", 1)[1] for _, met in terms}
                if len(compartments) > 1:
                    continue  # transport
                sparse = {}
                lacking = []
                for coefficient, met in terms:
                    base = met.rsplit("_", 1)[0]
                    if base == "h":
                        continue
                    c = compound(base, declared)
                    if c is None:
                        lacking.append(base)
                        continue
                    sparse[c] = sparse.get(c, 0) + coefficient
                if lacking:
                    missing[(os.path.basename(path), reaction["id"])] = lacking
                    continue
                rxn = Reaction(sparse)
                if not rxn.is_balanced(ignore_atoms=("H",)):
                    missing[(os.path.basename(path), reaction["id"])] = ["eQuilibrator finds it unbalanced"]
                    continue
                dg = cc.standard_dg_prime(rxn)
                value = float(dg.value.m_as("kJ/mol"))
                sigma = float(dg.error.m_as("kJ/mol"))
                if arrow == "<--":
                    value = -value
                results[(os.path.basename(path), pathway["id"], reaction["id"])] = (round(value, 1), round(sigma, 1))
    for key, (value, sigma) in results.items():
        print(f"{key[0]:16} {key[1]:22} {key[2]:12} {value:8.1f} ± {sigma:.1f} kJ/mol")
    for key, lacking in missing.items():
        print(f"no dg0: {key[0]} {key[1]}: {', '.join(lacking)}", file=sys.stderr)
    if args.write:
        for path in sorted(glob.glob(os.path.join(LIBRARY, "*.yaml"))):
            name = os.path.basename(path)
            lines = open(path).read().split("\n")
            out, pathway_id, reaction_id = [], None, None
            for line in lines:
                if re.match(r"\s+dg0(_reference)?:", line):
                    continue  # rewrite
                out.append(line)
                m = re.match(r"  - id: (\S+)", line)
                if m:
                    pathway_id = m.group(1)
                m = re.match(r"(\s+)- id: (\S+)", line)
                if m and len(m.group(1)) == 6:
                    reaction_id = m.group(2)
                m = re.match(r"(\s+)equation: ", line)
                if m and (name, pathway_id, reaction_id) in results:
                    value, sigma = results[(name, pathway_id, reaction_id)]
                    indent = m.group(1)
                    out.append(f"{indent}dg0: {value}  # ± {sigma} kJ/mol (1σ, component contribution)")
                    out.append(f"{indent}dg0_reference: {REFERENCE}")
            open(path, "w").write("\n".join(out))


if __name__ == "__main__":
    main()
