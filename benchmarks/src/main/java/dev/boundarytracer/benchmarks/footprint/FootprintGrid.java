package dev.boundarytracer.benchmarks.footprint;

import dev.boundarytracer.benchmarks.targets.Targets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs {@link ServerShape} over the grid of threads x operations (4 phases, a few requests per
 * (thread, operation)) without and with the agent ({@code json=...;report=off}), each pair in
 * alternating order, plus a pool that replaces its threads; writes {@code footprint.md} (the tables
 * of docs/PERFORMANCE.md's memory part), {@code footprint.tsv} (every run) and the measured values
 * of the memory and wall-time targets into {@code measured.tsv}.
 *
 * <p>Arguments: {@code <agent jar> <output directory>}, paths as they should be shown (relative to
 * the repository when run from its root). System properties: {@code bench.quick=true} (one request
 * per (thread, operation), network waits up to 2 ms instead of 20, fewer replacement rounds),
 * {@code footprint.cells} (a subset such as {@code 1x1,16x50}; default the whole grid), {@code
 * footprint.timeoutSeconds} (per JVM, default 400, quick 150), {@code footprint.xmx} (heap of each
 * JVM, default 3g).
 */
public final class FootprintGrid {
  private static final int[] THREADS = {1, 16, 200, 1000};
  private static final int[] OPERATIONS = {1, 50, 500};
  private static final int PHASES = 4;
  private static final double MIB = 1024.0 * 1024.0;

  private final String agentJar;
  private final Path out;

  /** The cell run without thread-local allocation buffers, for the heap at exit. */
  private static final String EXIT = "exit";

  private final boolean quick;
  private final int requests;
  private final long timeoutSeconds;
  private final List<String> baseJvm;
  private final Map<String, ShapeRun[]> runs = new LinkedHashMap<>();
  private int pairs;

  private FootprintGrid(String agentJar, Path out, boolean quick) {
    this.agentJar = agentJar;
    this.out = out;
    this.quick = quick;
    this.requests = quick ? 1 : 3;
    this.timeoutSeconds = Long.getLong("footprint.timeoutSeconds", quick ? 150 : 400);
    this.baseJvm =
        List.of(
            "-Xmx" + System.getProperty("footprint.xmx", "3g"),
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfootprint.networkMaxMicros=" + (quick ? 2_000 : 20_000));
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[1]);
    Files.createDirectories(out.resolve("footprint"));
    FootprintGrid grid = new FootprintGrid(args[0], out, Boolean.getBoolean("bench.quick"));
    Set<String> only = new TreeSet<>();
    String cells = System.getProperty("footprint.cells", "");
    if (!cells.isBlank()) {
      only.addAll(Arrays.asList(cells.split(",")));
    }
    grid.runAll(only);
  }

  private void runAll(Set<String> only) throws Exception {
    List<String[]> cells = new ArrayList<>();
    for (int t : THREADS) {
      for (int o : OPERATIONS) {
        cells.add(new String[] {t + "x" + o, ""});
      }
    }
    cells.add(new String[] {"200x100", ""});
    cells.add(new String[] {"1000x100", ""});
    cells.add(new String[] {"200x50", "64"});
    cells.add(new String[] {"200x50", EXIT});
    for (String[] cell : cells) {
      String key = cell[0] + (cell[1].isEmpty() ? "" : "@" + cell[1]);
      if (only.isEmpty() || only.contains(cell[0]) || only.contains(key)) {
        steady(key, cell[0], cell[1]);
      }
    }
    ShapeRun[] replaced = null;
    if (only.isEmpty() || only.contains("replace")) {
      replaced = replace();
    }
    write(replaced);
  }

  private void steady(String key, String cell, String cores) throws Exception {
    String[] to = cell.split("x");
    List<String> args = List.of("steady", to[0], to[1], Integer.toString(requests));
    List<String> jvm = new ArrayList<>(baseJvm);
    if (cores.equals(EXIT)) {
      // Without thread-local allocation buffers the used heap counts the bytes allocated, not the
      // buffers handed to threads (up to megabytes each), so the heap at exit shows what the exit
      // itself allocates.
      jvm.add("-XX:-UseTLAB");
    } else if (!cores.isEmpty()) {
      jvm.add("-XX:ActiveProcessorCount=" + cores);
    }
    runs.put(key, pair(jvm, args, key.replace('@', '-')));
    System.err.printf(
        Locale.ROOT,
        "[footprint] %s: added live heap %s MiB, work %s ms vs %s ms%n",
        key,
        mib(added(key, "liveHeapBytes")),
        runs.get(key)[1].get("workMillis"),
        runs.get(key)[0].get("workMillis"));
  }

  /** Without and with the agent, in alternating order from one pair to the next. */
  private ShapeRun[] pair(List<String> jvm, List<String> args, String name) throws Exception {
    List<String> withAgent = new ArrayList<>(jvm);
    withAgent.add(
        "-javaagent:"
            + agentJar
            + "=json="
            + out.resolve("footprint").resolve(name + ".json")
            + ";report=off");
    Path dir = out.resolve("footprint");
    ShapeRun without;
    ShapeRun with;
    if (pairs++ % 2 == 0) {
      without = ShapeRun.run(jvm, args, dir, name + "-without", timeoutSeconds);
      with = ShapeRun.run(withAgent, args, dir, name + "-with", timeoutSeconds);
    } else {
      with = ShapeRun.run(withAgent, args, dir, name + "-with", timeoutSeconds);
      without = ShapeRun.run(jvm, args, dir, name + "-without", timeoutSeconds);
    }
    return new ShapeRun[] {without, with};
  }

  private ShapeRun[] replace() throws Exception {
    int rounds = quick ? 8 : 32;
    List<String> args =
        List.of("replace", "16", "50", Integer.toString(requests), Integer.toString(rounds));
    ShapeRun[] pair = pair(baseJvm, args, "replace");
    runs.put("replace", pair);
    return pair;
  }

  private double added(String key, String value) {
    ShapeRun[] pair = runs.get(key);
    if (pair == null || !pair[0].ok() || !pair[1].ok()) {
      return Double.NaN;
    }
    long with = pair[1].get(value);
    long without = pair[0].get(value);
    return with < 0 || without < 0 ? Double.NaN : with - without;
  }

  /** Heap at exit as a multiple of the live heap once the threads have ended, for one run. */
  private static double exitMultiple(ShapeRun r) {
    long end = r.get("liveHeapAtEndBytes");
    return !r.ok() || end <= 0 || r.exitHeapBytes() < 0
        ? Double.NaN
        : (double) r.exitHeapBytes() / end;
  }

  private void write(ShapeRun[] replaced) throws IOException {
    StringBuilder md = new StringBuilder();
    StringBuilder tsv =
        new StringBuilder(
            "cell\tagent\tliveHeapBytes\texitHeapBytes\tworkMillis\twallMillis\tfailure\n");
    md.append(
            "Live heap: used heap after full GCs (the least of three `System.gc()`), measured while"
                + " every thread is alive; heap at exit: the used heap the JVM logs at exit"
                + " (`-Xlog:gc+heap+exit`), after the agent's exit report; exit / end: the heap at"
                + " exit as a multiple of the live heap after full GCs once the threads have ended,"
                + " just before the exit report (what the report allocates, and what the JVM's"
                + " own exit does; with thread-local allocation buffers it also counts the buffers"
                + " handed to threads, hence the row without them, `-XX:-UseTLAB`, which the"
                + " target reads); work: first request to last; process: launch to exit. ")
        .append(requests)
        .append(" request(s) per (thread, operation), 4 phases per request (extract 1-4 us,")
        .append(" convert 2-17 us busy; network a park of 50 us to ")
        .append(quick ? "2" : "20")
        .append(" ms; materialize 1-4 us). Heap of each JVM: ")
        .append(System.getProperty("footprint.xmx", "3g"))
        .append(".\n\n");
    md.append(
        "| threads x operations | live heap without (MiB) | with (MiB) | added (MiB) | heap at"
            + " exit without / with (MiB) | exit / end without / with | work without / with (ms) |"
            + " with / without | process without / with (ms) |\n|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, ShapeRun[]> e : runs.entrySet()) {
      String key = e.getKey();
      ShapeRun without = e.getValue()[0];
      ShapeRun with = e.getValue()[1];
      for (ShapeRun r : e.getValue()) {
        tsv.append(key)
            .append('\t')
            .append(r == with)
            .append('\t')
            .append(r.get("liveHeapBytes"))
            .append('\t')
            .append(r.exitHeapBytes())
            .append('\t')
            .append(r.get("workMillis"))
            .append('\t')
            .append(r.wallMillis())
            .append('\t')
            .append(r.failure() == null ? "" : r.failure())
            .append('\n');
      }
      if (key.equals("replace")) {
        continue;
      }
      md.append("| ")
          .append(label(key))
          .append(" | ")
          .append(heap(without, "liveHeapBytes"))
          .append(" | ")
          .append(heap(with, "liveHeapBytes"))
          .append(" | ")
          .append(mib(added(key, "liveHeapBytes")))
          .append(" | ")
          .append(exitHeap(without))
          .append(" / ")
          .append(exitHeap(with))
          .append(" | ")
          .append(multiple(exitMultiple(without)))
          .append(" / ")
          .append(multiple(exitMultiple(with)))
          .append(" | ")
          .append(millis(without, "workMillis"))
          .append(" / ")
          .append(millis(with, "workMillis"))
          .append(" | ")
          .append(percent(ratio(with.get("workMillis"), without.get("workMillis"), with, without)))
          .append(" | ")
          .append(without.wallMillis())
          .append(" / ")
          .append(with.wallMillis())
          .append(" |\n");
    }
    md.append('\n');
    derived(md);
    if (replaced != null) {
      replacement(md, replaced);
    }
    md.append(
        "\nCommands (one pair per row; the order alternates from one pair to the next):\n\n```sh\n");
    for (ShapeRun[] pair : runs.values()) {
      md.append(shell(pair[0].command())).append('\n');
      md.append(shell(pair[1].command())).append('\n');
      break;
    }
    md.append("```\n");
    md.append("(and the same for every row: `steady <threads> <operations> <requests>`, ")
        .append("`replace <threads> <operations> <requests> <rounds>`; -XX:ActiveProcessorCount=64")
        .append(" for the 64-core row.)\n");
    Files.writeString(out.resolve("footprint.md"), md, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("footprint.tsv"), tsv, StandardCharsets.UTF_8);
    measured();
  }

  private void derived(StringBuilder md) {
    double perThread =
        (added("1000x100", "liveHeapBytes") - added("200x100", "liveHeapBytes")) / 800;
    double perOperationPhase =
        (added("1x500", "liveHeapBytes") - added("1x50", "liveHeapBytes")) / (450.0 * PHASES);
    md.append("- Bytes per thread: ")
        .append(bytes(perThread))
        .append(" (added live heap from 200 to 1,000 threads at 100 operations, / 800).\n");
    md.append("- Bytes per (operation, phase): ")
        .append(bytes(perOperationPhase))
        .append(" (added live heap from 50 to 500 operations at 1 thread, / (450 x 4)).\n");
  }

  private void replacement(StringBuilder md, ShapeRun[] pair) {
    md.append("\nA pool that replaces its threads: each round starts 16 new threads that make ")
        .append(requests)
        .append(" request(s) of each of 50 operations and end. Live heap after the round:\n\n")
        .append("| round | without (MiB) | with (MiB) | added (MiB) |\n|---|---|---|---|\n");
    for (String key : pair[1].values().keySet()) {
      if (key.startsWith("liveHeapAfterRound.")) {
        long with = pair[1].get(key);
        long without = pair[0].get(key);
        md.append("| ")
            .append(key.substring(key.indexOf('.') + 1))
            .append(" | ")
            .append(mib(without))
            .append(" | ")
            .append(mib(with))
            .append(" | ")
            .append(with < 0 || without < 0 ? "n/a" : mib(with - without))
            .append(" |\n");
      }
    }
    md.append("\nOperations in the agent's totals at the end: ")
        .append(pair[1].get("operationCount"))
        .append(" of ")
        .append(pair[1].get("expectedOperations"))
        .append(" made by the ended threads.\n");
  }

  private void measured() throws IOException {
    Path m = out.resolve("measured.tsv");
    double a = added("200x50", "liveHeapBytes");
    Targets.record(
        m,
        "memory.added.200x50",
        a / MIB,
        "live heap " + heapPair("200x50") + " MiB without / with");
    double c = added("200x50@64", "liveHeapBytes");
    Targets.record(
        m,
        "memory.added.200x50.64cores",
        c / MIB,
        "live heap " + heapPair("200x50@64") + " MiB without / with");
    double growth = added("1000x100", "liveHeapBytes") - added("200x100", "liveHeapBytes");
    Targets.record(
        m,
        "memory.threads.200to1000",
        growth / MIB,
        "added "
            + mib(added("200x100", "liveHeapBytes"))
            + " MiB at 200 threads, "
            + mib(added("1000x100", "liveHeapBytes"))
            + " MiB at 1,000");
    ShapeRun[] exitPair = runs.get("200x50@" + EXIT);
    if (exitPair != null) {
      ShapeRun with = exitPair[1];
      Targets.record(
          m,
          "memory.exit.200x50",
          exitMultiple(with),
          "heap at exit "
              + exitHeap(with)
              + " MiB, live heap before the exit report "
              + mib(with.get("liveHeapAtEndBytes"))
              + " MiB (without the agent: "
              + multiple(exitMultiple(exitPair[0]))
              + ")");
    }
    ShapeRun[] replaced = runs.get("replace");
    if (replaced != null && replaced[1].ok()) {
      long second = -1;
      long last = -1;
      for (String key : replaced[1].values().keySet()) {
        if (key.startsWith("liveHeapAfterRound.")) {
          long round = Long.parseLong(key.substring(key.indexOf('.') + 1));
          if (round == 2) {
            second = replaced[1].get(key);
          }
          last = replaced[1].get(key);
        }
      }
      Targets.record(
          m,
          "memory.replace.growth",
          second < 0 ? Double.NaN : (last - second) / MIB,
          "live heap with the agent "
              + mib(second)
              + " MiB after round 2, "
              + mib(last)
              + " MiB after the last");
      long count = replaced[1].get("operationCount");
      long expected = replaced[1].get("expectedOperations");
      Targets.record(
          m,
          "memory.replace.totals",
          count == expected ? 1 : 0,
          count + " operations in the totals, " + expected + " made");
    }
    ShapeRun[] shape = runs.get("200x50");
    if (shape != null) {
      Targets.record(
          m,
          "time.wall.200x50",
          100 * ratio(shape[1].get("workMillis"), shape[0].get("workMillis"), shape[1], shape[0]),
          shape[0].get("workMillis")
              + " ms without, "
              + shape[1].get("workMillis")
              + " ms with (process "
              + shape[0].wallMillis()
              + " / "
              + shape[1].wallMillis()
              + " ms)");
    }
  }

  /** The command as a shell line: arguments holding {@code ;} in single quotes. */
  private static String shell(List<String> command) {
    StringBuilder b = new StringBuilder();
    for (String arg : command) {
      b.append(b.length() == 0 ? "" : " ").append(arg.contains(";") ? "'" + arg + "'" : arg);
    }
    return b.toString();
  }

  private String heapPair(String key) {
    ShapeRun[] pair = runs.get(key);
    return pair == null
        ? "n/a"
        : heap(pair[0], "liveHeapBytes") + " / " + heap(pair[1], "liveHeapBytes");
  }

  private static double ratio(long a, long b, ShapeRun ra, ShapeRun rb) {
    return !ra.ok() || !rb.ok() || a < 0 || b <= 0 ? Double.NaN : (double) a / b;
  }

  private static String heap(ShapeRun r, String key) {
    return r.ok() ? mib(r.get(key)) : "failed (" + r.failure() + ")";
  }

  private static String label(String key) {
    String cell = key.replace("@" + EXIT, "").replace("x", " x ").replace("@", " at ");
    if (key.endsWith("@" + EXIT)) {
      return cell + " without TLABs";
    }
    return cell + (key.contains("@") ? " cores" : "");
  }

  private static String multiple(double x) {
    return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.2f x", x);
  }

  private static String exitHeap(ShapeRun r) {
    return r.ok() ? mib(r.exitHeapBytes()) : "failed";
  }

  private static String millis(ShapeRun r, String key) {
    return r.ok() ? Long.toString(r.get(key)) : "failed";
  }

  private static String mib(double bytes) {
    return Double.isNaN(bytes) || bytes == -1
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f", bytes / MIB);
  }

  private static String bytes(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f B", v);
  }

  private static String percent(double ratio) {
    return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", 100 * ratio);
  }
}
