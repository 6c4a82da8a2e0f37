package dev.boundarytracer.internal;

import dev.boundarytracer.recording.ThreadState;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Map;

/**
 * The only class woven advice calls. Each method is one call from the advice, catches its own
 * throwables (counted by {@link SuppressedErrors}) and never throws into the application.
 *
 * <p>{@code methodId} is a constant bound into the woven code at weave time. Steady-state calls
 * allocate nothing, take no lock and look up no map.
 */
public final class Hooks {
  private Hooks() {}

  /**
   * Enter advice of an operation method.
   *
   * @param operationId the operation's id
   * @param docs documents from a {@code @DocCount} argument, negative when none
   * @return the thread's state to pass to {@link #operationExit}, null on an internal error
   */
  public static ThreadState operationEnter(int operationId, long docs) {
    try {
      ThreadState state = ThreadState.current();
      state.enterOperation(operationId, docs);
      return state;
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /**
   * Enter advice of an operation method whose {@code @DocCount} argument is an object.
   *
   * @param operationId the operation's id
   * @param docArg a Collection, Map or array (see {@link #docsOf}), may be null
   * @return the thread's state to pass to {@link #operationExit}, null on an internal error
   */
  public static ThreadState operationEnter(int operationId, Object docArg) {
    try {
      ThreadState state = ThreadState.current();
      state.enterOperation(operationId, docsOf(docArg));
      return state;
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /**
   * Exit advice of an operation method, on normal return and on throw.
   *
   * @param state what {@link #operationEnter} returned; null does nothing
   * @param thrown what the method threw, null on normal return
   */
  public static void operationExit(ThreadState state, Throwable thrown) {
    if (state == null) {
      return;
    }
    try {
      state.exitOperation(thrown != null);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Enter advice of a phase method.
   *
   * @param methodId the phase method's id
   * @param docs documents from a {@code @DocCount} argument, negative when none
   * @return the thread's state to pass to {@link #phaseExit}, null on an internal error
   */
  public static ThreadState phaseEnter(int methodId, long docs) {
    try {
      ThreadState state = ThreadState.current();
      state.enterPhase(methodId, docs);
      return state;
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /**
   * Enter advice of a phase method whose {@code @DocCount} argument is an object.
   *
   * @param methodId the phase method's id
   * @param docArg a Collection, Map or array (see {@link #docsOf}), may be null
   * @return the thread's state to pass to {@link #phaseExit}, null on an internal error
   */
  public static ThreadState phaseEnter(int methodId, Object docArg) {
    try {
      ThreadState state = ThreadState.current();
      state.enterPhase(methodId, docsOf(docArg));
      return state;
    } catch (Throwable t) {
      SuppressedErrors.record(t);
      return null;
    }
  }

  /**
   * Exit advice of a phase method, on normal return and on throw.
   *
   * @param state what {@link #phaseEnter} returned; null does nothing
   * @param thrown what the method threw, null on normal return
   */
  public static void phaseExit(ThreadState state, Throwable thrown) {
    if (state == null) {
      return;
    }
    try {
      state.exitPhase(thrown != null);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Exit advice of an operation method whose return value carries the document count.
   *
   * @param state what {@link #operationEnter} returned; null does nothing
   * @param thrown what the method threw, null on normal return
   * @param docs documents the return value carries, negative when none (after a throw)
   */
  public static void operationExitWithDocs(ThreadState state, Throwable thrown, long docs) {
    if (state == null) {
      return;
    }
    try {
      state.setDocCount(docs);
      state.exitOperation(thrown != null);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Exit advice of a phase method whose return value carries the document count: the count is the
   * innermost operation's, as for a {@code @DocCount} argument.
   *
   * @param state what {@link #phaseEnter} returned; null does nothing
   * @param thrown what the method threw, null on normal return
   * @param docs documents the return value carries, negative when none (after a throw)
   */
  public static void phaseExitWithDocs(ThreadState state, Throwable thrown, long docs) {
    if (state == null) {
      return;
    }
    try {
      state.setDocCount(docs);
      state.exitPhase(thrown != null);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Exit advice of an operation constructor (see {@link ThreadState#completeOperation}).
   *
   * @param operationId the operation's id
   * @param startNanos {@link System#nanoTime()} on entry
   */
  public static void constructorOperationExit(int operationId, long startNanos) {
    try {
      ThreadState.current().completeOperation(operationId, startNanos);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * Exit advice of a phase constructor (see {@link ThreadState#completePhase}).
   *
   * @param methodId the phase constructor's id
   * @param startNanos {@link System#nanoTime()} on entry
   */
  public static void constructorPhaseExit(int methodId, long startNanos) {
    try {
      ThreadState.current().completePhase(methodId, startNanos);
    } catch (Throwable t) {
      SuppressedErrors.record(t);
    }
  }

  /**
   * The document count an object argument carries.
   *
   * @param arg a Collection, Map or array; null counts as 0
   * @return its size, or -1 for any other type
   */
  public static long docsOf(Object arg) {
    if (arg == null) {
      return 0;
    }
    if (arg instanceof Collection<?> c) {
      return c.size();
    }
    if (arg instanceof Map<?, ?> m) {
      return m.size();
    }
    if (arg.getClass().isArray()) {
      return Array.getLength(arg);
    }
    return -1;
  }
}
