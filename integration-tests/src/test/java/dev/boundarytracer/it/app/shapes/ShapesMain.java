package dev.boundarytracer.it.app.shapes;

/**
 * Calls each shape of {@link Shapes} a known number of times and prints what callers saw of the
 * exceptions thrown through woven methods; ends with {@code done}.
 *
 * <p>Lines: {@code caught <class> same=<true|false> frames=<m0>,<m1>,<m2>} per throwable, the
 * methods of the top three stack frames.
 */
public final class ShapesMain {
  public static final int CALLS = 3;
  public static final int DEPTH = 4;

  private ShapesMain() {}

  /** A checked exception of the application. */
  public static final class AppException extends Exception {
    AppException(String message) {
      super(message);
    }
  }

  /** An {@code Error} of the application. */
  public static final class AppError extends Error {
    AppError(String message) {
      super(message);
    }
  }

  public static void main(String[] args) {
    Shapes shapes = null;
    for (int i = 0; i < CALLS; i++) {
      shapes = new Shapes();
    }
    Codec codec = new Codec() {};
    for (int i = 0; i < CALLS; i++) {
      check(shapes.recurse(DEPTH) == DEPTH, "recurse");
      check(shapes.reenter(DEPTH) == DEPTH, "reenter");
      check(Shapes.staticOp(5) == 10, "static");
      shapes.synchronizedOp();
      check(codec.encode("abc").length == 3, "default");
      check(shapes.oddDocCount("x").equals("X"), "odd doc count");
      check(shapes.blankName() == 1, "blank");
      new AbstractJob.Impl().run();
    }
    for (String kind : new String[] {"checked", "unchecked", "error"}) {
      try {
        shapes.throwing(kind);
        System.out.println("not thrown " + kind);
      } catch (AppException | RuntimeException | AppError caught) {
        StackTraceElement[] trace = caught.getStackTrace();
        System.out.println(
            "caught "
                + caught.getClass().getSimpleName()
                + " same="
                + (caught == Shapes.lastThrown)
                + " frames="
                + trace[0].getMethodName()
                + ","
                + trace[1].getMethodName()
                + ","
                + trace[2].getMethodName());
      }
    }
    System.out.println("done");
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what + " returned a wrong value");
    }
  }
}
