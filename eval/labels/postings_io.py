"""Read the staged job-posting and USAJOBS questionnaire samples in ../shared/data (beside the repository) as (dataset, file, id_field, id, title, text).

Shared by select_postings.py (which picks and prints postings for labelling) and
validate_labels.py (which checks that every label resolves to exactly one record).
"""
import csv
import gzip
import html
import io
import json
import os
import re

DATA = os.environ.get("CREDVAL_SHARED_DATA", os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data")))

DATASETS = {
    "job-postings-zapply-healthcare": ("zapply_healthcare_postings.jsonl.gz", "job_id"),
    "job-postings-jobscraper-forks": ("jobscraper_forks_postings.jsonl.gz", "id"),
    "job-postings-goodwill-central-texas": ("goodwill_central_texas_postings.jsonl.gz", "external_job_id|job_key"),
    "job-postings-nyc-sample": ("nyc_jobs_postings_sample.mojibake_fixed.csv.gz", "Job ID+Posting Type"),
    "job-postings-dice-tech-sample": ("dice_com_job_us_sample_subset.csv.gz", "row_index"),
    "job-postings-usajobs-api-sample": ("usajobs_search_api_example_results.json.gz", "MatchedObjectId"),
    "usajobs-questionnaires-sample": ("usajobs_questionnaires_sample_8000.jsonl.gz", "file"),
}

_TAG = re.compile(r"<[^>]+>")


def clean(s):
    if s is None:
        return ""
    if not isinstance(s, str):
        s = json.dumps(s, ensure_ascii=False)
    s = html.unescape(_TAG.sub(" ", html.unescape(s)))
    return re.sub(r"\s+", " ", s).strip()


def records(dataset):
    """Yield dicts with id_field, id, title, text for every record of a dataset, in file order."""
    fname, _ = DATASETS[dataset]
    path = os.path.join(DATA, dataset, fname)
    if dataset == "job-postings-zapply-healthcare":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                if r.get("job_id"):
                    idf, rid = "job_id", r["job_id"]
                else:
                    idf, rid = "line", str(n)
                # job_highlights only restates sentences of job_description, so it is not printed
                yield dict(id_field=idf, id=rid, title=r.get("job_title", ""), text=clean(r.get("job_description")))
    elif dataset == "job-postings-jobscraper-forks":  # noqa
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                yield dict(id_field="id", id=r["id"], title=r.get("title", ""), text=clean(r.get("description")))
    elif dataset == "job-postings-goodwill-central-texas":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if r.get("external_job_id"):
                    idf, rid = "external_job_id", r["external_job_id"]
                elif r.get("job_key"):
                    idf, rid = "job_key", r["job_key"]
                else:  # 48 rows carry neither key: not addressable, never labelled
                    idf, rid = None, None
                text = clean(r.get("description")) + ((" || QUALIFICATIONS: " + clean(r["qualifications"])) if r.get("qualifications") else "")
                yield dict(id_field=idf, id=rid, title=r.get("title", ""), text=text)
    elif dataset == "job-postings-nyc-sample":
        with gzip.open(path, "rt", encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f):
                parts = []
                for col in ("Job Description", "Minimum Qual Requirements", "Preferred Skills", "Additional Information"):
                    parts.append(col.upper() + ": " + clean(r.get(col)))
                yield dict(id_field="Job ID+Posting Type", id=r["Job ID"] + "|" + r["Posting Type"],
                           title=r.get("Business Title", "") + " [" + r.get("Civil Service Title", "") + "]",
                           text=" || ".join(parts))
    elif dataset == "usajobs-questionnaires-sample":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                yield dict(id_field="file", id=r["file"], title=r.get("position_title") or "", text=clean(r.get("text")))
    elif dataset == "job-postings-dice-tech-sample":
        with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
            rd = csv.reader(f)
            next(rd)
            for row in rd:
                yield dict(id_field="row_index", id=row[0], title=row[2], text=clean(row[1]))
    elif dataset == "job-postings-usajobs-api-sample":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            d = json.load(f)
        for it in d["SearchResult"]["SearchResultItems"]:
            m = it["MatchedObjectDescriptor"]
            det = m.get("UserArea", {}).get("Details", {})
            parts = ["QUALIFICATIONSUMMARY: " + clean(m.get("QualificationSummary"))]
            for k in ("JobSummary", "MajorDuties", "Education", "Requirements", "KeyRequirements", "Evaluations", "OtherInformation", "RequiredDocuments"):
                parts.append(k.upper() + ": " + clean(det.get(k)))
            yield dict(id_field="MatchedObjectId", id=str(it["MatchedObjectId"]), title=m.get("PositionTitle", ""),
                       text=" || ".join(parts))
