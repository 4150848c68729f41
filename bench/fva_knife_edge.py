#!/usr/bin/env python3
"""FVA at fraction 1.0 on a knife edge: how flux ranges move when the objective may fall
short of its optimum by a relative δ far below GLPK's feasibility tolerance.

    python3 bench/fva_knife_edge.py models/iML1515.xml.gz I2FE2ST:min I2FE2SR:min S2FE2ST:max S2FE2SR:max

Solves each LP on the uncompressed model with GLPK (tolerances tightened to 1e-10 so that
GLPK itself does not drift) with the objective held at ≥ optimum × (1 − δ), for δ from 0
to 2e-7, and prints a Markdown table. GLPK's default primal tolerance (1e-7, absolute
plus relative) is what both metadesign and COBRApy solve with, so any δ in this range is
an answer either tool may return at fraction 1.0.
"""
import logging
import sys
import warnings

import cobra
import swiglpk as glpk
from cobra.util import create_stoichiometric_matrix

warnings.filterwarnings("ignore")
logging.getLogger("cobra").setLevel(logging.CRITICAL)
DELTAS = [0, 1e-9, 1e-8, 5e-8, 1e-7, 2e-7]


def main():
    path, questions = sys.argv[1], [argument.split(":") for argument in sys.argv[2:]]
    model = cobra.io.read_sbml_model(path)
    matrix = list(create_stoichiometric_matrix(model, array_type="dok").items())
    column = {reaction.id: j + 1 for j, reaction in enumerate(model.reactions)}
    objective = {column[r.id]: r.objective_coefficient for r in model.reactions if r.objective_coefficient}
    parameters = glpk.glp_smcp()
    glpk.glp_init_smcp(parameters)
    parameters.msg_lev = glpk.GLP_MSG_OFF
    parameters.tol_bnd = parameters.tol_dj = 1e-10

    def problem(floor=None):
        lp = glpk.glp_create_prob()
        glpk.glp_add_rows(lp, len(model.metabolites))
        glpk.glp_add_cols(lp, len(model.reactions))
        for row in range(len(model.metabolites)):
            glpk.glp_set_row_bnds(lp, row + 1, glpk.GLP_FX, 0, 0)
        for j, reaction in enumerate(model.reactions):
            lower, upper = reaction.bounds
            glpk.glp_set_col_bnds(lp, j + 1, glpk.GLP_FX if lower == upper else glpk.GLP_DB, lower, upper)
        ia, ja, ar = glpk.intArray(len(matrix) + 1), glpk.intArray(len(matrix) + 1), glpk.doubleArray(len(matrix) + 1)
        for k, ((i, j), value) in enumerate(matrix):
            ia[k + 1], ja[k + 1], ar[k + 1] = i + 1, j + 1, value
        glpk.glp_load_matrix(lp, len(matrix), ia, ja, ar)
        if floor is not None:
            row = glpk.glp_add_rows(lp, 1)
            glpk.glp_set_row_bnds(lp, row, glpk.GLP_LO, floor, 0)
            ind, val = glpk.intArray(len(objective) + 1), glpk.doubleArray(len(objective) + 1)
            for k, (j, coefficient) in enumerate(objective.items()):
                ind[k + 1], val[k + 1] = j, coefficient
            glpk.glp_set_mat_row(lp, row, len(objective), ind, val)
        return lp

    lp = problem()
    glpk.glp_set_obj_dir(lp, glpk.GLP_MAX)
    for j, coefficient in objective.items():
        glpk.glp_set_obj_coef(lp, j, coefficient)
    glpk.glp_simplex(lp, parameters)
    optimum = glpk.glp_get_obj_val(lp)
    glpk.glp_delete_prob(lp)
    print(f"optimum {optimum:.15g}")
    print("| objective ≥ optimum × (1 − δ) | " + " | ".join(f"{reaction} {side}" for reaction, side in questions) + " |")
    print("|---|" + "---|" * len(questions))
    for delta in DELTAS:
        cells = []
        for reaction, side in questions:
            lp = problem(optimum * (1 - delta))
            glpk.glp_set_obj_dir(lp, glpk.GLP_MIN if side == "min" else glpk.GLP_MAX)
            glpk.glp_set_obj_coef(lp, column[reaction], 1)
            glpk.glp_simplex(lp, parameters)
            optimal = glpk.glp_get_status(lp) == glpk.GLP_OPT
            cells.append(f"{glpk.glp_get_col_prim(lp, column[reaction]):.4g}" if optimal else "infeasible")
            glpk.glp_delete_prob(lp)
        print(f"| δ = {delta:g} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
