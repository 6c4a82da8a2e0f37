package dev.boundarytracer.demo.run;

import dev.boundarytracer.demo.bridge.BridgeShared;
import dev.boundarytracer.demo.bridge.DocumentBridge;
import dev.boundarytracer.demo.bridge.GilLock;
import dev.boundarytracer.demo.bridge.IdSequence;
import dev.boundarytracer.demo.bridge.OperationKind;
import dev.boundarytracer.demo.concurrent.ParallelMapper;
import dev.boundarytracer.demo.config.DemoConfig;
import dev.boundarytracer.demo.db.Database;
import dev.boundarytracer.demo.db.DocumentSchema;
import dev.boundarytracer.demo.db.DocumentTable;
import dev.boundarytracer.demo.db.EmbeddedH2Server;
import dev.boundarytracer.demo.source.DocumentPool;
import dev.boundarytracer.demo.source.JsonLinesReader;
import dev.boundarytracer.demo.stats.OperationTimes;
import dev.boundarytracer.demo.stats.PhaseStats;
import java.io.IOException;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the bridge once: starts (or connects to) the database, loads the rows that finds and updates
 * need, runs the workers with a reporter beside them, checks the table, and stops everything it
 * started. Leaves no thread behind.
 */
public final class BridgeRunner {
  private static final int MIN_SYNTHETIC_POOL = 1024;
  private static final Duration WARMUP_LIMIT = Duration.ofSeconds(5);

  private final DemoConfig config;
  private final DocumentPool pool;
  private final PrintStream out;

  /**
   * A runner.
   *
   * @param config what to run
   * @param pool the application objects (see {@link #poolFor})
   * @param out where the reporter prints
   */
  public BridgeRunner(DemoConfig config, DocumentPool pool, PrintStream out) {
    this.config = config;
    this.pool = pool;
    this.out = out;
  }

  /**
   * The application objects of a config: the input file's documents, or synthetic orders.
   *
   * @param config the config
   * @return the pool
   * @throws IOException when the input file cannot be read
   * @throws IllegalArgumentException when the input file holds something other than JSON documents
   */
  public static DocumentPool poolFor(DemoConfig config) throws IOException {
    if (config.input() != null) {
      return new DocumentPool(JsonLinesReader.read(config.input()));
    }
    return DocumentPool.synthetic(config.seed(), Math.max(MIN_SYNTHETIC_POOL, 2 * config.batch()));
  }

  /**
   * Runs the bridge to the end.
   *
   * @return what happened
   * @throws SQLException when the database cannot be started, reached or prepared
   */
  public RunResult run() throws SQLException {
    KeySpace keys = KeySpace.of(config.threads(), config.batch(), config.preloadRows());
    try (Database database = openDatabase();
        ParallelMapper mapper = ParallelMapper.forThisMachine()) {
      try (Connection connection = database.connect()) {
        DocumentSchema.recreate(connection);
      }
      long preloaded = Preloader.load(database, pool, keys);
      if (config.warmupDocs() > 0) {
        long warmupStart = System.nanoTime();
        long warmed = Warmup.run(pool, mapper, config.warmupDocs(), WARMUP_LIMIT);
        out.printf(
            Locale.ROOT,
            "warm-up: %,d documents extracted, encoded and decoded in %.1f s (outside any"
                + " operation)%n",
            warmed,
            (System.nanoTime() - warmupStart) / 1e9);
      }
      PhaseStats stats = new PhaseStats();
      GilLock gil = new GilLock(config.profile().lockHoldShare());
      BridgeShared shared =
          new BridgeShared(
              gil, mapper, config.profile(), new IdSequence(keys.firstFreeId()), stats);
      ThroughputMonitor monitor = new ThroughputMonitor();
      List<DocumentBridge> bridges = openBridges(database, shared);
      long elapsed;
      List<Throwable> failures;
      try {
        long start = System.nanoTime();
        StopRule stopRule = StopRule.startingAt(config.runLength(), start);
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < config.threads(); i++) {
          workers.add(
              new Worker(
                  i,
                  bridges.get(i),
                  pool,
                  keys,
                  config.batchMin(),
                  monitor,
                  stopRule,
                  config.seed()));
        }
        try (ThroughputReporter reporter =
            ThroughputReporter.start(monitor, config.reportInterval(), out)) {
          failures = runToEnd(workers);
        }
        elapsed = System.nanoTime() - start;
      } finally {
        closeAll(bridges);
      }
      long rows;
      long versions;
      try (DocumentTable table = DocumentTable.open(database)) {
        rows = table.countRows();
        versions = table.sumVersions();
      }
      List<OperationTimes> times = new ArrayList<>();
      for (OperationKind kind : OperationKind.values()) {
        times.add(stats.times(kind));
      }
      return new RunResult(
          config,
          monitor.snapshot(),
          elapsed,
          preloaded,
          rows,
          versions,
          times,
          failures,
          gil.heldNanos());
    }
  }

  private Database openDatabase() throws SQLException {
    return config.jdbcUrl() == null
        ? EmbeddedH2Server.start()
        : Database.external(config.jdbcUrl());
  }

  private List<DocumentBridge> openBridges(Database database, BridgeShared shared)
      throws SQLException {
    List<DocumentBridge> bridges = new ArrayList<>();
    try {
      for (int i = 0; i < config.threads(); i++) {
        bridges.add(new DocumentBridge(shared, DocumentTable.open(database), i));
      }
      return bridges;
    } catch (SQLException | RuntimeException e) {
      closeAll(bridges);
      throw e;
    }
  }

  private static List<Throwable> runToEnd(List<Worker> workers) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers.size(); i++) {
      Thread thread = new Thread(workers.get(i), "bridge-worker-" + i);
      threads.add(thread);
      thread.start();
    }
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    List<Throwable> failures = new ArrayList<>();
    for (Worker worker : workers) {
      if (worker.failure() != null) {
        failures.add(worker.failure());
      }
    }
    return failures;
  }

  private static void closeAll(List<DocumentBridge> bridges) throws SQLException {
    SQLException first = null;
    for (DocumentBridge bridge : bridges) {
      try {
        bridge.close();
      } catch (SQLException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
