package dev.boundarytracer.benchmarks.footprint;

import dev.boundarytracer.BoundaryOperation;
import java.lang.invoke.MethodHandles;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.MethodCall;
import net.bytebuddy.matcher.ElementMatchers;

/**
 * Makes any number of distinct {@code @BoundaryOperation}s: one small class per operation, written
 * at run time, whose {@code run()} carries {@code @BoundaryOperation("op_<i>")} and calls {@link
 * Requests#request} with the thread's next seed. The classes are defined in this package through
 * {@link MethodHandles.Lookup#defineClass}, so the agent weaves them as it weaves any class an
 * application loads; without the agent the annotation does nothing.
 */
final class Operations {
  private Operations() {}

  /**
   * @param count operations to make, >= 1
   * @return {@code count} operations, each a distinct annotated class
   */
  static Runnable[] make(int count) throws ReflectiveOperationException {
    Runnable[] operations = new Runnable[count];
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    for (int i = 0; i < count; i++) {
      Class<?> type =
          new ByteBuddy()
              .subclass(Object.class)
              .name(Operations.class.getPackageName() + ".Op" + i)
              .implement(Runnable.class)
              .method(ElementMatchers.named("run"))
              .intercept(
                  MethodCall.invoke(Requests.class.getMethod("request", long.class))
                      .withMethodCall(MethodCall.invoke(Requests.class.getMethod("nextSeed"))))
              .annotateMethod(
                  AnnotationDescription.Builder.ofType(BoundaryOperation.class)
                      .define("value", "op_" + i)
                      .build())
              .make()
              .load(Operations.class.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
              .getLoaded();
      operations[i] = (Runnable) type.getDeclaredConstructor().newInstance();
    }
    return operations;
  }
}
