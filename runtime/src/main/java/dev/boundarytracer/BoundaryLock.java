package dev.boundarytracer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Designates the object a field holds as a serialising (GIL-analogue) lock whose hold and wait
 * times the agent measures.
 *
 * <p>The field may be static or an instance field and may hold any object used as a {@code
 * synchronized} monitor, a {@link java.util.concurrent.locks.Lock}, or a {@link
 * java.util.concurrent.locks.ReentrantReadWriteLock} (then its read and write locks both count as
 * holding it). Every object stored into the field is designated, under one name; several designated
 * locks are reported separately by name. The agent watches stores made by the field's own class
 * (static initialisers, constructors, setters). Without the agent this annotation does nothing and
 * costs nothing.
 *
 * <p>For code that cannot be annotated, the configuration key {@code boundary.lock} names static
 * fields instead ({@code com.example.Driver#LOCK}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BoundaryLock {
  /**
   * The lock's name as it appears in reports.
   *
   * @return the name; empty means {@code SimpleClassName.field}
   */
  String value() default "";
}
