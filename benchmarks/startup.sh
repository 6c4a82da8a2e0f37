#!/usr/bin/env bash
# Start-up of an annotated application with and without the agent: the 21-operation program
# benchmarks/src/main/java/dev/boundarytracer/benchmarks/startup/AnnotatedStartup.java, run
# alternately in each variant (the order rotates every round), medians of wall time, peak RSS,
# CPU time and the first operation call as its caller sees it. Also one traced run
# (-Ddev.boundarytracer.startupTrace=true) for the breakdown, and class-load counts.
#
#   benchmarks/startup.sh                 RUNS=7 rounds (about 2 minutes on 2 quiet cores)
#   RUNS=3 benchmarks/startup.sh          shorter
#
# Writes $OUT/startup-annotated/*.txt (one line per run: wall_ms rss_kib cpu_ms first_call_us)
# and the markdown fragment $OUT/startup-annotated.md that benchmarks/run.sh puts into
# docs/PERFORMANCE.md. Environment: OUT (results directory, default benchmarks/target/results),
# AGENT, BENCH (jars), RUNS.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${OUT:-$ROOT/benchmarks/target/results}
AGENT=${AGENT:-$ROOT/agent/target/boundary-agent.jar}
BENCH=${BENCH:-$ROOT/benchmarks/target/benchmarks.jar}
RUNS=${RUNS:-7}
DIR=$OUT/startup-annotated
MAIN=dev.boundarytracer.benchmarks.startup.AnnotatedStartup
log() { echo "[startup.sh] $*" >&2; }
[ -f "$AGENT" ] && [ -f "$BENCH" ] || { log "missing $AGENT or $BENCH: mvn -B -q package -DskipTests first"; exit 1; }
command -v /usr/bin/time > /dev/null || { log "needs /usr/bin/time (apt-get install time)"; exit 1; }

rm -rf "$DIR"
mkdir -p "$DIR/bare-bytebuddy"

# A bare ByteBuddy agent installing one transformer (on the program's own package), with the
# ByteBuddy copy inside the agent jar: what ByteBuddy itself costs before any weaving of ours.
cat > "$DIR/bare-bytebuddy/BareByteBuddyAgent.java" <<'JAVA'
import dev.boundarytracer.shaded.net.bytebuddy.agent.builder.AgentBuilder;
import dev.boundarytracer.shaded.net.bytebuddy.matcher.ElementMatchers;

public class BareByteBuddyAgent {
  public static void premain(String args, java.lang.instrument.Instrumentation inst) {
    new AgentBuilder.Default()
        .type(ElementMatchers.nameStartsWith("dev.boundarytracer.benchmarks.startup."))
        .transform((builder, type, loader, module, domain) -> builder)
        .installOn(inst);
  }
}
JAVA
javac -cp "$AGENT" -d "$DIR/bare-bytebuddy" "$DIR/bare-bytebuddy/BareByteBuddyAgent.java"
printf 'Premain-Class: BareByteBuddyAgent\n' > "$DIR/bare-bytebuddy/manifest.txt"
jar cfm "$DIR/bare-bytebuddy.jar" "$DIR/bare-bytebuddy/manifest.txt" -C "$DIR/bare-bytebuddy" BareByteBuddyAgent.class

variant_args() {
  case $1 in
    plain) echo "-cp $BENCH $MAIN" ;;
    agent) echo "-javaagent:$AGENT -cp $BENCH $MAIN" ;;
    bare-bytebuddy) echo "-javaagent:$DIR/bare-bytebuddy.jar -cp $BENCH:$AGENT $MAIN" ;;
    jfr-alone) echo "-XX:StartFlightRecording=filename=$DIR/alone.jfr -cp $BENCH $MAIN" ;;
    agent-jfr) echo "-javaagent:$AGENT=jfr=$DIR/agent.jfr -cp $BENCH $MAIN" ;;
    plain-c1) echo "-XX:TieredStopAtLevel=1 -cp $BENCH $MAIN" ;;
    agent-c1) echo "-XX:TieredStopAtLevel=1 -javaagent:$AGENT -cp $BENCH $MAIN" ;;
  esac
}
VARIANTS=(plain agent bare-bytebuddy jfr-alone agent-jfr plain-c1 agent-c1)

# run_once VARIANT: appends "wall_ms rss_kib cpu_ms first_call_us" to $DIR/VARIANT.txt
run_once() {
  local name=$1 start end out first
  # shellcheck disable=SC2046
  start=$(date +%s%N)
  out=$(/usr/bin/time -f '%M %U %S' -o "$DIR/time.tmp" java $(variant_args "$name") 2> /dev/null)
  end=$(date +%s%N)
  first=$(echo "$out" | sed -n 's/.*firstCallMicros=\([0-9]*\).*/\1/p')
  read -r rss user sys < <(tail -1 "$DIR/time.tmp")
  echo "$(((end - start) / 1000000)) $rss $(awk "BEGIN {printf \"%d\", ($user + $sys) * 1000}") ${first:-NaN}" >> "$DIR/$name.txt"
}

log "$RUNS rounds of ${VARIANTS[*]} (order rotating)"
java $(variant_args plain) > /dev/null 2>&1 # warm the page cache
for round in $(seq 1 "$RUNS"); do
  n=${#VARIANTS[@]}
  for k in $(seq 0 $((n - 1))); do
    run_once "${VARIANTS[$(((k + round) % n))]}"
  done
done

# One traced run for the breakdown, and class-load counts.
java -Ddev.boundarytracer.startupTrace=true $(variant_args agent) 2>&1 > /dev/null \
  | grep '^\[boundary-tracer\] startup' > "$DIR/trace.txt" || true
java -Xlog:class+load:file="$DIR/classes-plain.txt" $(variant_args plain) > /dev/null 2>&1
java -Xlog:class+load:file="$DIR/classes-agent.txt" $(variant_args agent) > /dev/null 2>&1

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
col() { awk -v c="$2" '{print $c}' "$DIR/$1.txt" | grep -v NaN | median; }
calc() { awk "BEGIN {v = $1; if (v != v) print \"n/a\"; else printf \"%.${2:-0}f\", v}" 2> /dev/null || echo n/a; }
pass() { awk "BEGIN {exit !($1)}" 2> /dev/null && echo PASS || echo '**FAIL**'; }

P_MS=$(col plain 1); P_RSS=$(col plain 2); P_CPU=$(col plain 3); P_FIRST=$(col plain 4)
A_MS=$(col agent 1); A_RSS=$(col agent 2); A_FIRST=$(col agent 4)
J_MS=$(col jfr-alone 1); AJ_MS=$(col agent-jfr 1)
ADDED_MS=$(calc "$A_MS - $P_MS"); ADDED_MIB=$(calc "($A_RSS - $P_RSS) / 1024" 1)
ADDED_FIRST_MS=$(calc "($A_FIRST - $P_FIRST) / 1000" 1)
JFR_OWN=$(calc "$J_MS - $P_MS"); AGENT_JFR_ADDED=$(calc "$AJ_MS - $P_MS")
count() { grep -c -E "$2" "$DIR/classes-$1.txt" || true; }

{
  echo "## Start-up of an annotated application"
  echo
  echo "\`AnnotatedStartup\` (benchmarks/src/main/java/dev/boundarytracer/benchmarks/startup/): 21"
  echo "operations of four phases (a nominal 1 ms each), the first called on the main thread, where its"
  echo "class loads and activates the agent, then every operation 5 times on a pool of two threads."
  echo "Medians of $RUNS rounds; within a round the variants run one after the other, in an order that"
  echo "rotates every round. \`first call\` is the first operation's wall time as its caller sees it"
  echo "(class loading included). Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo '```sh'
  echo "RUNS=$RUNS benchmarks/startup.sh"
  for v in "${VARIANTS[@]}"; do
    echo "java $(variant_args "$v" | sed -e "s#$OUT/#\$OUT/#g" -e "s#$ROOT/##g")"
  done
  echo '```'
  echo
  echo "| variant | wall ms | added ms | peak RSS MiB | added MiB | CPU ms | first call ms |"
  echo "|---|---|---|---|---|---|---|"
  for v in "${VARIANTS[@]}"; do
    ms=$(col "$v" 1); rss=$(col "$v" 2); cpu=$(col "$v" 3); first=$(col "$v" 4)
    echo "| $v | $ms | $(calc "$ms - $P_MS") | $(calc "$rss / 1024" 1) | $(calc "($rss - $P_RSS) / 1024" 1) | $cpu | $(calc "$first / 1000" 1) |"
  done
  echo
  echo "| target | measured | result |"
  echo "|---|---|---|"
  echo "| at most +200 ms wall | +$ADDED_MS ms | $(pass "$A_MS - $P_MS <= 200") |"
  echo "| at most +20 MiB peak RSS | +$ADDED_MIB MiB | $(pass "($A_RSS - $P_RSS) / 1024 <= 20") |"
  echo "| first operation call delayed by at most 20 ms | +$ADDED_FIRST_MS ms | $(pass "($A_FIRST - $P_FIRST) / 1000 <= 20") |"
  echo "| with \`jfr=\`: at most JFR's own start-up + 200 ms | +$AGENT_JFR_ADDED ms (JFR alone: +$JFR_OWN ms) | $(pass "$AJ_MS - $J_MS <= 200") |"
  echo
  echo "Classes loaded (\`-Xlog:class+load\`): $(count plain .) without the agent, $(count agent .) with it,"
  echo "of which ByteBuddy $(count agent 'shaded\.net\.bytebuddy'), JFR $(count agent ' jdk\.jfr'),"
  echo "the agent's own $(count agent ' dev\.boundarytracer\.[a-z]+\.[A-Z]')."
  echo
  echo "Where the agent's time goes, one traced run (\`-Ddev.boundarytracer.startupTrace=true\`; ms since"
  echo "the premain, the step's own ms in parentheses, the thread):"
  echo
  echo '```'
  sed 's/^\[boundary-tracer\] startup //' "$DIR/trace.txt"
  echo '```'
  echo
  cat <<'NOTES'
Reading the breakdown:
- The premain only registers a transformer that searches each class file for the agent's
  annotations and API names; everything else waits for the first class that has one.
- Then, before that class is defined, three threads work at once: this one builds the application
  weaving (ByteBuddy's AgentBuilder, about 1 000 of its classes loaded and run in the interpreter:
  the largest step, and the one a bare ByteBuddy agent installing one transformer pays too, see
  `bare-bytebuddy`); a second installs the executor advice (retransforming only the five JDK
  executor classes it advises, not every loaded class); a third initialises the classes the
  recording hooks use (the allocation counter's management beans among them) and calibrates the
  per-call cost. Nothing of the start-up keeps running once the class is defined, so none of it is
  charged to the application's first operation.
- JFR's event classes load only once a recording starts (before, the first operation loaded them,
  and JFR registered the agent's event types inside it: 100 JFR classes, 6.6 MB and about 180 ms
  charged to that operation).
- Weaving each annotated class then takes milliseconds (`wove` lines): ByteBuddy describes it from
  its bytes and builds the advice; the method graph of its supertypes is not computed.
- After activation, only class files that name the agent's annotations or API (or that the lock
  configuration names) reach ByteBuddy; the application's other classes and the agent's own are
  not parsed.
- `CPU ms` is the most stable column on a busy machine; `bare-bytebuddy` is the floor any
  ByteBuddy-based agent pays in this program; `jfr-alone` what `-XX:StartFlightRecording` costs.
- `plain-c1` and `agent-c1` run the same two JVMs with only the first JIT tier
  (`-XX:TieredStopAtLevel=1`): the difference between `agent` and `agent-c1`, less that between
  `plain` and `plain-c1`, is what the optimising compiler spends on the weaving code while the
  program starts (compiler threads competing for the cores, and their memory).
NOTES
} > "$OUT/startup-annotated.md"
log "wrote $OUT/startup-annotated.md"
# For benchmarks/run.sh's targets table: "id<TAB>value<TAB>how".
if [ -n "${MEASURED:-}" ]; then
  {
    printf 'startup.annotated.wall\t%s\t%s\n' "$ADDED_MS" "$A_MS ms with the agent, $P_MS ms without (median of $RUNS)"
    printf 'startup.annotated.rss\t%s\t%s\n' "$ADDED_MIB" "peak RSS, median of $RUNS"
    printf 'startup.annotated.firstCall\t%s\t%s\n' "$ADDED_FIRST_MS" "first operation call as its caller sees it, median of $RUNS"
  } >> "$MEASURED"
fi
