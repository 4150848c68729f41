#!/usr/bin/env python3
"""Runs FVA (fraction 1.0 and 0.9), single gene deletion and pFBA with metadesign and with
COBRApy (GLPK, 2 processes) on the same models, compares every number and reports
timings and peak memory.

    python3 bench/analysis_vs_cobra.py models/*.gz [--json bench/results/analysis.json]

Every run (each tool, each analysis) is a separate process under /usr/bin/time, which gives
its peak resident memory (max RSS of the largest process; COBRApy's worker processes are
counted separately, not summed). Times:
- metadesign: the whole process (start, load, analysis, CSV out) and the analysis alone
  (`--timings`), medians of `--repeats` runs;
- COBRApy: the analysis call alone (model already loaded), `processes=2`, and its load.
The headline speed-up is the conservative one, metadesign's whole process against
COBRApy's analysis call; the analysis-only ratio is reported beside it.

Agreement: |a - b| <= 1e-6 * max(1, |b|); infeasible deletions must be infeasible in both.
Needs a release build (.build/release/metadesign). Prints Markdown table rows and exits
non-zero on any mismatch.
"""
import argparse
import csv
import gzip
import io
import json
import logging
import math
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")
PROCESSES = 2
ANALYSES = ("fva1", "fva09", "genes", "pfba")
LABELS = {"fva1": "FVA fraction 1.0", "fva09": "FVA fraction 0.9", "genes": "single gene deletion", "pfba": "pFBA total flux"}


def timed(command, timeout=None):
    """Runs `command` under /usr/bin/time; returns (stdout, stderr without the time line, wall s, peak KiB).

    A run that outlives `timeout` seconds is killed with its whole process group (COBRApy's
    worker processes too) and reported as an error: GLPK without a time limit can run
    forever (COBRApy's single_gene_deletion on iNF517 never finishes).
    """
    start = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-f", "@@peak %M"] + command, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise RuntimeError(f"did not finish in {timeout:.0f} s")
    run = subprocess.CompletedProcess(command, process.returncode, stdout, stderr)
    elapsed = time.perf_counter() - start
    lines = run.stderr.splitlines()
    peak = next(int(line.split()[1]) for line in reversed(lines) if line.startswith("@@peak "))
    stderr = "\n".join(line for line in lines if not line.startswith("@@peak "))
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({run.returncode}): {stderr[-2000:]}")
    return run.stdout, stderr, elapsed, peak


# --- COBRApy side: one process per (model, analysis) -------------------------------------

def read_cobra_model(path):
    import cobra
    if ".json" in path:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt") as handle:
            return cobra.io.load_json_model(handle)
    return cobra.io.read_sbml_model(path)


def cobra_worker(path, analysis, output):
    warnings.filterwarnings("ignore")
    import cobra
    from cobra.flux_analysis import flux_variability_analysis, pfba, single_gene_deletion
    logging.getLogger("cobra").setLevel(logging.CRITICAL)
    cobra.Configuration().solver = "glpk"
    start = time.perf_counter()
    model = read_cobra_model(path)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    if analysis in ("fva1", "fva09"):
        frame = flux_variability_analysis(model, fraction_of_optimum=1.0 if analysis == "fva1" else 0.9, processes=PROCESSES)
        values = {reaction: [row["minimum"], row["maximum"]] for reaction, row in frame.iterrows()}
    elif analysis == "genes":
        frame = single_gene_deletion(model, processes=PROCESSES)
        values = {next(iter(ids)): (growth if status == "optimal" else None)
                  for ids, growth, status in zip(frame["ids"], frame["growth"], frame["status"])}
    else:
        values = pfba(model).objective_value
    elapsed = time.perf_counter() - start
    with open(output, "w") as handle:
        json.dump({"load": loaded, "analysis": elapsed, "values": values}, handle)


def theirs(path, analysis, timeout):
    handle, output = tempfile.mkstemp(suffix=".json")
    os.close(handle)
    try:
        _, _, wall, peak = timed([sys.executable, os.path.abspath(__file__), "--worker", path, analysis, output], timeout)
        with open(output) as result:
            data = json.load(result)
    finally:
        os.unlink(output)
    data.update(wall=wall, peak=peak)
    return data


# --- metadesign side ----------------------------------------------------------------------

def ours(path, analysis, repeats=1):
    """metadesign's answer, with the median wall and analysis time of `repeats` runs and the largest peak."""
    runs = [ours_once(path, analysis) for _ in range(max(1, repeats))]
    middle = lambda key: statistics.median(run[key] for run in runs)
    return {"values": runs[0]["values"], "wall": middle("wall"), "analysis": middle("analysis"),
            "load": middle("load"), "peak": max(run["peak"] for run in runs)}


def ours_once(path, analysis):
    command = {
        "fva1": ["fva", path, "--fraction", "1.0", "--format", "csv"],
        "fva09": ["fva", path, "--fraction", "0.9", "--format", "csv"],
        "genes": ["delete", "genes", path, "--format", "csv"],
        "pfba": ["pfba", path, "--format", "json"],
    }[analysis]
    jobs = [] if analysis == "pfba" else ["--jobs", str(PROCESSES)]
    stdout, stderr, wall, peak = timed([BINARY] + command + jobs + ["--timings"])
    fields = dict(part.split("=") for line in stderr.splitlines() if line.startswith("timings:") for part in line.split()[1:])
    if analysis == "pfba":
        values = json.loads(stdout)["total_flux"]
    elif analysis == "genes":
        values = {row["ids"]: (float(row["growth"]) if row["growth"] else None) for row in csv.DictReader(io.StringIO(stdout))}
    else:
        values = {row["reaction"]: [float(row["minimum"]), float(row["maximum"])] for row in csv.DictReader(io.StringIO(stdout))}
    return {"values": values, "wall": wall, "peak": peak,
            "load": float(fields["load"].rstrip("s")), "analysis": float(fields["analysis"].rstrip("s"))}


# --- comparison ---------------------------------------------------------------------------

def close(a, b):
    missing = lambda x: x is None or (isinstance(x, float) and math.isnan(x))
    if missing(a) or missing(b):
        return missing(a) and missing(b)
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def mismatches(analysis, mine, theirs_values):
    if analysis == "pfba":
        return [] if close(mine, theirs_values) else ["total flux"]
    if analysis == "genes":
        return [gene for gene, growth in mine.items() if not close(growth, theirs_values.get(gene))]
    return [reaction for reaction, (low, high) in mine.items()
            if not (close(low, theirs_values[reaction][0]) and close(high, theirs_values[reaction][1]))]


def has_genes(path):
    stdout = subprocess.run([BINARY, "model", "info", path, "--format", "json"], capture_output=True, text=True, check=True).stdout
    return json.loads(stdout)["genes"] > 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("models", nargs="+")
    parser.add_argument("--analyses", nargs="+", default=list(ANALYSES), choices=ANALYSES)
    parser.add_argument("--json", help="also write every measurement to this file")
    parser.add_argument("--repeats", type=int, default=1, help="metadesign runs per measurement (median time)")
    parser.add_argument("--timeout", type=float, default=900, help="seconds before a COBRApy run is given up (default 900)")
    options = parser.parse_args()
    results = []
    for path in options.models:
        name = os.path.basename(path)
        for analysis in options.analyses:
            if analysis == "genes" and not has_genes(path):
                continue
            mine = ours(path, analysis, options.repeats)
            try:
                other = theirs(path, analysis, options.timeout)
            except RuntimeError as error:
                other = {"error": str(error).splitlines()[-1][:200]}
            entry = {"model": name, "analysis": analysis, "metadesign": mine, "cobrapy": other}
            if "values" in other:
                entry["mismatches"] = mismatches(analysis, mine["values"], other["values"])
            results.append(entry)
            print(f"{name} {analysis}: done", file=sys.stderr, flush=True)
            if options.json:
                os.makedirs(os.path.dirname(os.path.abspath(options.json)), exist_ok=True)
                with open(options.json, "w") as handle:
                    json.dump([{k: v for k, v in r.items() if k not in ("metadesign", "cobrapy")} |
                               {"metadesign": {k: v for k, v in r["metadesign"].items() if k != "values"},
                                "cobrapy": {k: v for k, v in r["cobrapy"].items() if k != "values"}}
                               for r in results], handle, indent=1)
    print(f"| model | analysis | values | mismatches (>1e-6) | metadesign s: process (analysis) | COBRApy s: analysis ({PROCESSES} processes) "
          "| speed-up: process vs analysis (analysis vs analysis) | peak RSS MiB: metadesign / COBRApy |")
    print("|---|---|---|---|---|---|---|---|")
    failures = 0
    for entry in results:
        mine, other = entry["metadesign"], entry["cobrapy"]
        label = LABELS[entry["analysis"]]
        count = 1 if entry["analysis"] == "pfba" else len(mine["values"])
        if entry["analysis"] == "pfba":
            label += f" {mine['values']:.9g}" + (f" vs {other['values']:.9g}" if "values" in other else "")
        if "error" in other:
            print(f"| {entry['model']} | {label} | {count} | COBRApy failed: {other['error']} | {mine['wall']:.2f} ({mine['analysis']:.2f}) | – | – "
                  f"| {mine['peak'] / 1024:.0f} / – |")
            continue
        bad = entry["mismatches"]
        failures += len(bad)
        examples = f" e.g. {', '.join(bad[:3])}" if bad else ""
        print(f"| {entry['model']} | {label} | {count} | {len(bad)}{examples} | {mine['wall']:.2f} ({mine['analysis']:.2f}) "
              f"| {other['analysis']:.2f} | {other['analysis'] / mine['wall']:.1f}× ({other['analysis'] / mine['analysis']:.1f}×) "
              f"| {mine['peak'] / 1024:.0f} / {other['peak'] / 1024:.0f} |")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        cobra_worker(*sys.argv[2:])
    else:
        main()
