package dev.boundarytracer.demo.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything one run of the bridge needs, validated.
 *
 * @param threads worker threads, >= 1
 * @param runLength when each worker stops
 * @param batch documents per operation, >= 1
 * @param profile how convert treats the lock
 * @param input a JSON Lines file of documents, or null for synthetic orders
 * @param jdbcUrl the database to use, or null for the embedded H2 server
 * @param seed the random seed of the synthetic documents and of the find windows
 * @param reportInterval how often the reporter prints throughput
 * @param phaseStats whether the summary includes the demo's own per-phase timings
 * @param warmupDocs documents to push through the codecs before the run (0: no warm-up)
 * @param preloadRows rows to load before the run, at least (each worker gets at least 4 batches)
 * @param batchMin smallest documents per operation, 1..batch: each operation draws its size from
 *     {@code batchMin..batch}; equal to {@code batch} for one size
 */
public record DemoConfig(
    int threads,
    RunLength runLength,
    int batch,
    Profile profile,
    Path input,
    String jdbcUrl,
    long seed,
    Duration reportInterval,
    boolean phaseStats,
    long warmupDocs,
    long preloadRows,
    int batchMin) {

  /** Every operation of the same size, {@code batch}. */
  public DemoConfig(
      int threads,
      RunLength runLength,
      int batch,
      Profile profile,
      Path input,
      String jdbcUrl,
      long seed,
      Duration reportInterval,
      boolean phaseStats,
      long warmupDocs,
      long preloadRows) {
    this(
        threads,
        runLength,
        batch,
        profile,
        input,
        jdbcUrl,
        seed,
        reportInterval,
        phaseStats,
        warmupDocs,
        preloadRows,
        batch);
  }

  /** Operations per worker when neither {@code --ops} nor {@code --duration} is given. */
  public static final long DEFAULT_OPS_PER_WORKER = 180;

  /** Worker threads by default. */
  public static final int DEFAULT_THREADS = 4;

  /** Documents per operation by default. */
  public static final int DEFAULT_BATCH = 1000;

  /** Seed of the synthetic documents by default. */
  public static final long DEFAULT_SEED = 42;

  /** Documents pushed through the codecs before the run, by default. */
  public static final long DEFAULT_WARMUP_DOCS = 0;

  /** Rows loaded before the run by default, at least. */
  public static final long DEFAULT_PRELOAD_ROWS = 20_000;

  /** Reporter interval by default. */
  public static final Duration DEFAULT_REPORT_INTERVAL = Duration.ofSeconds(2);

  public DemoConfig {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    if (batchMin < 1 || batchMin > batch) {
      throw new IllegalArgumentException("batch range must be 1 <= min <= max: " + batchMin);
    }
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be >= 1: " + batch);
    }
    Objects.requireNonNull(runLength, "runLength");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(reportInterval, "reportInterval");
    if (preloadRows < 0) {
      throw new IllegalArgumentException("preload rows must be >= 0: " + preloadRows);
    }
    if (warmupDocs < 0) {
      throw new IllegalArgumentException("warm-up documents must be >= 0: " + warmupDocs);
    }
    if (reportInterval.isNegative() || reportInterval.isZero()) {
      throw new IllegalArgumentException("report interval must be positive: " + reportInterval);
    }
  }

  /**
   * The defaults of the command line with another run length, threads, batch and profile; for tests
   * and embedding.
   *
   * @param threads worker threads
   * @param runLength when workers stop
   * @param batch documents per operation
   * @param profile the profile
   * @return a config with synthetic documents and the embedded database
   */
  public static DemoConfig of(int threads, RunLength runLength, int batch, Profile profile) {
    return new DemoConfig(
        threads,
        runLength,
        batch,
        profile,
        null,
        null,
        DEFAULT_SEED,
        DEFAULT_REPORT_INTERVAL,
        false,
        0,
        0);
  }

  /**
   * A copy reading documents from a JSON Lines file.
   *
   * @param file the file
   * @return the copy
   */
  public DemoConfig withInput(Path file) {
    return new DemoConfig(
        threads,
        runLength,
        batch,
        profile,
        file,
        jdbcUrl,
        seed,
        reportInterval,
        phaseStats,
        warmupDocs,
        preloadRows,
        batchMin);
  }

  /**
   * A copy with another number of worker threads.
   *
   * @param count worker threads, >= 1
   * @return the copy
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public DemoConfig withThreads(int count) {
    return new DemoConfig(
        count,
        runLength,
        batch,
        profile,
        input,
        jdbcUrl,
        seed,
        reportInterval,
        phaseStats,
        warmupDocs,
        preloadRows,
        batchMin);
  }

  /**
   * A copy with another reporter interval.
   *
   * @param interval positive
   * @return the copy
   */
  public DemoConfig withReportInterval(Duration interval) {
    return new DemoConfig(
        threads,
        runLength,
        batch,
        profile,
        input,
        jdbcUrl,
        seed,
        interval,
        phaseStats,
        warmupDocs,
        preloadRows,
        batchMin);
  }
}
