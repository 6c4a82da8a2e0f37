package dev.boundarytracer.it.app.parallel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Uses every executor kind before the agent is there (so the JDK classes are loaded and running),
 * prints {@code ready}, waits until the file {@code go} appears in its working directory (the test
 * attaches the agent in between), then runs {@link ParallelMain} with the same arguments.
 */
public final class LateAttachMain {
  private LateAttachMain() {}

  /**
   * @param args as for {@link ParallelMain}
   * @throws Exception on any failure
   */
  public static void main(String[] args) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    pool.submit(() -> 1).get();
    ForkJoinPool forkJoin = new ForkJoinPool(2);
    forkJoin.submit(() -> IntStream.range(0, 10_000).parallel().sum()).get();
    IntStream.range(0, 10_000).parallel().sum();
    CompletableFuture.supplyAsync(() -> 1).join();
    pool.shutdown();
    forkJoin.shutdown();
    System.out.println("ready");
    Path go = Path.of("go");
    while (!Files.exists(go)) {
      Thread.sleep(20); // polls for the test's file; the test itself waits on the "ready" line
    }
    ParallelMain.main(args);
  }
}
