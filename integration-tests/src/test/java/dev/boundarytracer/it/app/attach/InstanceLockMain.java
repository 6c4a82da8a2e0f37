package dev.boundarytracer.it.app.attach;

import dev.boundarytracer.BoundaryLock;
import dev.boundarytracer.BoundaryOperation;
import dev.boundarytracer.BoundaryPhase;
import dev.boundarytracer.Phase;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A repository whose lock is an instance field: one object exists before the agent is attached (its
 * lock cannot be found then), another is created after. Prints {@code ready}, waits for the file
 * named by the first argument, then runs {@link #CALLS} calls on each object.
 */
public final class InstanceLockMain {
  /** Calls on each repository. */
  public static final int CALLS = 40;

  private InstanceLockMain() {}

  public static void main(String[] args) throws Exception {
    Repository before = new Repository();
    before.save();
    System.out.println("ready");
    Path go = Path.of(args[0]);
    while (!Files.exists(go)) {
      Thread.onSpinWait();
    }
    Repository after = new Repository();
    for (int i = 0; i < CALLS; i++) {
      before.save();
      after.load();
    }
    System.out.println("done");
  }

  /** Holds its own lock in extract. */
  public static final class Repository {
    @BoundaryLock("repository")
    private final Object lock = new Object();

    private static volatile long sink;

    @BoundaryOperation("save_before_attach")
    void save() {
      extract();
    }

    @BoundaryOperation("load_after_attach")
    void load() {
      extract();
    }

    @BoundaryPhase(Phase.EXTRACT)
    void extract() {
      synchronized (lock) {
        long start = System.nanoTime();
        long x = 0;
        while (System.nanoTime() - start < 100_000) {
          x++;
        }
        sink = x;
      }
    }
  }
}
