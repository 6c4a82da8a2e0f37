package dev.boundarytracer.it.app.shapes;

import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.DocCount;
import dev.boundarytracer.Phase;

/**
 * Annotated methods of every shape the agent must weave: recursive, re-entered, a constructor,
 * static, synchronized, and a default method (see {@link Codec}); and annotations it must refuse
 * with a warning: on an abstract method ({@link AbstractJob}) and a native method.
 */
public class Shapes {
  /** Constructed by the {@code construct} operation. */
  @BoundaryOperation("construct")
  public Shapes() {
    // the constructor's body runs after the super call; the operation covers both
  }

  /** Recurses {@code depth} times; each call is one {@code recursive} operation (nested). */
  @BoundaryOperation("recursive")
  public int recurse(int depth) {
    return depth == 0 ? 0 : 1 + recurse(depth - 1);
  }

  /** One {@code reentrant} operation whose CONVERT phase re-enters itself {@code depth} times. */
  @BoundaryOperation("reentrant")
  public int reenter(int depth) {
    return encode(depth);
  }

  @BoundaryPhase(Phase.CONVERT)
  int encode(int depth) {
    return depth == 0 ? 0 : 1 + encode(depth - 1);
  }

  /** A static operation. */
  @BoundaryOperation("static_op")
  public static long staticOp(@DocCount int docs) {
    return docs * 2L;
  }

  /** A synchronized operation. */
  @BoundaryOperation("synchronized_op")
  public synchronized int synchronizedOp() {
    return hashCode();
  }

  /** The throwable {@link #fail} threw last, for callers to compare with what they caught. */
  public static volatile Throwable lastThrown;

  /** Throws, from inside an operation and its phase, a throwable the phase creates. */
  @BoundaryOperation("throwing")
  public void throwing(String kind) throws ShapesMain.AppException {
    fail(kind);
  }

  @BoundaryPhase(Phase.NETWORK)
  void fail(String kind) throws ShapesMain.AppException {
    switch (kind) {
      case "checked":
        throw remember(new ShapesMain.AppException(kind));
      case "unchecked":
        throw remember(new IllegalArgumentException(kind));
      default:
        throw remember(new ShapesMain.AppError(kind));
    }
  }

  private static <T extends Throwable> T remember(T t) {
    lastThrown = t;
    return t;
  }

  /** Annotated by mistake: a native method cannot be woven (never called). */
  @BoundaryOperation("native_op")
  public native void nativeOp();

  /** {@code @DocCount} on a type that carries no count: a warning, the operation still records. */
  @BoundaryOperation("odd_doc_count")
  public String oddDocCount(@DocCount String name) {
    return name.toUpperCase(java.util.Locale.ROOT);
  }

  /** A blank operation name: a warning, and the default name {@code Shapes.blankName}. */
  @BoundaryOperation("   ")
  public int blankName() {
    return 1;
  }
}
