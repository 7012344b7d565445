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
java_opts=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Dspark.ui.enabled=false -Dspark.sql.files.maxPartitionBytes=8388608 -Dlog4j2.level=warn)

# Input: the job-scraper postings (the largest posting file), normalized once by credval extract.
postings="$work/postings.jsonl"
if [ ! -s "$postings" ]; then
  java -jar credval-app/target/credval.jar extract --format csv --mapping jobscraper \
    --input "$data/job-postings-jobscraper-forks/jobscraper_forks_postings.jsonl.gz" \
    --output "$work/mentions-cli.jsonl" --postings-out "$postings" >&2
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
plain_rate = mb / max(pf - pt, 1e-9)          # MB/s of extraction itself, one core
s1_rate = mb / max(s1 - st, 1e-9)             # per core, local[1]
s2_rate = mb / max(s2 - st, 1e-9) / 2         # per core, local[2]
print(f"{lines:,} postings, {mb} MB of normalized JSON lines; {mentions:,} mentions, Spark and plain output {same}\n")
print("| run | wall s | MB/s per core (less the fixed start) | × plain engine per core |")
print("|---|---|---|---|")
print(f"| plain engine, 20 postings (JVM start, catalog compile) | {pt:.1f} | | |")
print(f"| Spark local[1], 20 postings (fixed overhead: JVM, session, job) | {st:.1f} | | |")
print(f"| plain engine, one thread | {pf:.1f} | {plain_rate:.1f} | 1.00 |")
print(f"| Spark local[1] | {s1:.1f} | {s1_rate:.1f} | {s1_rate/plain_rate:.2f} |")
print(f"| Spark local[2] | {s2:.1f} | {s2_rate:.1f} | {s2_rate/plain_rate:.2f} |")
print(f"\nSpark fixed overhead beyond the plain engine's own start: {overhead:.1f} s (aim: at most 15 s)")
PY
