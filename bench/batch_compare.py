#!/usr/bin/env python3
"""Compare two batch result streams record by record (matched by record_key).

    python3 bench/batch_compare.py BEFORE.jsonl AFTER.jsonl [--tolerance 1e-6] [--show 20]

Every field is compared except the run's own (seconds, plan/model sha256, version, index):
strings, lists and nulls exactly, numbers to a relative tolerance (|a - b| <= tol * max(|a|, |b|),
with an absolute floor of 1e-9 for values near 0). Score notes are compared as text. Exits 1 when
any record differs or a key is missing on one side.
"""
import argparse
import json
import sys

IGNORED = {"seconds", "plan_sha256", "model_sha256", "metadesign_version", "combination_index", "combination_total"}


def load(path):
    records = {}
    with open(path) as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[record["record_key"]] = record
    return records


def differences(a, b, tolerance, path=""):
    if isinstance(a, bool) or isinstance(b, bool):
        return [] if a == b else [(path, a, b)]
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        scale = max(abs(a), abs(b))
        return [] if abs(a - b) <= max(tolerance * scale, 1e-9) else [(path, a, b)]
    if isinstance(a, dict) and isinstance(b, dict):
        found = []
        for key in sorted(set(a) | set(b)):
            if path == "" and key in IGNORED:
                continue
            if key not in a or key not in b:
                found.append((f"{path}.{key}", a.get(key, "<missing>"), b.get(key, "<missing>")))
            else:
                found += differences(a[key], b[key], tolerance, f"{path}.{key}")
        return found
    if path == ".limiting_cofactors" and isinstance(a, list) and isinstance(b, list):
        return cofactor_differences(a, b, tolerance, path)
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [(path + "[len]", len(a), len(b))]
        found = []
        for index, (x, y) in enumerate(zip(a, b)):
            found += differences(x, y, tolerance, f"{path}[{index}]")
        return found
    return [] if a == b else [(path, a, b)]


def cofactor_differences(a, b, tolerance, path):
    """The values must agree position by position; a cofactor's name may differ where its
    value ties (to the tolerance) with another listed value, as NADH and NADPH often do."""
    if len(a) != len(b):
        return [(path + "[len]", len(a), len(b))]
    found = []
    for index, (x, y) in enumerate(zip(a, b)):
        found += differences(x["value"], y["value"], tolerance, f"{path}[{index}].value")
        tied = any(j != index and abs(x["value"] - other["value"]) <= tolerance * abs(x["value"]) for j, other in enumerate(a))
        tied_at_cut = index == len(a) - 1  # a tie with a cofactor left out of the top list
        if x["cofactor"] != y["cofactor"] and not (tied or tied_at_cut):
            found.append((f"{path}[{index}].cofactor", x["cofactor"], y["cofactor"]))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--tolerance", type=float, default=1e-6)
    parser.add_argument("--show", type=int, default=20)
    arguments = parser.parse_args()
    before, after = load(arguments.before), load(arguments.after)
    missing = sorted(set(before) ^ set(after))
    differing = {}
    for key in sorted(set(before) & set(after)):
        found = differences(before[key], after[key], arguments.tolerance)
        if found:
            differing[key] = found
    print(f"{len(set(before) & set(after))} records in both, {len(missing)} in only one, "
          f"{len(differing)} differ beyond {arguments.tolerance:g} relative")
    fields = {}
    for found in differing.values():
        for path, _, _ in found:
            field = path.split("[")[0]
            fields[field] = fields.get(field, 0) + 1
    for field, count in sorted(fields.items(), key=lambda item: -item[1]):
        print(f"  {field}: {count}")
    shown = 0
    for key, found in differing.items():
        for path, a, b in found:
            if shown < arguments.show:
                print(f"  {key} {path}: {json.dumps(a)[:120]} -> {json.dumps(b)[:120]}")
                shown += 1
    for key in missing[:arguments.show]:
        print(f"  only in {'before' if key in before else 'after'}: {key}")
    sys.exit(1 if differing or missing else 0)


if __name__ == "__main__":
    main()
