#!/usr/bin/env python3
"""Check that batch records equal `metadesign pathway evaluate` run alone, one at a time.

    python3 bench/batch_agreement.py RESULTS.jsonl [--sample 40] [--tolerance 1e-6] [--jobs 2]

RESULTS.jsonl is the output of a `pathway` batch (e.g. examples/batch/all-routes.yaml). A
deterministic sample is drawn from its records that solved LPs (statuses optimal,
no_production, infeasible, solver_failure; not skipped, failed, unresolved_metabolites or
invalid, which stop before any LP): records are grouped by chassis × substrate × aeration, each group sorted by record
key, and groups are visited round robin until --sample records are taken, so every condition
is represented. Each sampled record is recomputed with

    metadesign pathway evaluate --chassis C --pathway P --substrate S --aeration A
        --points N --growth-fraction F --format json

and every key of that JSON is compared with the record (numbers to --tolerance relative, with
an absolute floor of 1e-9; the envelope as its (x, least, most) points; limiting cofactors
whose values tie may swap names, see bench/batch_compare.py). Exits 1 on any disagreement.
Needs a release build (.build/release/metadesign).
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from batch_compare import differences  # noqa: E402

# Records whose evaluation solved no LP (not set up, route not insertable): not sampled.
UNSOLVED = ("skipped", "failed", "unresolved_metabolites", "invalid")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "metadesign")


def sample(records, size):
    groups = {}
    for record in records:
        if record["status"] in UNSOLVED:
            continue
        groups.setdefault((record["chassis"], record["substrate"], record["aeration"]), []).append(record)
    if not groups:
        return []
    per_group = -(-size // len(groups))
    spread = []
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda record: record["record_key"])
        count = min(per_group, len(members))
        # evenly spaced through the group's routes
        spread.append([members[(index * len(members)) // count] for index in range(count)])
    picked = []
    for round_ in range(per_group):
        for members in spread:
            if round_ < len(members) and len(picked) < size:
                picked.append(members[round_])
    return picked


def envelope_points(envelope):
    if envelope is None or envelope.get("status") != "optimal":
        return None
    points = []
    for point in envelope["points"]:
        low, high = point["minimum"], point["maximum"]
        if low.get("flux") is None or high.get("flux") is None:
            continue
        points.append([point["x"], low["flux"], high["flux"]])
    return points


def evaluate_alone(record, points, fraction):
    command = [BINARY, "pathway", "evaluate", "--chassis", record["chassis"], "--pathway", record["pathway"],
               "--substrate", record["substrate"], "--aeration", record["aeration"], "--points", str(points),
               "--growth-fraction", str(fraction), "--format", "json"]
    done = subprocess.run(command, capture_output=True, text=True)
    try:
        return json.loads(done.stdout), command
    except json.JSONDecodeError:
        return {"error": (done.stderr or done.stdout).strip()[:300]}, command


def compare(record, alone, tolerance):
    found = []
    for key, value in alone.items():
        if key == "envelope":
            expected = envelope_points(value)
            got = record["envelope"]["points"] if record.get("envelope") else None
            found += differences(expected, got, tolerance, ".envelope.points")
        elif key not in record:
            found.append((f".{key}", value, "<missing in record>"))
        else:
            found += differences({key: value}, {key: record[key]}, tolerance)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("results")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--tolerance", type=float, default=1e-6)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--points", type=int, default=10, help="the plan's envelope_points")
    parser.add_argument("--growth-fraction", type=float, default=0.1, help="the plan's growth_fraction")
    arguments = parser.parse_args()
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --product metadesign")
    with open(arguments.results) as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    chosen = sample(records, arguments.sample)
    with ThreadPoolExecutor(arguments.jobs) as pool:
        alone = list(pool.map(lambda record: evaluate_alone(record, arguments.points, arguments.growth_fraction), chosen))
    agree = 0
    conditions = set()
    for record, (result, command) in zip(chosen, alone):
        conditions.add((record["chassis"], record["substrate"], record["aeration"]))
        if "error" in result:
            print(f"DISAGREE {record['record_key']}: pathway evaluate failed: {result['error']}")
            continue
        found = compare(record, result, arguments.tolerance)
        if found:
            print(f"DISAGREE {record['record_key']} ({record['status']}):")
            for path, a, b in found[:8]:
                print(f"    {path}: alone {json.dumps(a)[:100]}  batch {json.dumps(b)[:100]}")
        else:
            agree += 1
    statuses = {}
    for record in chosen:
        statuses[record["status"]] = statuses.get(record["status"], 0) + 1
    print(f"{agree} of {len(chosen)} sampled records agree with `pathway evaluate` run alone "
          f"(tolerance {arguments.tolerance:g} relative); {len(conditions)} chassis x substrate x aeration conditions; "
          f"statuses {statuses}")
    sys.exit(0 if agree == len(chosen) else 1)


if __name__ == "__main__":
    main()
