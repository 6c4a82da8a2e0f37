package dev.boundarytracer.agent.pointcut;

/**
 * Where a pointcut's method carries its document count: nowhere, a parameter ({@code docs=0}, by
 * zero-based index) or the return value ({@code docs=return}). The value is used as with
 * {@code @DocCount}: an int or long as is, a Collection, Map or array by its size.
 *
 * @param parameterIndex the zero-based parameter index, or -1
 * @param returnValue true when the return value carries the count
 */
public record DocSource(int parameterIndex, boolean returnValue) {
  /** No document count. */
  public static final DocSource NONE = new DocSource(-1, false);

  /** The return value. */
  public static final DocSource RETURN = new DocSource(-1, true);

  /**
   * @param index a zero-based parameter index, >= 0
   * @return the source reading that parameter
   */
  public static DocSource parameter(int index) {
    return new DocSource(index, false);
  }

  @Override
  public String toString() {
    if (returnValue) {
      return "return";
    }
    return parameterIndex < 0 ? "none" : Integer.toString(parameterIndex);
  }
}
