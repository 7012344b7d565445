#!/usr/bin/env bash
# Spark extraction job against the plain engine on the same normalized postings: the job's fixed
# overhead (a run over a handful of postings) and its throughput per core at local[1] and local[2]
# against credval-core's MentionExtractor on one thread, with the ratios. Also checks that both
# engines wrote the same mention lines. Usage, from the repository root:
#   credval-spark/bench/extraction-bench.sh [data-dir (default ../shared/data)] [work-dir (default /tmp/credval-spark-bench)]
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
  -Dspark.sql.files.maxPartitionBytes=8388608)
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
head -n 20 "$postings" > "$work/tiny.jsonl"
lines=$(wc -l < "$postings")
mb=$(python3 -c "import os;print(round(os.path.getsize('$postings')/1e6,1))")

seconds() { # command... -> wall seconds
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  python3 -c "print(round($t1-$t0,2))"
}
plain() { java -cp "$core_jar" credval-spark/bench/PlainExtraction.java "$1" "$2"; }
spark() { rm -rf "$2"; java "${java_opts[@]}" -cp "$cp" org.credval.spark.ExtractionJob "$1" "$2" "$3"; }

plain_tiny=$(seconds plain "$work/tiny.jsonl" "$work/plain-tiny.jsonl")
spark_tiny=$(seconds spark "$work/tiny.jsonl" "$work/spark-tiny" "local[1]")
plain_full=$(seconds plain "$postings" "$work/plain.jsonl")
spark1_full=$(seconds spark "$postings" "$work/spark-1" "local[1]")
spark2_full=$(seconds spark "$postings" "$work/spark-2" "local[2]")

sort "$work/plain.jsonl" > "$work/plain.sorted"
cat "$work"/spark-2/part-* | sort > "$work/spark.sorted"
same=$(cmp -s "$work/plain.sorted" "$work/spark.sorted" && echo "identical" || echo "DIFFERENT")

python3 - "$lines" "$mb" "$plain_tiny" "$spark_tiny" "$plain_full" "$spark1_full" "$spark2_full" "$same" \
  "$(wc -l < "$work/plain.sorted")" <<'PY'
import sys
lines, mb = int(sys.argv[1]), float(sys.argv[2])
pt, st, pf, s1, s2 = map(float, sys.argv[3:8])
same, mentions = sys.argv[8], int(sys.argv[9])
overhead = st - pt
def rate(seconds, start, cores):
    # MB/s per core of the extraction itself; None when the start-up time swamps the run.
    return mb / (seconds - start) / cores if seconds - start > 1 else None
plain_rate, s1_rate, s2_rate = rate(pf, pt, 1), rate(s1, st, 1), rate(s2, st, 2)
def show(r):
    return "n/a" if r is None else f"{r:.1f}"
def ratio(r):
    return "n/a" if r is None or plain_rate is None else f"{r / plain_rate:.2f}"
print(f"{lines:,} postings, {mb} MB of normalized JSON lines; {mentions:,} mentions, Spark and plain output {same}\n")
print("| run | wall s | MB/s per core (less the fixed start) | × plain engine per core |")
print("|---|---|---|---|")
print(f"| plain engine, 20 postings (JVM start, catalog compile) | {pt:.1f} | | |")
print(f"| Spark local[1], 20 postings (fixed overhead: JVM, session, job) | {st:.1f} | | |")
print(f"| plain engine, one thread | {pf:.1f} | {show(plain_rate)} | 1.00 |")
print(f"| Spark local[1] | {s1:.1f} | {show(s1_rate)} | {ratio(s1_rate)} |")
print(f"| Spark local[2] | {s2:.1f} | {show(s2_rate)} | {ratio(s2_rate)} |")
print(f"\nSpark fixed overhead beyond the plain engine's own start: {overhead:.1f} s (aim: at most 15 s)")
print("n/a: the whole run took about as long as the 20-posting run, so no rate can be told apart from start-up")
PY
