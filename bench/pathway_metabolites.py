#!/usr/bin/env python3
"""Regenerates Sources/Plugins/Pathways/Library/metabolites.yaml, the shared cross-reference table
of the chassis metabolites the pathway library uses (issue #5).

For every metabolite a route takes from the chassis (not declared `new`), plus a fixed list of
common precursors and cofactors:
- name, formula and charge from iML1515 (BiGG namespace, pH 7.2 protonation);
- xrefs: the ChEBI, KEGG and MetaNetX ids iML1515 itself annotates (so BiGG-derived models such as
  e_coli_core, iCGB21FR and iJN1463 resolve them), MetaNetX ids eQuilibrator's MetaNetX-based
  compound cache adds, and the InChIKey (from e_coli_core/iCGB21FR/iJN1463 annotations, else
  eQuilibrator);
- smiles: the exact SMILES annotation of the matching cytosolic species of yeast-GEM 9.0.2, which
  carries no other cross-reference; matched by InChIKey connectivity block (RDKit) against the
  metabolite's InChIKey, only when exactly one cytosolic species matches.

Needs cobra, pyyaml, rdkit and equilibrator-api (its bundled offline compound cache):
    pip install rdkit equilibrator-api && python3 bench/pathway_metabolites.py
"""
import glob
import logging
import os
import re
import warnings

import cobra
import yaml

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY = os.path.join(ROOT, "Sources", "Plugins", "Pathways", "Library")
COMMON = ["atp", "adp", "amp", "nad", "nadh", "nadp", "nadph", "coa", "accoa", "succoa", "mal__L", "pyr", "pep",
          "oaa", "akg", "glu__L", "gln__L", "asp__L", "ala__L", "lys__L", "orn", "ptrc", "4abut", "mmcoa__S", "malcoa",
          "aacoa", "g3p", "dhap", "glyc3p", "glyc", "fru", "f6p", "g6p", "glc__D", "lac__L", "lac__D", "succ", "fum",
          "cit", "icit", "acon_C", "thr__L", "val__L", "trp__L", "h", "h2o", "co2", "o2", "pi", "ppi", "nh4", "hco3",
          "ac", "acald", "etoh", "for", "fad", "fadh2", "q8", "q8h2", "gtp", "gdp", "lcts", "gal", "xyl__D", "arab__L",
          "e4p", "r5p", "3pg", "13dpg", "2pg", "fdp", "ipdp", "dmpp", "frdp", "grdp"]



# Names other models give these metabolites (iMA871 has neither formulas nor cross-references,
# only names such as "NAD(+)", "Orthophosphate", "Glycerone phosphate"): the resolver's last resort.
SYNONYMS = {
    'nadh': ['NADH'],
    'nad': ['NAD(+)', 'NAD+', 'NAD'],
    'nadph': ['NADPH'],
    'nadp': ['NADP(+)', 'NADP+', 'NADP'],
    'atp': ['ATP'],
    'adp': ['ADP'],
    'amp': ['AMP'],
    'gdp': ['GDP'],
    'co2': ['CO2', 'Carbon dioxide'],
    'h2o': ['H2O', 'Water'],
    'pi': ['Orthophosphate', 'Phosphate'],
    'ppi': ['Pyrophosphate', 'Diphosphate'],
    'o2': ['Oxygen', 'O2'],
    'nh4': ['NH3', 'Ammonia', 'Ammonium', 'NH4+'],
    'hco3': ['HCO3-', 'Bicarbonate', 'Hydrogencarbonate'],
    'orn': ['L-Ornithine'],
    'malcoa': ['Malonyl-CoA'],
    'succoa': ['Succinyl-CoA'],
    'lcts': ['Lactose'],
    'dhap': ['Glycerone phosphate', 'Dihydroxyacetone phosphate'],
    'urea': ['Urea'],
    'f6p': ['D-Fructose 6-phosphate', 'Fructose 6-phosphate', 'beta-D-Fructose 6-phosphate'],
    'frdp': ['trans,trans-Farnesyl diphosphate', 'Farnesyl diphosphate'],
    'coa': ['CoA', 'Coenzyme A'],
    'accoa': ['Acetyl-CoA'],
    'pyr': ['Pyruvate'],
    'oaa': ['Oxaloacetate'],
    'akg': ['2-Oxoglutarate'],
}

def referenced_ids():
    ids, new = set(), set()
    for path in glob.glob(os.path.join(LIBRARY, "*.yaml")):
        document = yaml.safe_load(open(path))
        if "product" not in document:
            continue
        for pathway in document["pathways"]:
            for met in pathway.get("metabolites", []) or []:
                if met.get("new"):
                    new.add(met["id"])
            for reaction in pathway.get("reactions", []) or []:
                for token in re.split(r"\s+\+\s+|\s*<=>\s*|\s*-->\s*|\s*<--\s*", reaction["equation"]):
                    token = token.strip().split()[-1]
                    ids.add(token.rsplit("_", 1)[0])
    return ids - new


def as_list(value):
    return value if isinstance(value, list) else [value] if value else []


def main():
    from equilibrator_api import ComponentContribution
    from rdkit import Chem, RDLogger
    RDLogger.DisableLog("rdApp.*")
    cc = ComponentContribution()
    read = lambda name: cobra.io.read_sbml_model(os.path.join(ROOT, "models", name))
    iml, core, cgb, ijn, yeast = (read(n) for n in ("iML1515.xml.gz", "e_coli_core.xml.gz", "iCGB21FR.xml.gz",
                                                    "iJN1463.xml.gz", "yeast-GEM_9.0.2.xml.gz"))
    yeast_by_block = {}
    for species in yeast.metabolites:
        if species.compartment != "c" or "smiles" not in species.annotation:
            continue
        smiles = species.annotation["smiles"]
        smiles = smiles[len("SMILES:"):] if smiles.startswith("SMILES:") else smiles
        mol = Chem.MolFromSmiles(smiles)
        if mol is None:
            continue
        key = Chem.MolToInchiKey(mol)
        if key:
            yeast_by_block.setdefault(key[:14], []).append((species.id, species.name, smiles, key))
    ids = sorted(referenced_ids() | set(COMMON), key=lambda s: s.lower())
    entries = []
    unmatched = []
    for base in ids:
        met = iml.metabolites.get_by_id(f"{base}_c")
        ann = met.annotation
        xrefs = [f"chebi:{c.split(':')[1]}" for c in as_list(ann.get("chebi"))]
        xrefs += [f"kegg:{k}" for k in as_list(ann.get("kegg.compound"))]
        mnx = as_list(ann.get("metanetx.chemical"))
        inchikey = None
        for other in (core, cgb, ijn):
            if f"{base}_c" in other.metabolites:
                oa = other.metabolites.get_by_id(f"{base}_c").annotation
                inchikey = inchikey or (as_list(oa.get("inchi_key")) + as_list(oa.get("inchikey")) + [None])[0]
        try:
            compound = cc.get_compound(f"bigg.metabolite:{base}")
        except Exception:
            compound = None
        if compound is not None:
            for identifier in compound.identifiers:
                if identifier.registry.namespace == "metanetx.chemical" and identifier.accession not in mnx:
                    mnx.append(identifier.accession)
            inchikey = inchikey or compound.inchi_key
        xrefs += [f"metanetx:{m}" for m in mnx]
        if inchikey:
            xrefs.append(f"inchikey:{inchikey}")
        entry = {"id": base, "name": met.name, "formula": met.formula, "charge": int(met.charge), "xrefs": xrefs}
        if base in SYNONYMS:
            entry["synonyms"] = SYNONYMS[base]
        if inchikey:
            matches = yeast_by_block.get(inchikey[:14], [])
            if len(matches) > 1:  # prefer the same stereo block
                same = [m for m in matches if m[3][:25] == inchikey[:25]]
                matches = same if len(same) == 1 else matches
            if len(matches) == 1:
                entry["smiles"] = matches[0][2]
            else:
                unmatched.append(f"{base} ({len(matches)} yeast-GEM candidates)")
        else:
            unmatched.append(f"{base} (no InChIKey)")
        entries.append(entry)
    header = (
        "# Shared cross-reference table of the chassis metabolites the pathway library uses: pathway\n"
        "# files refer to them by BiGG id (`nadh_c`); in a chassis model without that id they are found\n"
        "# by these cross-references among the model's own annotations in the same compartment.\n"
        "# name/formula/charge: iML1515 (BiGG, pH 7.2). xrefs: ChEBI/KEGG/MetaNetX as iML1515 annotates\n"
        "# them, extra MetaNetX ids and the InChIKey from eQuilibrator's MetaNetX-based cache or the\n"
        "# e_coli_core/iCGB21FR/iJN1463 annotations.\n"
        "# smiles: yeast-GEM 9.0.2 carries only SMILES annotations (identifiers.org/SMILES/...), no\n"
        "# ChEBI/KEGG/MetaNetX, so an xref cannot find its species; `smiles` is the exact SMILES string\n"
        "# of the matching yeast-GEM cytosolic species (matched by InChIKey connectivity with RDKit) for\n"
        "# a resolver that compares SMILES annotations. Not a standard xref prefix: optional.\n"
        "# synonyms: names other models use (iMA871 has only names), matched case-insensitively.\n"
        f"# Regenerate: python3 bench/pathway_metabolites.py. No yeast-GEM match: {', '.join(unmatched) or 'none'}.\n")
    body = yaml.safe_dump({"metabolites": entries}, sort_keys=False, allow_unicode=True, width=1000,
                          default_flow_style=None)
    # the library's style: unquoted xrefs in flow sequences ([chebi:57945, kegg:C00004, ...])
    body = "\n".join(line.replace("'", "") if line.startswith("  xrefs: [") else line for line in body.split("\n"))
    with open(os.path.join(LIBRARY, "metabolites.yaml"), "w") as handle:
        handle.write(header + body)
    print(f"{len(entries)} metabolites; yeast-GEM SMILES for {sum('smiles' in e for e in entries)}; unmatched: {unmatched}")


if __name__ == "__main__":
    main()
