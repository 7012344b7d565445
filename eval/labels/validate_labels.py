"""Check the label files: codes in the catalog, allowed requirement levels, each (dataset, id)
resolving to exactly one record of its file, and no duplicate postings or codes. With no argument
it checks postings.jsonl, heldout.jsonl and dev.jsonl and also that no posting (for NYC, no Job ID)
is in two of them, so the held-out set stays unseen and the dev set stays separate.

  python3 eval/labels/validate_labels.py [path/to/labels.jsonl ...]
Exit status 0 when every file is valid; problems are printed one a line.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import postings_io as p  # noqa: E402

CATALOG = os.path.join(HERE, "..", "..", "credval-core", "src", "main", "resources", "org", "credval", "core",
                       "catalog", "credentials.tsv")
LEVELS = ["required", "required_later", "alternative", "preferred", "mentioned", "negated"]
KEYS = ["dataset", "file", "id_field", "id", "title", "credentials", "not_in_catalog", "notes"]


def main():
    paths = sys.argv[1:] or [os.path.join(HERE, n) for n in ("postings.jsonl", "heldout.jsonl", "dev.jsonl")]
    with open(CATALOG, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    codes = {r[0] for r in rows[1:]}
    ids = {}
    for d in p.DATASETS:
        c = collections.Counter()
        fields = {}
        for r in p.records(d):
            if r["id"] is not None:
                c[r["id"]] += 1
                fields[r["id"]] = r["id_field"]
        ids[d] = (c, fields)
    status, owner = 0, {}
    for path in paths:
        problems, keys = check(path, codes, ids)
        for key in keys:
            if key in owner:
                problems.append(f"{key[0]} {key[1]} is in both {owner[key]} and {os.path.basename(path)}")
            owner[key] = os.path.basename(path)
        for pr in problems:
            print(f"{os.path.basename(path)}: {pr}")
        print(f"{os.path.basename(path)}: {len(keys)} postings, {len(problems)} problems")
        status = status or (1 if problems else 0)
    return status


def posting_key(dataset, rid):
    # an NYC Job ID has an Internal and an External row with the same text
    return (dataset, rid.split("|")[0] if dataset == "job-postings-nyc-sample" else rid)


def check(path, codes, ids):
    problems, seen, keys = [], set(), []
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            o = json.loads(line)
        except ValueError as e:
            problems.append(f"line {ln}: not JSON ({e})")
            continue
        missing = [k for k in KEYS if k not in o]
        if missing:
            problems.append(f"line {ln}: missing {missing}")
            continue
        d = o["dataset"]
        if d not in p.DATASETS:
            problems.append(f"line {ln}: unknown dataset {d}")
            continue
        if o["file"] != p.DATASETS[d][0]:
            problems.append(f"line {ln}: file {o['file']} is not {p.DATASETS[d][0]}")
        c, fields = ids[d]
        if c[o["id"]] != 1:
            problems.append(f"line {ln}: id {o['id']} matches {c[o['id']]} records in {d}")
        elif fields[o["id"]] != o["id_field"]:
            problems.append(f"line {ln}: id_field {o['id_field']} should be {fields[o['id']]}")
        if (d, o["id"]) in seen:
            problems.append(f"line {ln}: duplicate posting {d} {o['id']}")
        seen.add((d, o["id"]))
        keys.append(posting_key(d, o["id"]))
        cc = collections.Counter()
        for cr in o["credentials"]:
            cc[cr.get("code")] += 1
            if cr.get("code") not in codes:
                problems.append(f"line {ln}: code {cr.get('code')} not in catalog")
            if cr.get("requirement") not in LEVELS:
                problems.append(f"line {ln}: requirement {cr.get('requirement')} not one of {LEVELS}")
            ev = cr.get("evidence", "")
            if not ev or len(ev.split()) > 12:
                problems.append(f"line {ln}: evidence for {cr.get('code')} empty or over 12 words")
        for code, k in cc.items():
            if k > 1:
                problems.append(f"line {ln}: code {code} listed {k} times")
    return problems, keys


if __name__ == "__main__":
    sys.exit(main())
