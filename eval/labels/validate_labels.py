"""Check eval/labels/postings.jsonl: codes in the catalog, allowed requirement levels, each
(dataset, id) resolving to exactly one record of its file, and no duplicate postings or codes.

  python3 eval/labels/validate_labels.py [path/to/postings.jsonl]
Exit status 0 when the file is valid; problems are printed one a line.
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
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "postings.jsonl")
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
    problems, seen = [], set()
    n = 0
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        n += 1
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
    for pr in problems:
        print(pr)
    print(f"{n} postings, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
