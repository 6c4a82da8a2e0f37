package dev.boundarytracer.it.app;

/**
 * Calls {@link FailingStore}'s operations and prints, one tab-separated line each, what the caller
 * saw of every exception: {@code caught}, the operation, the exception's class, its message, {@code
 * true} if it is the very instance the phase threw, {@code class#method} of its top stack frame,
 * and the classes of all its frames (comma separated). Ends with {@code done} on stdout.
 *
 * <p>Runs 3 {@code checked_failure} calls, 4 {@code runtime_failure} calls of which 2 fail, and 2
 * {@code recovered_failure} calls.
 */
public final class FailingMain {
  private FailingMain() {}

  /**
   * @param args ignored
   */
  public static void main(String[] args) {
    FailingStore store = new FailingStore();
    for (int i = 0; i < 3; i++) {
      try {
        store.insertRefused(10);
        System.out.println("no exception op=checked_failure");
      } catch (StoreException e) {
        print("checked_failure", e);
      }
    }
    for (int i = 0; i < 4; i++) {
      try {
        store.insertMaybeBroken(10, i % 2 == 0);
      } catch (IllegalStateException e) {
        print("runtime_failure", e);
      }
    }
    for (int i = 0; i < 2; i++) {
      if (!store.insertWithRetry(10)) {
        System.out.println("retry failed");
      }
    }
    System.out.println("done");
  }

  private static void print(String operation, Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    StringBuilder frames = new StringBuilder();
    for (StackTraceElement f : trace) {
      if (frames.length() > 0) {
        frames.append(',');
      }
      frames.append(f.getClassName());
    }
    String top =
        trace.length == 0 ? "none" : trace[0].getClassName() + "#" + trace[0].getMethodName();
    System.out.println(
        String.join(
            "\t",
            "caught",
            operation,
            e.getClass().getName(),
            e.getMessage(),
            String.valueOf(e == FailingStore.lastThrown),
            top,
            frames));
  }
}
