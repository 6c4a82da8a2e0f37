package dev.boundarytracer.it.app.bundled;

import dev.boundarytracer.it.app.Order;
import dev.boundarytracer.it.app.OrderBridge;
import java.io.InputStream;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.FixedValue;
import net.bytebuddy.matcher.ElementMatchers;
import org.HdrHistogram.Histogram;
import org.objectweb.asm.ClassReader;

/**
 * An application that carries its own ByteBuddy, ASM and HdrHistogram (other versions than the
 * agent's) and uses each of them while its annotated {@link OrderBridge} is profiled. Prints one
 * line per library: {@code <library>=<result> from=<jar file name>}.
 */
public final class BundledLibrariesMain {
  public static final int OPERATIONS = 20;

  private BundledLibrariesMain() {}

  public static void main(String[] args) throws Exception {
    OrderBridge bridge = new OrderBridge();
    Histogram latencies = new Histogram(3);
    for (int i = 0; i < OPERATIONS; i++) {
      long start = System.nanoTime();
      bridge.store(List.of(new Order(i, "c" + i, i)));
      latencies.recordValue(Math.max(1, System.nanoTime() - start));
    }
    Class<?> generated =
        new ByteBuddy()
            .subclass(Object.class)
            .name("dev.boundarytracer.it.app.bundled.Generated")
            .method(ElementMatchers.named("toString"))
            .intercept(FixedValue.value("generated-by-app"))
            .make()
            .load(BundledLibrariesMain.class.getClassLoader(), ClassLoadingStrategy.Default.WRAPPER)
            .getLoaded();
    String className;
    try (InputStream in =
        OrderBridge.class.getResourceAsStream(
            "/" + OrderBridge.class.getName().replace('.', '/') + ".class")) {
      className = new ClassReader(in).getClassName();
    }
    System.out.println(
        "bytebuddy="
            + generated.getConstructor().newInstance()
            + " from="
            + jarOf(ByteBuddy.class));
    System.out.println("asm=" + className + " from=" + jarOf(ClassReader.class));
    System.out.println(
        "hdrhistogram=" + latencies.getTotalCount() + " from=" + jarOf(Histogram.class));
  }

  private static String jarOf(Class<?> type) {
    String path = type.getProtectionDomain().getCodeSource().getLocation().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
