package dev.boundarytracer.it.app;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another program's {@code main} once the test says so: prints {@code ready}, waits until the
 * file {@code go} appears in its working directory (the test creates it after preparing the JVM,
 * for example starting a recording with {@code jcmd}), then calls {@code args[0].main(args[1..])}.
 */
public final class GatedMain {
  private GatedMain() {}

  public static void main(String[] args) throws Exception {
    System.out.println("ready");
    Path go = Path.of("go");
    while (!Files.exists(go)) {
      Thread.sleep(20); // polls for the test's file; the test itself waits on the "ready" line
    }
    Method main = Class.forName(args[0]).getMethod("main", String[].class);
    main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
  }
}
