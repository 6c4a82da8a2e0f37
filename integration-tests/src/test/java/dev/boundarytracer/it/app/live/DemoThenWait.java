package dev.boundarytracer.it.app.live;

import dev.boundarytracer.demo.DemoApp;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the demo with the given arguments, then prints {@code READY} and blocks until the JVM is
 * stopped by a signal: the recording stays as the demo left it while a test reads the live outputs,
 * then the exit report is written from the same figures.
 */
public final class DemoThenWait {
  private DemoThenWait() {}

  public static void main(String[] args) throws InterruptedException {
    DemoApp.main(args);
    System.out.println("READY");
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
