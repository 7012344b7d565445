"""Pick the postings to label, reproducibly, and print them for reading.

Rule (see README.md): for each dataset, the eligible pool is every record whose id resolves to
exactly one record, whose cleaned text has at least 300 characters, and whose text is not an exact
duplicate of an earlier eligible record (Goodwill and NYC repeat the same template text many
times). NYC keeps one row per Job ID (the first, Internal or External). With random.Random(SEED + dataset index)
we draw ceil(n/2) records from the eligible records that match KEYWORDS and fill the rest with
records drawn from all eligible records not yet chosen (plain random, so postings without
credentials are labelled too). The chosen list is shuffled with the same generator.

  python3 select_postings.py list            # dataset<TAB>id<TAB>kw<TAB>title, in labelling order
  python3 select_postings.py show DATASET N M # print texts of chosen items N..M-1 of a dataset
  python3 select_postings.py show-extra N M   # print texts of the 15 extra postings N..M-1
"""
import collections
import math
import random
import re
import sys

import postings_io as p

SEED = 20261123
TARGETS = [
    ("job-postings-zapply-healthcare", 60),
    ("job-postings-jobscraper-forks", 60),
    ("job-postings-goodwill-central-texas", 50),
    ("job-postings-nyc-sample", 50),
    ("job-postings-dice-tech-sample", 40),
    ("job-postings-usajobs-api-sample", 25),
]
KEYWORDS = re.compile(r"certif|licens|\bCDL\b|\bCNA\b|\bRN\b|OSHA|CompTIA|\bCPR\b|ServSafe", re.I)


def choose(dataset, n, index):
    recs = list(p.records(dataset))
    idc = collections.Counter(r["id"] for r in recs)
    seen_text, seen_job, pool = set(), set(), []
    for r in recs:
        if r["id"] is None or idc[r["id"]] != 1 or len(r["text"]) < 300:
            continue
        key = r["text"].lower()
        if key in seen_text:
            continue
        if dataset == "job-postings-nyc-sample":
            job = r["id"].split("|")[0]
            if job in seen_job:
                continue
            seen_job.add(job)
        seen_text.add(key)
        pool.append(r)
    rng = random.Random(SEED + index)
    kw = [r for r in pool if KEYWORDS.search(r["text"])]
    n = min(n, len(pool))
    chosen = rng.sample(kw, min(math.ceil(n / 2), len(kw)))
    ids = {r["id"] for r in chosen}
    rest = [r for r in pool if r["id"] not in ids]
    chosen += rng.sample(rest, n - len(chosen))
    rng.shuffle(chosen)
    for r in chosen:
        r["kw"] = bool(KEYWORDS.search(r["text"]))
    return chosen


# The 15 "anywhere" postings: jobscraper postings (the largest pool) that name a trade, driving or
# entry-level health credential, drawn with seed SEED + 6 from those not already chosen, so that
# credentials the main sample rarely reaches (CDL, CNA, forklift, food safety, OSHA) are tested too.
EXTRA_DATASET, EXTRA_N = "job-postings-jobscraper-forks", 15
EXTRA_KEYWORDS = re.compile(r"\bCDL\b|\bCNA\b|forklift|ServSafe|food handler|\bOSHA\b|EPA 608|journeyman|"
                            r"\bAWS D1|phlebotom|pharmacy tech|\bEMT\b|\bHHA\b|\bLPN\b", re.I)


def choose_extra():
    main_ids = {r["id"] for r in choose(EXTRA_DATASET, dict(TARGETS)[EXTRA_DATASET], 1)}
    recs = list(p.records(EXTRA_DATASET))
    seen, pool = set(), []
    for r in recs:
        key = r["text"].lower()
        if r["id"] in main_ids or len(r["text"]) < 300 or key in seen or not EXTRA_KEYWORDS.search(r["text"]):
            continue
        seen.add(key)
        pool.append(r)
    rng = random.Random(SEED + 6)
    chosen = rng.sample(pool, EXTRA_N)
    for r in chosen:
        r["kw"] = True
    return chosen


def main():
    if sys.argv[1] == "list":
        for i, (d, n) in enumerate(TARGETS):
            for r in choose(d, n, i):
                print(f"{d}\t{r['id']}\t{int(r['kw'])}\t{r['title'][:70]}")
        for r in choose_extra():
            print(f"{EXTRA_DATASET}\t{r['id']}\tx\t{r['title'][:70]}")
    elif sys.argv[1] == "show-extra":
        a, b = int(sys.argv[2]), int(sys.argv[3])
        for k, r in enumerate(choose_extra()[a:b], a):
            print(f"#### [x{k}] {EXTRA_DATASET} | {r['id_field']}={r['id']} | {r['title']}\n{r['text']}\n")
    elif sys.argv[1] == "show":
        d = sys.argv[2]
        i = [x[0] for x in TARGETS].index(d)
        a, b = int(sys.argv[3]), int(sys.argv[4])
        for k, r in enumerate(choose(d, dict(TARGETS)[d], i)[a:b], a):
            if len(sys.argv) > 5 and len(r["text"]) > int(sys.argv[5]):
                r["text"] = r["text"][:int(sys.argv[5])] + " [...]"
            print(f"#### [{k}] {d} | {r['id_field']}={r['id']} | {r['title']}\n{r['text']}\n")


if __name__ == "__main__":
    main()
