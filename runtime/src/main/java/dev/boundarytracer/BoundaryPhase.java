package dev.boundarytracer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose every call is one phase of the innermost enclosing operation on the same
 * thread.
 *
 * <p>A call made outside any operation is recorded under {@link #operation()}, or under {@code
 * SimpleClassName.method} when that is empty. Without the agent this annotation does nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface BoundaryPhase {
  /**
   * The phase this method runs.
   *
   * @return the phase
   */
  Phase value();

  /**
   * The operation to record this phase under when no operation encloses the call.
   *
   * @return an operation name; empty means {@code SimpleClassName.method}
   */
  String operation() default "";

  /**
   * Whether the phase holds the serialising lock; overrides the phase's default.
   *
   * @return the lock declaration, {@link LockUse#DEFAULT} to use {@link Phase#holdsLockByDefault()}
   */
  LockUse lock() default LockUse.DEFAULT;
}
