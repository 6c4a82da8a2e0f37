package dev.boundarytracer.demo.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A daemon thread that prints throughput every interval until closed, beside the worker threads.
 */
public final class ThroughputReporter implements AutoCloseable {
  private final ThroughputMonitor monitor;
  private final Duration interval;
  private final PrintStream out;
  private final CountDownLatch stop = new CountDownLatch(1);
  private final Thread thread;
  private final long startNanos;

  private ThroughputReporter(ThroughputMonitor monitor, Duration interval, PrintStream out) {
    this.monitor = monitor;
    this.interval = interval;
    this.out = out;
    this.startNanos = System.nanoTime();
    this.thread = new Thread(this::report, "throughput-reporter");
    this.thread.setDaemon(true);
  }

  /**
   * Starts reporting.
   *
   * @param monitor what to report
   * @param interval how often
   * @param out where to print
   * @return the running reporter; close it to stop
   */
  public static ThroughputReporter start(
      ThroughputMonitor monitor, Duration interval, PrintStream out) {
    ThroughputReporter reporter = new ThroughputReporter(monitor, interval, out);
    reporter.thread.start();
    return reporter;
  }

  private void report() {
    ThroughputMonitor.Counts last = monitor.snapshot();
    long lastNanos = startNanos;
    try {
      while (!stop.await(interval.toNanos(), TimeUnit.NANOSECONDS)) {
        long now = System.nanoTime();
        ThroughputMonitor.Counts counts = monitor.snapshot();
        double seconds = (now - lastNanos) / 1e9;
        out.printf(
            Locale.ROOT,
            "[%6.1fs] %8.1f ops/s %,12.0f docs/s   total %,d ops, %,d docs, %d errors%n",
            (now - startNanos) / 1e9,
            (counts.totalOps() - last.totalOps()) / seconds,
            (counts.totalDocs() - last.totalDocs()) / seconds,
            counts.totalOps(),
            counts.totalDocs(),
            counts.errors());
        last = counts;
        lastNanos = now;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the thread and waits for it to end. */
  @Override
  public void close() {
    stop.countDown();
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
