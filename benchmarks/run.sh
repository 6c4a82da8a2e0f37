#!/usr/bin/env bash
# Reproduces docs/PERFORMANCE.md: the JMH cases side by side with the alternatives, start-up time
# and peak memory of a hello-world JVM, demo throughput with and without the agent, and the bytes
# kept per (operation, thread). Builds what is missing first.
#
#   benchmarks/run.sh                 full run, about 15 minutes on 2 cores
#   QUICK=1 benchmarks/run.sh         shorter iterations and fewer repetitions, about 5 minutes
#   REPORT_ONLY=1 benchmarks/run.sh   rewrite docs/PERFORMANCE.md from the results of the last run
#
# Environment: QUICK=1; MVN_ARGS (extra Maven arguments, e.g. -Dmaven.repo.local=...);
# REBUILD=1 (package even when the jars exist); JAVA25_HOME (Temurin 25 for case 9);
# STARTUP_RUNS, DEMO_PAIRS (repetitions); OUT (results directory); AGENT, DEMO, BENCH, OTEL (jars
# to measure instead of the ones under */target, e.g. copies while the tree is being rebuilt).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${QUICK:-0}
OUT=${OUT:-$ROOT/benchmarks/target/results}
AGENT=${AGENT:-$ROOT/agent/target/boundary-agent.jar}
DEMO=${DEMO:-$ROOT/demo-app/target/demo-app.jar}
BENCH=${BENCH:-$ROOT/benchmarks/target/benchmarks.jar}
OTEL=${OTEL:-$ROOT/benchmarks/target/opentelemetry-javaagent.jar}
DOC=$ROOT/docs/PERFORMANCE.md
if [ "$QUICK" = 1 ]; then
  STARTUP_RUNS=${STARTUP_RUNS:-7}
  DEMO_PAIRS=${DEMO_PAIRS:-1}
  DEMO_DURATION=5s
else
  STARTUP_RUNS=${STARTUP_RUNS:-21}
  DEMO_PAIRS=${DEMO_PAIRS:-3}
  DEMO_DURATION=15s
fi

log() { echo "[run.sh] $*" >&2; }

# ---- build -------------------------------------------------------------------------------------
if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$AGENT" ] || [ ! -f "$DEMO" ] || [ ! -f "$BENCH" ] || [ ! -f "$OTEL" ]; then
  log "building (mvn package -DskipTests)"
  # shellcheck disable=SC2086
  mvn -B -q ${MVN_ARGS:-} package -DskipTests
fi

JAVA25=""
for candidate in "${JAVA25_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then
    JAVA25=$candidate/bin/java
    break
  fi
done

JMH_CMD=(java -Dbench.agentJar="$AGENT" -Dbench.otelJar="$OTEL" -Dbench.java25="$JAVA25"
  -Dbench.out="$OUT" -Dbench.dumpDir="$OUT/woven" -Dbench.quick=$([ "$QUICK" = 1 ] && echo true || echo false)
  -jar "$BENCH")
HELLO=(-cp "$OUT/startup/hello" Hello)
DEMO_ARGS=(--duration "$DEMO_DURATION" --warmup-docs 20000 --report-interval 1h)

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ms() { awk '{print $1}' "$OUT/startup/$1.txt" | median; }
rss() { awk '{print $2}' "$OUT/startup/$1.txt" | grep -v NaN | median; }

if [ "${REPORT_ONLY:-0}" != 1 ]; then
rm -rf "$OUT"
mkdir -p "$OUT/woven" "$OUT/startup"
date -u +"%Y-%m-%d %H:%M UTC" > "$OUT/started.txt"
cut -d' ' -f1-3 /proc/loadavg > "$OUT/loadavg.txt"
(git rev-parse --short HEAD 2> /dev/null || echo unknown) > "$OUT/commit.txt"

# ---- 1. JMH --------------------------------------------------------------------------------------
log "JMH: ${JMH_CMD[*]}"
"${JMH_CMD[@]}" > "$OUT/jmh.log" 2>&1 || { tail -50 "$OUT/jmh.log"; exit 1; }

# ---- 2. start-up ---------------------------------------------------------------------------------
log "start-up: $STARTUP_RUNS runs per variant"
mkdir -p "$OUT/startup/hello" "$OUT/startup/empty-agent"
cat > "$OUT/startup/hello/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
javac -d "$OUT/startup/hello" "$OUT/startup/hello/Hello.java"
# An agent whose premain does nothing: what -javaagent itself costs the JVM.
cat > "$OUT/startup/empty-agent/EmptyAgent.java" <<'EOF'
public class EmptyAgent {
  public static void premain(String args, java.lang.instrument.Instrumentation inst) {}
}
EOF
javac -d "$OUT/startup/empty-agent" "$OUT/startup/empty-agent/EmptyAgent.java"
printf 'Premain-Class: EmptyAgent\n' > "$OUT/startup/empty-agent/manifest.txt"
jar cfm "$OUT/startup/empty-agent.jar" "$OUT/startup/empty-agent/manifest.txt" -C "$OUT/startup/empty-agent" EmptyAgent.class

HAVE_TIME=0
[ -x /usr/bin/time ] && HAVE_TIME=1

# run_once NAME ARGS...: appends "wall_ms peak_rss_kib" to $OUT/startup/NAME.txt
run_once() {
  local name=$1
  shift
  local start end rss=NaN
  start=$(date +%s%N)
  if [ "$HAVE_TIME" = 1 ]; then
    /usr/bin/time -f '%M' -o "$OUT/startup/rss.tmp" "$@" > /dev/null 2>&1
    rss=$(tail -1 "$OUT/startup/rss.tmp")
  else
    "$@" > /dev/null 2>&1
  fi
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000)) $rss" >> "$OUT/startup/$name.txt"
}

for i in $(seq 1 "$STARTUP_RUNS"); do
  run_once baseline java "${HELLO[@]}"
  run_once empty-agent java -javaagent:"$OUT/startup/empty-agent.jar" "${HELLO[@]}"
  run_once boundary-agent java -javaagent:"$AGENT" "${HELLO[@]}"
done
for i in $(seq 1 $(( STARTUP_RUNS < 5 ? STARTUP_RUNS : 5 ))); do
  run_once opentelemetry-agent java -javaagent:"$OTEL" -Dotel.traces.exporter=none \
    -Dotel.metrics.exporter=none -Dotel.logs.exporter=none "${HELLO[@]}"
done
# Classes loaded before main by the agent's premain (none may be ByteBuddy, HdrHistogram, Jackson, JFR).
java -javaagent:"$AGENT" -Xlog:class+load:file="$OUT/startup/classload.txt" "${HELLO[@]}" > /dev/null 2>&1


# ---- 3. demo throughput --------------------------------------------------------------------------
log "demo: $DEMO_PAIRS alternating pairs of $DEMO_DURATION"
demo_docs_per_second() {
  "$@" 2> /dev/null | awk -F: '/documents\/s/ {gsub(/[ ,]/, "", $2); print $2}'
}
: > "$OUT/demo.txt"
# Adjacent runs form a pair; the order alternates between pairs, so a drift in the machine's load
# does not always land on the same side.
for i in $(seq 1 "$DEMO_PAIRS"); do
  if [ $((i % 2)) = 1 ]; then
    without=$(demo_docs_per_second java -jar "$DEMO" "${DEMO_ARGS[@]}")
    with=$(demo_docs_per_second java -javaagent:"$AGENT"=report=off -jar "$DEMO" "${DEMO_ARGS[@]}")
  else
    with=$(demo_docs_per_second java -javaagent:"$AGENT"=report=off -jar "$DEMO" "${DEMO_ARGS[@]}")
    without=$(demo_docs_per_second java -jar "$DEMO" "${DEMO_ARGS[@]}")
  fi
  echo "$without $with" >> "$OUT/demo.txt"
done

# ---- 4. memory -----------------------------------------------------------------------------------
log "memory per (operation, thread)"
java -Xmx1g -cp "$BENCH" dev.boundarytracer.benchmarks.Footprint 100 2 > "$OUT/footprint.md"
fi

# ---- 5. docs/PERFORMANCE.md ----------------------------------------------------------------------
START_TIME=$(cat "$OUT/started.txt")
# Classes the agent wove in its forks (ByteBuddy's dump); JMH's own must not be among them.
# (ByteBuddy also dumps the helper classes it generates for itself, under the agent's shaded package.)
WOVEN=$(find "$OUT/woven" -name '*.class' ! -name '*-original.*' ! -name 'dev.boundarytracer.shaded.*' \
  -printf '%f\n' | sed 's/\.[0-9]*\.class$//' | sort -u)
JMH_WOVEN=$(echo "$WOVEN" | grep -c '^org\.openjdk\.jmh' || true)
OTEL_RUNS=$(wc -l < "$OUT/startup/opentelemetry-agent.txt")
HEAVY_BEFORE_MAIN=$(awk '/ Hello source/ {exit} {print}' "$OUT/startup/classload.txt" \
  | grep -c -E 'shaded|HdrHistogram|jackson|jdk\.jfr|bytebuddy' || true)

B_MS=$(ms baseline); E_MS=$(ms empty-agent); A_MS=$(ms boundary-agent); O_MS=$(ms opentelemetry-agent)
B_RSS=$(rss baseline); E_RSS=$(rss empty-agent); A_RSS=$(rss boundary-agent); O_RSS=$(rss opentelemetry-agent)
calc() { awk "BEGIN {v = $1; if (v != v) print \"n/a\"; else printf \"%.${2:-0}f\", v}" 2> /dev/null || echo n/a; }
pass() { awk "BEGIN {exit !($1)}" 2> /dev/null && echo PASS || echo '**FAIL**'; }
ADDED_MS=$(calc "$A_MS - $B_MS"); ADDED_MIB=$(calc "($A_RSS - $B_RSS) / 1024" 1)
DEMO_WITHOUT=$(awk '{print $1}' "$OUT/demo.txt" | median); DEMO_WITH=$(awk '{print $2}' "$OUT/demo.txt" | median)
# The median of the per-pair ratios: each pair's two runs saw nearly the same machine.
DEMO_RATIO=$(awk '$1 > 0 {print 100 * $2 / $1}' "$OUT/demo.txt" | median)
DEMO_RATIO=$(calc "$DEMO_RATIO" 1)

mkdir -p "$(dirname "$DOC")"
{
  echo "# Performance"
  echo
  echo "Generated by \`benchmarks/run.sh\`$([ "$QUICK" = 1 ] && echo ' (QUICK=1: shortened, indicative only)') on $START_TIME"
  echo "at commit \`$(cat "$OUT/commit.txt" 2> /dev/null || echo unknown)\`. Every number below is measured by that"
  echo "run; rerun the script to reproduce them. Compare numbers within one run: on another machine"
  echo "(or a busy one) the absolute values move, the ratios much less."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(lscpu 2> /dev/null | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores visible"
  echo "- memory: $(free -m 2> /dev/null | awk '/Mem:/ {print $2 " MiB"}'); load average at the start: $(cat "$OUT/loadavg.txt" 2> /dev/null || cut -d' ' -f1-3 /proc/loadavg)"
  echo "- OS: $(uname -sr)"
  echo "- JDK: $(java -version 2>&1 | head -1)$([ -n "$JAVA25" ] && echo "; JDK 25: $("$JAVA25" -version 2>&1 | head -1)")"
  echo "- clock source: $(cat /sys/devices/system/clocksource/clocksource0/current_clocksource 2> /dev/null || echo unknown)"
  echo
  echo "## Commands"
  echo
  echo '```sh'
  echo "${JMH_CMD[*]}" | sed "s#$ROOT/##g"
  echo "java -javaagent:agent/target/boundary-agent.jar -cp hello Hello     # start-up, $STARTUP_RUNS runs each, alternating"
  echo "java [-javaagent:agent/target/boundary-agent.jar=report=off] -jar demo-app/target/demo-app.jar ${DEMO_ARGS[*]}   # $DEMO_PAIRS alternating pairs"
  echo "java -Xmx1g -cp benchmarks/target/benchmarks.jar dev.boundarytracer.benchmarks.Footprint 100 2"
  echo '```'
  echo
  echo "## Cost per call (JMH)"
  echo
  echo "Each case times the same body (\`Blackhole.consumeCPU(10)\`); the difference between cases is"
  echo "the instrumentation. Sources: \`benchmarks/src/main/java/dev/boundarytracer/benchmarks/CallCost.java\`."
  echo
  cat "$OUT/jmh.md"
  echo
  echo "Classes the agent wove in its forks (ByteBuddy's class dump): $(echo "$WOVEN" | tr '\n' ' ')."
  echo "Classes under \`org.openjdk.jmh\` among them: $JMH_WOVEN."
  echo
  echo "## Start-up"
  echo
  echo "A hello-world JVM (\`Hello.main\` prints one line), median of $STARTUP_RUNS runs (OpenTelemetry: $OTEL_RUNS),"
  echo "wall time from launch to exit and peak RSS (\`/usr/bin/time -f %M\`)."
  echo
  echo "| JVM | wall ms | added ms | peak RSS MiB | added MiB |"
  echo "|---|---|---|---|---|"
  for v in baseline empty-agent boundary-agent opentelemetry-agent; do
    echo "| $v | $(ms $v) | $(calc "$(ms $v) - $B_MS") | $(calc "$(rss $v) / 1024" 1) | $(calc "($(rss $v) - $B_RSS) / 1024" 1) |"
  done
  echo
  echo "\`empty-agent\` is an agent whose premain does nothing: what \`-javaagent\` itself costs (the JVM"
  echo "then loads \`java.instrument\` and gives up CDS's archived module graph). ByteBuddy, HdrHistogram,"
  echo "Jackson or JFR classes loaded before \`main\` with the agent: $HEAVY_BEFORE_MAIN (\`-Xlog:class+load\`)."
  echo
  echo "| target | measured | result |"
  echo "|---|---|---|"
  echo "| start-up at most 100 ms slower than without the agent | $ADDED_MS ms (of which $(calc "$E_MS - $B_MS") ms is any \`-javaagent\`) | $(pass "$A_MS - $B_MS <= 100") |"
  echo "| at most 20 MiB more peak memory | $ADDED_MIB MiB | $(pass "($A_RSS - $B_RSS) / 1024 <= 20") |"
  echo "| no ByteBuddy, HdrHistogram, Jackson or JFR class before the first class that needs weaving | $HEAVY_BEFORE_MAIN loaded | $(pass "$HEAVY_BEFORE_MAIN == 0") |"
  echo
  echo "## Demo throughput"
  echo
  echo "\`demo-app\` (4 workers, H2 over TCP, BSON), documents per second, $DEMO_PAIRS pairs of adjacent runs (order alternating):"
  echo
  echo "| pair | without agent | with agent | with / without |"
  echo "|---|---|---|---|"
  awk '{printf "| %d | %s | %s | %.1f %% |\n", NR, $1, $2, ($1 > 0 ? 100 * $2 / $1 : 0)}' "$OUT/demo.txt"
  echo
  echo "| target | measured | result |"
  echo "|---|---|---|"
  echo "| keeps at least 97 % of the throughput without the agent | $DEMO_RATIO % (median of the pairs' ratios; medians $DEMO_WITH vs $DEMO_WITHOUT docs/s) | $(pass "$DEMO_RATIO >= 97") |"
  echo
  echo "## Memory"
  echo
  echo "Heap kept by the recorder, measured (used heap after full GCs, before and after) while 2 threads"
  echo "record all four phases of 100 distinct operations each, with phase durations up to the largest"
  echo "shown. Per-thread counts grow with the largest duration seen (HdrHistogram's bucket layout, 2"
  echo "significant digits); \"after a report\" adds the reader's copies and the aggregator's"
  echo "per-operation histograms."
  echo
  cat "$OUT/footprint.md"
  echo
  echo "Bounded: at most \`boundary.maxOperations\` (default 1000) distinct operation names are kept;"
  echo "further names fold into one \`(other)\` entry with one warning, so the worst case is"
  echo "\`(maxOperations + 1) x threads\` times the figure above."
  echo
  echo "## How to read this"
  echo
  echo "- A phase call is two \`System.nanoTime()\` reads (the floor) plus the agent's own work: one"
  echo "  \`ThreadLocal\` read, a push and pop on the thread's phase stack, a few counter updates and one"
  echo "  increment of a per-thread count array laid out like an HdrHistogram (2 significant digits),"
  echo "  written with an ordered store. No atomic instruction, lock, allocation or map lookup: the"
  echo "  reader (reports, JFR statistics) finds what is new by differencing the monotonic counts, so"
  echo "  nothing is lost or counted twice (\`core/.../recording/SingleWriterHistogram.java\`)."
  echo "- Case 5 (committed) adds JFR's own commit to case 4; the reference row (an empty event with"
  echo "  no fields) shows what any committed JFR event costs on this machine, the difference is what"
  echo "  the phase event's fields (operation, phase, documents, lock use, failed) add. The phase"
  echo "  event object is reused per nesting depth, so committing allocates nothing."
  echo "- Start-up: \`empty-agent\` is the JVM's price for any \`-javaagent\`; the agent's premain only"
  echo "  reads the configuration and registers a transformer that searches each class file for the"
  echo "  agent's annotations and API names; ByteBuddy, the histograms and JFR load with the first"
  echo "  class that has one (here none, so they never load)."
  echo "- Two threads: each thread records into its own structures (allocated by that thread), so"
  echo "  nothing is written to a shared cache line; compare the shared HdrHistogram \`Recorder\` and"
  echo "  Micrometer timer at two threads."
  echo "- Every target row is computed from the tables above by the script; a **FAIL** on a busy"
  echo "  machine (see the load average) says more about the machine than the agent: rerun quietly."
} > "$DOC"
log "wrote $DOC"
