package dev.boundarytracer.recording;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Where virtual threads record: a fixed set of shared recording states, each claimed by one thread
 * for the length of one record call.
 *
 * <p>A platform thread records into its own {@link ThreadState}'s recorders (one writer, no
 * synchronisation). Giving every virtual thread its own recorders would cost one set of histograms
 * per virtual thread alive at once: tens of kilobytes each, gigabytes for tens of thousands of
 * concurrent tasks. Virtual threads keep their own stack of running operations (a virtual thread
 * may unmount inside a phase), but at each record call borrow one of a few sinks: claimed with one
 * compare-and-set, released with one volatile write, so each sink still has one writer at a time,
 * and counts stay exact. With more sinks than carrier threads a claim succeeds at the first or
 * second try; it never blocks.
 *
 * <p>Thread-safe. Steady-state calls allocate nothing and look up no map.
 */
final class VirtualThreadSinks {
  private static final MethodHandle IS_VIRTUAL = isVirtualHandle();
  private static final int SINKS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
  private static final AtomicIntegerArray BUSY = new AtomicIntegerArray(SINKS);
  private static volatile ThreadState[] sinks;

  private VirtualThreadSinks() {}

  /**
   * @param thread any thread
   * @return true for a virtual thread (Java 21+), false otherwise and on Java 17
   */
  static boolean isVirtual(Thread thread) {
    if (IS_VIRTUAL == null) {
      return false;
    }
    try {
      return (boolean) IS_VIRTUAL.invokeExact(thread);
    } catch (Throwable t) {
      return false;
    }
  }

  /**
   * Claims a free sink for one record call; release it with {@link #release}.
   *
   * @param hint spreads threads over the sinks, e.g. the thread's id
   * @return the claimed sink's state
   */
  static ThreadState claim(long hint) {
    ThreadState[] all = sinks;
    if (all == null) {
      all = create();
    }
    int i = (int) Math.floorMod(hint, (long) SINKS);
    while (!BUSY.compareAndSet(i, 0, 1)) {
      i = i + 1 == SINKS ? 0 : i + 1;
      Thread.onSpinWait();
    }
    return all[i];
  }

  /**
   * Releases a sink claimed by {@link #claim}.
   *
   * @param sink the claimed state
   */
  static void release(ThreadState sink) {
    BUSY.set(sink.sinkIndex, 0);
  }

  private static synchronized ThreadState[] create() {
    if (sinks == null) {
      ThreadState[] all = new ThreadState[SINKS];
      for (int i = 0; i < SINKS; i++) {
        all[i] = Aggregator.register(ThreadState.sink(i));
      }
      sinks = all;
    }
    return sinks;
  }

  private static MethodHandle isVirtualHandle() {
    try {
      return MethodHandles.publicLookup()
          .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null; // Java 17: no virtual threads
    }
  }
}
