package dev.boundarytracer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of an operation or phase method whose size is the operation's document count.
 *
 * <p>Accepted parameter types: {@code int}, {@code long}, {@code short}, {@code byte}, {@link
 * java.util.Collection} (its {@code size()}), {@link java.util.Map} (its {@code size()}), and
 * arrays (their length). A null argument counts as 0 documents. When several marked parameters are
 * seen during one operation, the largest value is the operation's document count. On any other type
 * the agent prints one warning at weave time and ignores the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface DocCount {}
