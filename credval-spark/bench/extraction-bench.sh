#!/usr/bin/env bash
# Spark extraction job against the plain engine on the same normalized postings: the job's fixed
# overhead (a run over a handful of postings) and its throughput per core at local[1] and local[2]
# against credval-core's MentionExtractor on one thread, with the ratios. Also checks that both
# engines wrote the same mention lines. The input is the job-scraper postings, normalized, and
# COPIES-1 perturbed copies of them (scale-postings.py), so that start-up is a small part of a run.
# Usage, from the repository root:
#   [COPIES=12] [BUILD=0] credval-spark/bench/extraction-bench.sh [data-dir (default ../shared/data)] [work-dir (default /tmp/credval-spark-bench)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="$(cd "${1:-$root/../shared/data}" && pwd)"
work="${2:-/tmp/credval-spark-bench}"
mkdir -p "$work"
cd "$root"

if [ "${BUILD:-1}" = 1 ] || ! ls credval-spark/target/credval-spark-*.jar >/dev/null 2>&1; then
  echo "building credval-core, credval-spark and the application (BUILD=0 skips this) ..." >&2
  ./mvnw -q -B -DskipTests -pl credval-spark,credval-app -am package >&2
fi
[ -s "$work/spark.classpath" ] || ./mvnw -q -B -pl credval-spark dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/spark.classpath" >&2
core_jar="$(ls credval-core/target/credval-core-*.jar | head -1)"
spark_jar="$(ls credval-spark/target/credval-spark-*.jar | grep -v sources | head -1)"
cp="$spark_jar:$core_jar:$(cat "$work/spark.classpath")"
# Spark 4 on Java 17+ needs these module openings (as spark-submit adds them); driver on loopback.
java_opts=()
for pkg in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
  java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  java_opts+=("--add-opens=java.base/$pkg=ALL-UNNAMED")
done
java_opts+=(-Djdk.reflect.useDirectMethodHandle=false -Dspark.ui.enabled=false
  -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1
  -Dspark.sql.files.maxPartitionBytes=33554432)
export SPARK_LOCAL_IP=127.0.0.1

# Input: the job-scraper postings (the largest posting file), normalized once by credval extract.
postings="$work/postings.jsonl"
if [ ! -s "$postings" ]; then
  java -jar credval-app/target/credval.jar extract --format csv --mapping jobscraper \
    --input "$data/job-postings-jobscraper-forks/jobscraper_forks_postings.jsonl.gz" \
    --output "$work/mentions-cli.jsonl" --postings-out "$postings" >"$work/extract.log" 2>&1 || true
  # extract exits 1 when it rejected rows (a few pay typos in this file); the postings it read are written
  [ -s "$postings" ] || { cat "$work/extract.log" >&2; exit 1; }
fi
copies="${COPIES:-12}"
scaled="$work/postings-x$copies.jsonl"
[ -s "$scaled" ] || python3 credval-spark/bench/scale-postings.py "$postings" "$scaled" "$copies"
postings="$scaled"
head -n 20 "$postings" > "$work/tiny.jsonl"
lines=$(wc -l < "$postings")
mb=$(python3 -c "import os;print(round(os.path.getsize('$postings')/1e6,1))")

timed() { # command... -> "wall-seconds cpu-seconds" (CPU: user and system, all the JVM's threads)
  python3 - "$work/last.log" "$@" <<'PY' || { cat "$work/last.log" >&2; exit 1; }
import resource, subprocess, sys, time
t0 = time.time()
with open(sys.argv[1], "w") as log:
    rc = subprocess.call(sys.argv[2:], stdout=log, stderr=log)
wall = time.time() - t0
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
if rc != 0:
    sys.exit(rc)
print(f"{wall:.2f} {ru.ru_utime + ru.ru_stime:.2f}")
PY
}
plain() { timed java -cp "$core_jar" credval-spark/bench/PlainExtraction.java "$1" "$2"; }
spark() { rm -rf "$2"; timed java "${java_opts[@]}" -cp "$cp" org.credval.spark.ExtractionJob "$1" "$2" "$3"; }

plain_tiny=$(plain "$work/tiny.jsonl" "$work/plain-tiny.jsonl")
spark_tiny=$(spark "$work/tiny.jsonl" "$work/spark-tiny" "local[1]")
plain_full=$(plain "$postings" "$work/plain.jsonl")
spark1_full=$(spark "$postings" "$work/spark-1" "local[1]")
spark2_full=$(spark "$postings" "$work/spark-2" "local[2]")

sort "$work/plain.jsonl" > "$work/plain.sorted"
cat "$work"/spark-2/part-* | sort > "$work/spark.sorted"
same=$(cmp -s "$work/plain.sorted" "$work/spark.sorted" && echo "identical" || echo "DIFFERENT")

python3 - "$lines" "$mb" "$plain_tiny" "$spark_tiny" "$plain_full" "$spark1_full" "$spark2_full" "$same" \
  "$(wc -l < "$work/plain.sorted")" "$copies" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import sys
lines, mb = int(sys.argv[1]), float(sys.argv[2])
(pt, pt_cpu), (st, st_cpu), (pf, pf_cpu), (s1, s1_cpu), (s2, s2_cpu) = (map(float, a.split()) for a in sys.argv[3:8])
same, mentions, copies, cpus, load = sys.argv[8], int(sys.argv[9]), int(sys.argv[10]), sys.argv[11], sys.argv[12]
overhead = st - pt
def rate(seconds, start, cores):
    # MB/s per core of the extraction itself; None when the start-up time swamps the run.
    return mb / (seconds - start) / cores if seconds - start > 1 else None
plain_rate, s1_rate, s2_rate = rate(pf, pt, 1), rate(s1, st, 1), rate(s2, st, 2)
# MB per CPU-second beyond the start-up run's CPU: what a busy machine distorts least.
plain_cpu, s1_cpu_rate, s2_cpu_rate = rate(pf_cpu, pt_cpu, 1), rate(s1_cpu, st_cpu, 1), rate(s2_cpu, st_cpu, 1)
def show(r):
    return "n/a" if r is None else f"{r:.1f}"
def ratio(r, base):
    return "n/a" if r is None or base is None else f"{r / base:.2f}"
print(f"{lines:,} postings (the job-scraper file and {copies - 1} perturbed copies), {mb} MB of normalized JSON lines; "
      f"{mentions:,} mentions, Spark and plain output {same}; {cpus} CPUs, load average at the end {load}\n")
print("| run | wall s | CPU s | MB/s per core (less the fixed start) | × plain engine per core "
      "| MB per CPU-second (less the fixed start) | × plain engine per CPU-second |")
print("|---|---|---|---|---|---|---|")
print(f"| plain engine, 20 postings (JVM start, catalog compile) | {pt:.1f} | {pt_cpu:.1f} | | | | |")
print(f"| Spark local[1], 20 postings (fixed overhead: JVM, session, job) | {st:.1f} | {st_cpu:.1f} | | | | |")
print(f"| plain engine, one thread | {pf:.1f} | {pf_cpu:.1f} | {show(plain_rate)} | 1.00 | {show(plain_cpu)} | 1.00 |")
print(f"| Spark local[1] | {s1:.1f} | {s1_cpu:.1f} | {show(s1_rate)} | {ratio(s1_rate, plain_rate)} "
      f"| {show(s1_cpu_rate)} | {ratio(s1_cpu_rate, plain_cpu)} |")
print(f"| Spark local[2] | {s2:.1f} | {s2_cpu:.1f} | {show(s2_rate)} | {ratio(s2_rate, plain_rate)} "
      f"| {show(s2_cpu_rate)} | {ratio(s2_cpu_rate, plain_cpu)} |")
print(f"\nSpark fixed overhead beyond the plain engine's own start: {overhead:.1f} s (aim: at most 15 s)")
print("n/a: the whole run took about as long as the 20-posting run, so no rate can be told apart from start-up")
PY
