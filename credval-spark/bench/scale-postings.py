#!/usr/bin/env python3
"""Writes COPIES perturbed copies of normalized postings (credval extract --postings-out JSON lines),
for benchmarks that need more input than the real files hold. Copy k of a posting (k = 0 is the
posting itself) has the source id suffixed "~k", and in its title and each section the lines
rotated by k and every digit shifted by k, as credval's `bench extract-scale` generates postings:
the same length and kind of text, but no two copies read alike.
Usage: scale-postings.py <postings.jsonl> <out.jsonl> <copies>"""
import json
import os
import sys


DIGITS = "0123456789"


def perturb(text, copy):
    if not text or copy == 0:
        return text
    lines = text.split("\n")
    d = copy % len(lines)
    if d:
        lines = lines[-d:] + lines[:-d]
    shift = str.maketrans(DIGITS, DIGITS[copy % 10:] + DIGITS[:copy % 10])
    return "\n".join(lines).translate(shift)


def main(src, dst, copies):
    with open(src, encoding="utf-8") as f:
        postings = [line for line in f if line.strip()]
    partial = dst + ".partial"
    with open(partial, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for line in postings:
                if copy == 0:
                    out.write(line if line.endswith("\n") else line + "\n")
                    continue
                p = json.loads(line)
                p["source_id"] = f"{p['source_id']}~{copy}"
                p["title"] = perturb(p.get("title"), copy)
                for s in p.get("sections") or []:
                    s["text"] = perturb(s.get("text"), copy)
                out.write(json.dumps(p, ensure_ascii=False, separators=(",", ":")) + "\n")
    os.replace(partial, dst)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
