package dev.boundarytracer.demo.cli;

import dev.boundarytracer.demo.config.BatchRange;
import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.config.Profile;
import dev.boundarytracer.demo.config.RunLength;
import dev.boundarytracer.demo.run.BridgeRunner;
import dev.boundarytracer.demo.run.RunResult;
import dev.boundarytracer.demo.run.ScalingTable;
import dev.boundarytracer.demo.run.SummaryPrinter;
import dev.boundarytracer.demo.source.DocumentPool;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The command line of the demo: options, validation, one run, the summary. */
@Command(
    name = "demo-app",
    mixinStandardHelpOptions = true,
    version = "demo-app 0.1.0-SNAPSHOT",
    sortOptions = false,
    description = {
      "A multi-threaded document bridge: each worker runs insert_many, find and update_many in"
          + " turn; each operation extracts application objects under one shared lock (the GIL"
          + " analogue), converts them to BSON, talks to a database over JDBC, and materializes"
          + " results under the lock again.",
      "Run it with -javaagent:boundary-agent.jar to see where the time goes."
    })
public final class DemoCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N[,N...]",
      split = ",",
      defaultValue = "" + DemoConfig.DEFAULT_THREADS,
      converter = PositiveIntConverter.class,
      description =
          "Worker threads (default: ${DEFAULT-VALUE}). Several counts, e.g. 1,2,4, run the demo"
              + " once per count (after a warm-up run at the first count) and end with a scaling"
              + " table: documents/s, speedup and lock utilization per thread count.")
  private List<Integer> threads;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  private Length length;

  @Option(
      names = "--batch",
      paramLabel = "N|MIN..MAX",
      defaultValue = "" + DemoConfig.DEFAULT_BATCH,
      converter = BatchRangeConverter.class,
      description =
          "Documents per operation (default: ${DEFAULT-VALUE}), or a range such as 50..2000 from"
              + " which each operation draws its size.")
  private BatchRange batch;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "healthy",
      converter = ProfileConverter.class,
      description =
          "healthy: convert runs in parallel with the lock released; contended: convert holds the"
              + " lock, on one thread; serial: convert runs on one thread, lock released;"
              + " mislabeled: convert holds the lock but is declared to release it;"
              + " saturated: as healthy, but extract and materialize hold the lock for two thirds"
              + " of every operation"
              + " (default: ${DEFAULT-VALUE}).")
  private Profile profile;

  @Option(
      names = "--input",
      paramLabel = "FILE",
      description =
          "JSON Lines file, one JSON document per line (default: synthetic orders from --seed).")
  private Path input;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "Database to use; its table bridge_documents is recreated (default: an in-memory H2"
              + " database this process serves on 127.0.0.1).")
  private String jdbcUrl;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "" + DemoConfig.DEFAULT_SEED,
      description = "Seed of the synthetic documents and find windows (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--report-interval",
      paramLabel = "TIME",
      defaultValue = "2s",
      converter = DurationConverter.class,
      description = "How often throughput is printed (default: ${DEFAULT-VALUE}).")
  private Duration reportInterval;

  @Option(
      names = "--preload",
      paramLabel = "N",
      defaultValue = "" + DemoConfig.DEFAULT_PRELOAD_ROWS,
      description =
          "Rows loaded before the run for find and update_many to work on; at least 4 batches per"
              + " worker are loaded (default: ${DEFAULT-VALUE}).")
  private long preloadRows;

  @Option(
      names = "--warmup-docs",
      paramLabel = "N",
      defaultValue = "" + DemoConfig.DEFAULT_WARMUP_DOCS,
      description =
          "Documents to push through extract, encode and decode before the run, outside any"
              + " operation, so the JIT has compiled them; 0 for none (default: ${DEFAULT-VALUE}).")
  private long warmupDocs;

  @Option(
      names = "--phase-stats",
      description = "Also print the demo's own per-phase timings in the summary.")
  private boolean phaseStats;

  private final PrintStream out;

  /**
   * A command printing to the given stream.
   *
   * @param out where throughput lines and the summary go
   */
  public DemoCommand(PrintStream out) {
    this.out = out;
  }

  /**
   * A command line with the demo's error handling.
   *
   * @param out where throughput lines and the summary go
   * @return the command line; call {@code execute(args)}
   */
  public static CommandLine commandLine(PrintStream out) {
    return new CommandLine(new DemoCommand(out))
        .setParameterExceptionHandler(new ShortErrorMessageHandler());
  }

  /** The mutually exclusive ways to bound a run. */
  static final class Length {
    @Option(
        names = "--ops",
        paramLabel = "N",
        converter = PositiveLongConverter.class,
        description =
            "Operations per worker thread (default: "
                + DemoConfig.DEFAULT_OPS_PER_WORKER
                + ", about 20 s with the other defaults on two cores).")
    Long ops;

    @Option(
        names = "--duration",
        paramLabel = "TIME",
        converter = DurationConverter.class,
        description = "Run until this much time is up instead, e.g. 500ms, 30s, 2m.")
    Duration duration;
  }

  /**
   * The validated settings of the parsed options.
   *
   * @return the config
   * @throws ParameterException when an option value is unusable
   */
  public DemoConfig toConfig() {
    RunLength runLength;
    if (length != null && length.duration != null) {
      runLength = RunLength.duration(length.duration);
    } else if (length != null && length.ops != null) {
      runLength = RunLength.ops(length.ops);
    } else {
      runLength = RunLength.ops(DemoConfig.DEFAULT_OPS_PER_WORKER);
    }
    if (warmupDocs < 0) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--warmup-docs': must be >= 0");
    }
    if (preloadRows < 0) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--preload': must be >= 0");
    }
    if (input != null && !Files.isRegularFile(input)) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--input': no such file: " + input);
    }
    return new DemoConfig(
        threads.get(0),
        runLength,
        batch.max(),
        profile,
        input,
        jdbcUrl,
        seed,
        reportInterval,
        phaseStats,
        warmupDocs,
        preloadRows,
        batch.min());
  }

  /**
   * The thread counts to run, in the order given.
   *
   * @return one or more counts, each >= 1
   */
  public List<Integer> threadCounts() {
    return List.copyOf(threads);
  }

  @Override
  public Integer call() {
    DemoConfig config = toConfig();
    DocumentPool pool;
    try {
      pool = BridgeRunner.poolFor(config);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--input': " + e.getMessage(), e);
    }
    List<RunResult> results = new ArrayList<>();
    List<Integer> counts = new ArrayList<>(threads);
    if (counts.size() > 1) {
      // A cold JVM (JIT, database) would make the first count look slow and the speed-ups too
      // good: the first count runs once more, first, outside the table.
      out.println("warm-up run at " + counts.get(0) + " threads (not in the scaling table)");
      counts.add(0, counts.get(0));
    }
    for (int i = 0; i < counts.size(); i++) {
      RunResult result;
      try {
        result = new BridgeRunner(config.withThreads(counts.get(i)), pool, out).run();
      } catch (SQLException e) {
        spec.commandLine().getErr().println("demo-app: database failed: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return 1;
      }
      SummaryPrinter.print(result, out);
      out.flush();
      if (!result.succeeded()) {
        return 1;
      }
      if (counts.size() == threads.size() || i > 0) {
        results.add(result);
      }
    }
    if (results.size() > 1) {
      ScalingTable.print(results, out);
      out.flush();
    }
    return 0;
  }
}
