"""Pick the development postings, reproducibly, and print them for reading.

The development set (dev.jsonl) is a third sample, disjoint from postings.jsonl and heldout.jsonl,
drawn so that rule changes can be written from errors on postings other than the original 300
while the held-out set stays unread. Rule (see README.md):

- Pool per source: every record whose id resolves to exactly one record, whose cleaned text has at
  least 300 characters and is not an exact (case-insensitive) duplicate of an earlier record, that
  is in neither postings.jsonl nor heldout.jsonl (NYC: no row of a Job ID labelled in either; one
  row per Job ID), and whose text is not an exact duplicate of a labelled posting's text.
- Each pool is split into three strata: "cue" records are credential-like (as in
  select_heldout.py) and also carry a negation cue ("no CDL required", "not required",
  "no certification needed") or a grace-period cue ("within 90 days", "must obtain"), so that the
  rare levels negated and required_later are represented; "like" records are the other
  credential-like ones; "other" records are the rest.
- With random.Random(SEED + source index) the pool is shuffled and walked in order; a record is
  taken while its stratum's target is not met, unless it is a near duplicate (Jaccard >= 0.8 over
  word 5-shingles) of a posting of the same source in either labelled set or of one already
  taken. The chosen list is then shuffled with the same generator.

  python3 select_dev.py list                 # source<TAB>id<TAB>stratum<TAB>title, in labelling order
  python3 select_dev.py show SOURCE N M       # print texts of chosen items N..M-1 of a source
"""
import collections
import json
import os
import random
import re
import sys

import postings_io as p
from select_heldout import CREDENTIAL_TERMS, catalog_hit, catalog_patterns, jaccard, shingles

SEED = 20261208
# (source, cue target, credential-like target, other target)
TARGETS = [
    ("job-postings-zapply-healthcare", 6, 12, 2),
    ("job-postings-jobscraper-forks", 5, 13, 2),
    ("job-postings-goodwill-central-texas", 4, 12, 2),
    ("job-postings-nyc-sample", 3, 12, 2),
    ("job-postings-dice-tech-sample", 3, 12, 2),
    ("usajobs-questionnaires-sample", 2, 4, 0),
]
NEGATION = re.compile(
    r"\bno\s+(?:[\w+./-]+\s+){0,3}(?:required|needed|necessary)\b|\bnot\s+(?:required|needed|necessary)\b", re.I)
GRACE = re.compile(
    r"\bwithin\s+(?:\d+|one|two|three|six|twelve|thirty|sixty|ninety)\s*(?:\(\d+\)\s*)?(?:days?|weeks?|months?|years?)\b"
    r"|\bmust\s+(?:be\s+able\s+to\s+)?obtain\b", re.I)
HERE = os.path.dirname(os.path.abspath(__file__))


def labelled():
    out = collections.defaultdict(set)
    for name in ("postings.jsonl", "heldout.jsonl"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                out[o["dataset"]].add(o["id"])
    return out


def stratum(text, pats):
    if not (CREDENTIAL_TERMS.search(text) or catalog_hit(text, pats)):
        return "other"
    return "cue" if NEGATION.search(text) or GRACE.search(text) else "like"


def choose(dataset, index, pats, done):
    _, n_cue, n_like, n_other = TARGETS[index]
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
    want = {"cue": n_cue, "like": n_like, "other": n_other}
    chosen, taken_sh = [], []
    for r in pool:
        if not any(want.values()):
            break
        s = stratum(r["text"], pats)
        if not want[s]:
            continue
        sh = shingles(r["text"])
        if any(jaccard(sh, g) >= 0.8 for g in gold_sh + taken_sh):
            continue
        r["stratum"] = s
        chosen.append(r)
        taken_sh.append(sh)
        want[s] -= 1
    rng.shuffle(chosen)
    return chosen


def main():
    pats = catalog_patterns()
    done = labelled()
    if sys.argv[1] == "list":
        for i, t in enumerate(TARGETS):
            for r in choose(t[0], i, pats, done):
                print(f"{t[0]}\t{r['id']}\t{r['stratum']}\t{r['title'][:70]}")
    elif sys.argv[1] == "show":
        d = sys.argv[2]
        i = [x[0] for x in TARGETS].index(d)
        a, b = int(sys.argv[3]), int(sys.argv[4])
        for k, r in enumerate(choose(d, i, pats, done)[a:b], a):
            print(f"#### [{k}] {d} | {r['id_field']}={r['id']} | {r['stratum']} | {r['title']}\n{r['text']}\n")


if __name__ == "__main__":
    main()
