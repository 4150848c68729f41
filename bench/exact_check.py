#!/usr/bin/env python3
"""Settles mismatches between metadesign and COBRApy with exact arithmetic.

    python3 bench/exact_check.py fva models/iJN1463.xml.gz 0.9 [--limit 20]
    python3 bench/exact_check.py genes models/yeast-GEM_9.0.2.xml.gz [--limit 20]

Runs both tools (FVA at the fraction, or single gene deletions), lists the values that
differ by more than 1e-6 (absolute, or relative above 1), and for each solves that LP once
more with GLPK's exact (rational) simplex on the uncompressed model, starting from the
floating-point optimum's basis. Prints a Markdown table saying which tool is within 1e-6
of the exact value. For FVA the objective floor is fraction × optimum from a
floating-point solve; at fraction 1.0 that floor can sit above the exact optimum, so use
fractions below 1.
"""
import argparse
import csv
import io
import logging
import os
import subprocess
import warnings

import cobra
import swiglpk as glpk
from cobra.flux_analysis import flux_variability_analysis, single_gene_deletion
from cobra.util import create_stoichiometric_matrix

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
cobra.Configuration().solver = "glpk"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


class ExactLP:
    """The model's LP in GLPK, one fresh problem per question."""

    def __init__(self, model, fraction=1.0):
        self.model = model
        self.matrix = create_stoichiometric_matrix(model, array_type="dok")
        self.column = {reaction.id: j + 1 for j, reaction in enumerate(model.reactions)}
        self.objective = {self.column[r.id]: r.objective_coefficient for r in model.reactions if r.objective_coefficient}
        self.parameters = glpk.glp_smcp()
        glpk.glp_init_smcp(self.parameters)
        self.parameters.msg_lev = glpk.GLP_MSG_OFF
        problem = self.build()
        glpk.glp_set_obj_dir(problem, glpk.GLP_MAX)
        for column, coefficient in self.objective.items():
            glpk.glp_set_obj_coef(problem, column, coefficient)
        glpk.glp_simplex(problem, self.parameters)
        self.floor = fraction * glpk.glp_get_obj_val(problem)
        glpk.glp_delete_prob(problem)

    def build(self, closed=()):
        problem = glpk.glp_create_prob()
        rows, columns = len(self.model.metabolites), len(self.model.reactions)
        glpk.glp_add_rows(problem, rows)
        glpk.glp_add_cols(problem, columns)
        for row in range(rows):
            glpk.glp_set_row_bnds(problem, row + 1, glpk.GLP_FX, 0, 0)
        for j, reaction in enumerate(self.model.reactions):
            lower, upper = (0, 0) if reaction.id in closed else reaction.bounds
            kind = glpk.GLP_FX if lower == upper else glpk.GLP_DB
            glpk.glp_set_col_bnds(problem, j + 1, kind, lower, upper)
        items = list(self.matrix.items())
        ia, ja, ar = glpk.intArray(len(items) + 1), glpk.intArray(len(items) + 1), glpk.doubleArray(len(items) + 1)
        for k, ((i, j), value) in enumerate(items):
            ia[k + 1], ja[k + 1], ar[k + 1] = i + 1, j + 1, value
        glpk.glp_load_matrix(problem, len(items), ia, ja, ar)
        return problem

    def extreme(self, reaction, sense):
        problem = self.build()
        floor_row = glpk.glp_add_rows(problem, 1)
        glpk.glp_set_row_bnds(problem, floor_row, glpk.GLP_LO, self.floor, 0)
        ind, val = glpk.intArray(len(self.objective) + 1), glpk.doubleArray(len(self.objective) + 1)
        for k, (column, coefficient) in enumerate(self.objective.items()):
            ind[k + 1], val[k + 1] = column, coefficient
        glpk.glp_set_mat_row(problem, floor_row, len(self.objective), ind, val)
        glpk.glp_set_obj_dir(problem, glpk.GLP_MIN if sense == "minimum" else glpk.GLP_MAX)
        glpk.glp_set_obj_coef(problem, self.column[reaction], 1)
        glpk.glp_simplex(problem, self.parameters)
        glpk.glp_exact(problem, self.parameters)
        status = glpk.glp_get_status(problem)
        value = glpk.glp_get_col_prim(problem, self.column[reaction])
        glpk.glp_delete_prob(problem)
        return value if status == glpk.GLP_OPT else None

    def growth(self, closed):
        """The exact optimum with the reactions `closed`, or None when infeasible."""
        problem = self.build(closed)
        glpk.glp_set_obj_dir(problem, glpk.GLP_MAX)
        for column, coefficient in self.objective.items():
            glpk.glp_set_obj_coef(problem, column, coefficient)
        glpk.glp_simplex(problem, self.parameters)
        glpk.glp_exact(problem, self.parameters)
        status = glpk.glp_get_status(problem)
        value = glpk.glp_get_obj_val(problem)
        glpk.glp_delete_prob(problem)
        return value if status == glpk.GLP_OPT else None


def metadesign(arguments):
    run = subprocess.run([BINARY] + arguments + ["--format", "csv"], capture_output=True, text=True, check=True)
    return list(csv.DictReader(io.StringIO(run.stdout)))


def fva_cases(model, fraction, path):
    theirs = flux_variability_analysis(model, fraction_of_optimum=fraction, processes=2)
    mine = {row["reaction"]: row for row in metadesign(["fva", path, "--fraction", str(fraction)])}
    exact = ExactLP(model, fraction)
    for reaction in mine:
        for side in ("minimum", "maximum"):
            ours, other = float(mine[reaction][side]), theirs.loc[reaction, side]
            if not close(ours, other):
                yield f"{reaction} {side}", ours, other, lambda reaction=reaction, side=side: exact.extreme(reaction, side)


def gene_cases(model, path):
    frame = single_gene_deletion(model, processes=2)
    theirs = {next(iter(ids)): (growth if status == "optimal" else None)
              for ids, growth, status in zip(frame["ids"], frame["growth"], frame["status"])}
    exact = ExactLP(model)
    for row in metadesign(["delete", "genes", path]):
        gene = row["ids"]
        ours = float(row["growth"]) if row["growth"] else None
        other = theirs.get(gene)
        if (ours is None) != (other is None) or (ours is not None and not close(ours, other)):
            closed = {r.id for r in model.genes.get_by_id(gene).reactions if not r.gpr.eval({gene})}
            yield gene, ours, other, lambda closed=closed: exact.growth(closed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("analysis", choices=["fva", "genes"])
    parser.add_argument("model")
    parser.add_argument("fraction", type=float, nargs="?", default=0.9)
    parser.add_argument("--limit", type=int, default=20)
    options = parser.parse_args()
    model = cobra.io.read_sbml_model(options.model)
    cases = list(fva_cases(model, options.fraction, options.model) if options.analysis == "fva"
                 else gene_cases(model, options.model))
    label = f"FVA at fraction {options.fraction}" if options.analysis == "fva" else "single gene deletions"
    print(f"{os.path.basename(options.model)}, {label}: {len(cases)} differing values; checking {min(len(cases), options.limit)}")
    print("| value | metadesign | COBRApy | exact | metadesign within 1e-6 | COBRApy within 1e-6 |")
    print("|---|---|---|---|---|---|")
    shown = lambda v: "–" if v is None else f"{v:.10g}"
    agree = lambda a, b: (a is None and b is None) or (a is not None and b is not None and close(a, b))
    tally = {"metadesign": 0, "COBRApy": 0}
    for name, ours, other, solve in cases[:options.limit]:
        value = solve()
        tally["metadesign"] += agree(ours, value)
        tally["COBRApy"] += agree(other, value)
        print(f"| {name} | {shown(ours)} | {shown(other)} | {shown(value)} | {'yes' if agree(ours, value) else 'no'} "
              f"| {'yes' if agree(other, value) else 'no'} |")
    print(f"within 1e-6 of exact: metadesign {tally['metadesign']}, COBRApy {tally['COBRApy']} of {min(len(cases), options.limit)}")


if __name__ == "__main__":
    main()
