package dev.boundarytracer.it.app.flame;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A program whose phases spend their CPU time in known methods: EXTRACT in {@link #extractSpin},
 * CONVERT in {@link #convertSpin}, each half on the phase's own thread and half on the threads of a
 * pool it hands tasks to. For flame graphs per phase.
 *
 * <p>Arguments: operations to run (default 6), milliseconds each phase spins per operation (default
 * 300).
 */
public final class FlameMain {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);
  private static volatile long sink;

  private FlameMain() {}

  public static void main(String[] args) throws Exception {
    int ops = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    long spinMillis = args.length > 1 ? Long.parseLong(args[1]) : 300;
    for (int i = 0; i < ops; i++) {
      run(spinMillis);
    }
    POOL.shutdown();
    System.out.println("done " + sink);
  }

  @BoundaryOperation("flame")
  static void run(long spinMillis) throws Exception {
    extract(spinMillis);
    convert(spinMillis);
  }

  @BoundaryPhase(Phase.EXTRACT)
  static void extract(long spinMillis) throws Exception {
    long each = spinMillis * 1_000_000L / 2;
    sink += extractSpin(each);
    List<Future<Long>> tasks = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      tasks.add(POOL.submit(() -> extractSpin(each / 2)));
    }
    for (Future<Long> f : tasks) {
      sink += f.get();
    }
  }

  @BoundaryPhase(Phase.CONVERT)
  static void convert(long spinMillis) throws Exception {
    long each = spinMillis * 1_000_000L / 2;
    sink += convertSpin(each);
    List<Future<Long>> tasks = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      tasks.add(POOL.submit(() -> convertSpin(each / 2)));
    }
    for (Future<Long> f : tasks) {
      sink += f.get();
    }
  }

  /** Spins for {@code nanos} of wall time in this method. */
  static long extractSpin(long nanos) {
    long end = System.nanoTime() + nanos;
    long x = 17;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x = x * 6364136223846793005L + 1442695040888963407L;
      }
    }
    return x;
  }

  /** Spins for {@code nanos} of wall time in this method. */
  static long convertSpin(long nanos) {
    long end = System.nanoTime() + nanos;
    long x = 31;
    while (System.nanoTime() < end) {
      for (int i = 0; i < 1000; i++) {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
      }
    }
    return x;
  }
}
