package dev.boundarytracer.live;

import dev.boundarytracer.internal.SuppressedErrors;
import dev.boundarytracer.report.ProfileSink;
import dev.boundarytracer.snapshot.ProfileSnapshot;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The live report ({@code boundary.reportInterval}): every interval, the figures of that interval
 * (see {@link IntervalFigures}) as a text block or one JSON line ({@code boundary.reportFormat}),
 * written to the {@code boundary.report} destination: {@code stderr} or {@code stdout}, or for a
 * file path the file beside it with {@code .live} appended (the exit report rewrites the path
 * itself). Nothing is written for {@code off}.
 *
 * <p>One daemon thread, {@code boundary-tracer-live-report}; it never keeps the JVM alive and stops
 * at exit.
 */
public final class LiveReportSink implements ProfileSink {
  /** The shortest interval accepted. */
  static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final long intervalNanos;
  private final boolean json;
  private final String destination;
  private final Supplier<ProfileSnapshot> profile;
  private final PrintStream err;
  private volatile ScheduledExecutorService executor;

  /**
   * @param intervalNanos the period; values below one second are raised to it (with one line)
   * @param format {@code text} or {@code json}; anything else is reported and text is used
   * @param destination the {@code boundary.report} value: stderr, stdout, off or a path
   * @param profile builds the current snapshot with red flags, not null
   * @param err where problems are reported
   */
  public LiveReportSink(
      long intervalNanos,
      String format,
      String destination,
      Supplier<ProfileSnapshot> profile,
      PrintStream err) {
    long period = intervalNanos;
    if (period < MIN_INTERVAL_NANOS) {
      err.println("[boundary-tracer] boundary.reportInterval below the minimum of 1s; using 1s");
      period = MIN_INTERVAL_NANOS;
    }
    String f = format == null ? "text" : format.trim().toLowerCase(Locale.ROOT);
    if (!f.equals("text") && !f.equals("json")) {
      err.println(
          "[boundary-tracer] boundary.reportFormat="
              + format
              + " is not valid: expected text or json; using text");
      f = "text";
    }
    this.intervalNanos = period;
    this.json = f.equals("json");
    this.destination = destination == null ? "stderr" : destination.trim();
    this.profile = profile;
    this.err = err;
  }

  @Override
  public void start() {
    if (destination.equalsIgnoreCase("off")) {
      err.println(
          "[boundary-tracer] boundary.reportInterval is set but boundary.report=off;"
              + " no live report is written");
      return;
    }
    ProfileSnapshot first = profile.get();
    IntervalTracker tracker = new IntervalTracker(System.nanoTime(), first.jvm().cpuSeconds());
    tracker.next(first, System.nanoTime(), System.currentTimeMillis());
    ScheduledExecutorService e =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "boundary-tracer-live-report");
              t.setDaemon(true);
              return t;
            });
    e.scheduleAtFixedRate(
        () -> {
          try {
            ProfileSnapshot s = profile.get();
            IntervalFigures f = tracker.next(s, System.nanoTime(), System.currentTimeMillis());
            write(json ? IntervalJson.format(f) : IntervalText.format(f));
          } catch (Throwable t) {
            SuppressedErrors.record(t);
          }
        },
        intervalNanos,
        intervalNanos,
        TimeUnit.NANOSECONDS);
    executor = e;
  }

  @Override
  public void exit(ProfileSnapshot snapshot) {
    ScheduledExecutorService e = executor;
    if (e != null) {
      executor = null;
      e.shutdownNow();
    }
  }

  private void write(String text) throws IOException {
    if (destination.equalsIgnoreCase("stderr")) {
      System.err.print(text);
      System.err.flush();
    } else if (destination.equalsIgnoreCase("stdout")) {
      System.out.print(text);
      System.out.flush();
    } else {
      Path live = Path.of(destination + ".live");
      Path parent = live.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(
          live,
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE);
    }
  }
}
