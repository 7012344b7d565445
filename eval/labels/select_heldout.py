"""Pick the held-out postings, reproducibly, and print them for reading.

The held-out set (heldout.jsonl) measures the extractor on postings that no rule was written from:
it was drawn, labelled and scored before any rule change that followed it. Rule (see README.md):

- Pool per source: every record whose id resolves to exactly one record, whose cleaned text has at
  least 300 characters and is not an exact (case-insensitive) duplicate of an earlier record, that
  is not in postings.jsonl (NYC: no row of an already labelled Job ID; one row per Job ID), and
  whose text is not an exact duplicate of a labelled posting's text.
- Each pool is split into "credential-like" records (a catalog name or alias occurs, see
  catalog_hit, or CREDENTIAL_TERMS matches) and the rest.
- With random.Random(SEED + source index) the pool is shuffled and walked in order; a record is
  taken while its stratum's target is not met, unless it is a near duplicate (Jaccard >= 0.8 over
  word 5-shingles) of a labelled posting of the same source or of one already taken. The chosen
  list is then shuffled with the same generator.

  python3 select_heldout.py list                 # source<TAB>id<TAB>stratum<TAB>title, in labelling order
  python3 select_heldout.py show SOURCE N M       # print texts of chosen items N..M-1 of a source
"""
import collections
import json
import os
import random
import re
import sys

import postings_io as p

SEED = 20261207
# (source, credential-like target, other target). The USAJOBS API sample has 25 records, all in
# postings.jsonl, so it has nothing left to draw; its questionnaires stand in for federal postings.
TARGETS = [
    ("job-postings-zapply-healthcare", 24, 4),
    ("job-postings-jobscraper-forks", 24, 4),
    ("job-postings-goodwill-central-texas", 22, 4),
    ("job-postings-nyc-sample", 22, 4),
    ("job-postings-dice-tech-sample", 22, 4),
    ("usajobs-questionnaires-sample", 6, 0),
]
CREDENTIAL_TERMS = re.compile(
    r"certified|certification|certificate|licen[sc]e|\bCDL\b|\bCNA\b|\bRN\b|\bLPN\b|\bEMT\b|OSHA|CompTIA|"
    r"\bCPR\b|\bBLS\b|ServSafe|forklift|journeyman|HAZWOPER", re.I)
HERE = os.path.dirname(os.path.abspath(__file__))
CATALOG = os.path.join(HERE, "..", "..", "credval-core", "src", "main", "resources", "org", "credval", "core",
                       "catalog", "credentials.tsv")


def catalog_patterns():
    """Every catalog name and alias as a whole-word pattern: exact case when the phrase has no
    lower-case letter or at most 4 characters (CNA, RN, A+), any case otherwise."""
    names = set()
    with open(CATALOG, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            names.add(cols[1])
            names.update(a for a in cols[2].split("|") if a)
    exact, folded = [], []
    for n in sorted(names):
        (exact if len(n) <= 4 or n == n.upper() else folded).append(re.escape(n))
    edge = r"(?<![A-Za-z0-9])(?:%s)(?![A-Za-z0-9])"
    return re.compile(edge % "|".join(exact)), re.compile(edge % "|".join(folded), re.I)


def catalog_hit(text, pats):
    return any(pt.search(text) for pt in pats)


def shingles(text):
    w = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(w[i:i + 5]) for i in range(max(1, len(w) - 4))}


def jaccard(a, b):
    return len(a & b) / max(1, len(a | b))


def labelled():
    out = collections.defaultdict(set)
    with open(os.path.join(HERE, "postings.jsonl"), encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            out[o["dataset"]].add(o["id"])
    return out


def choose(dataset, index, pats, done):
    _, n_like, n_other = TARGETS[index]
    recs = list(p.records(dataset))
    idc = collections.Counter(r["id"] for r in recs)
    gold_ids = done[dataset]
    gold_jobs = {i.split("|")[0] for i in gold_ids}
    gold = [r for r in recs if r["id"] in gold_ids]
    gold_text = {r["text"].lower() for r in gold}
    gold_sh = [shingles(r["text"]) for r in gold]
    seen_text, seen_job, pool = set(), set(), []
    for r in recs:
        if r["id"] is None or idc[r["id"]] != 1 or len(r["text"]) < 300 or r["id"] in gold_ids:
            continue
        key = r["text"].lower()
        if key in seen_text or key in gold_text:
            continue
        if dataset == "job-postings-nyc-sample":
            job = r["id"].split("|")[0]
            if job in seen_job or job in gold_jobs:
                continue
            seen_job.add(job)
        seen_text.add(key)
        pool.append(r)
    rng = random.Random(SEED + index)
    rng.shuffle(pool)
    want = {"like": n_like, "other": n_other}
    chosen, taken_sh = [], []
    for r in pool:
        if not any(want.values()):
            break
        stratum = "like" if CREDENTIAL_TERMS.search(r["text"]) or catalog_hit(r["text"], pats) else "other"
        if not want[stratum]:
            continue
        sh = shingles(r["text"])
        if any(jaccard(sh, g) >= 0.8 for g in gold_sh + taken_sh):
            continue
        r["stratum"] = stratum
        chosen.append(r)
        taken_sh.append(sh)
        want[stratum] -= 1
    rng.shuffle(chosen)
    return chosen


def main():
    pats = catalog_patterns()
    done = labelled()
    if sys.argv[1] == "list":
        for i, (d, _, _) in enumerate(TARGETS):
            for r in choose(d, i, pats, done):
                print(f"{d}\t{r['id']}\t{r['stratum']}\t{r['title'][:70]}")
    elif sys.argv[1] == "show":
        d = sys.argv[2]
        i = [x[0] for x in TARGETS].index(d)
        a, b = int(sys.argv[3]), int(sys.argv[4])
        for k, r in enumerate(choose(d, i, pats, done)[a:b], a):
            print(f"#### [{k}] {d} | {r['id_field']}={r['id']} | {r['stratum']} | {r['title']}\n{r['text']}\n")


if __name__ == "__main__":
    main()
