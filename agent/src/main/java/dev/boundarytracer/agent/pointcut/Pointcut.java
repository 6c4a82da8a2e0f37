package dev.boundarytracer.agent.pointcut;

import dev.boundarytracer.LockUse;
import dev.boundarytracer.Phase;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * One line of a pointcut file: the methods it selects and what each call of them is.
 *
 * @param operation for an operation pointcut, the operation's name; for a phase pointcut, the
 *     operation its calls are recorded under outside any operation, or null for the default ({@code
 *     SimpleClassName.method})
 * @param phase the phase of a phase pointcut; null for an operation pointcut
 * @param lock a phase pointcut's lock use (DEFAULT: the phase's default); DEFAULT for operations
 * @param type the classes whose declared methods are candidates
 * @param method the methods selected among them
 * @param docs where the document count comes from
 * @param source {@code file:line}, for messages and the report
 * @param text the line as written, trimmed
 * @param statusId the id under which the runtime tracks whether the pointcut matched; -1 before it
 *     is declared
 */
public record Pointcut(
    String operation,
    Phase phase,
    LockUse lock,
    TypePattern type,
    MethodPattern method,
    DocSource docs,
    String source,
    String text,
    int statusId) {

  /**
   * @return true for an operation pointcut, false for a phase pointcut
   */
  public boolean isOperation() {
    return phase == null;
  }

  /**
   * @param t a type about to be woven
   * @param m one of its declared methods
   * @return true when this pointcut selects the method
   */
  public boolean matches(TypeDescription t, MethodDescription m) {
    return type.matcher().matches(t) && method.matcher().matches(m);
  }

  /**
   * @return {@code file:line text}, as the report lists unmatched pointcuts
   */
  public String describe() {
    return source + " " + text;
  }

  /**
   * @param id the id the runtime gave this pointcut
   * @return a copy with that {@link #statusId}
   */
  public Pointcut withStatusId(int id) {
    return new Pointcut(operation, phase, lock, type, method, docs, source, text, id);
  }
}
