package dev.boundarytracer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose every call is one operation (for example {@code insert_many}).
 *
 * <p>Under the agent, the call's wall time, its phases ({@link BoundaryPhase} methods it calls on
 * the same thread), documents, lock use and allocated bytes are recorded under the operation's
 * name. Operations may nest: the inner one is recorded as its own operation and the outer one's
 * total includes it. Without the agent this annotation does nothing and costs nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface BoundaryOperation {
  /**
   * The operation's name as it appears in reports.
   *
   * @return the name; empty means {@code SimpleClassName.method}
   */
  String value() default "";
}
