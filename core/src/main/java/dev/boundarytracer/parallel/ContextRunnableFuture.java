package dev.boundarytracer.parallel;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ContextRunnable} for a task that is also a {@link RunnableFuture} (what {@code submit}
 * hands to {@code execute}), so that code that looks at the queued or finished task as a Future
 * (for example an {@code afterExecute} override calling {@code get()}) still can. Every Future
 * method delegates to the task.
 *
 * @param <V> the task's result type
 */
public final class ContextRunnableFuture<V> extends ContextRunnable implements RunnableFuture<V> {
  private final RunnableFuture<V> future;

  /**
   * @param task the application's task, not null
   * @param work the phase call it belongs to, not null
   */
  public ContextRunnableFuture(RunnableFuture<V> task, PhaseWork work) {
    super(task, work);
    this.future = task;
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    return future.cancel(mayInterruptIfRunning);
  }

  @Override
  public boolean isCancelled() {
    return future.isCancelled();
  }

  @Override
  public boolean isDone() {
    return future.isDone();
  }

  @Override
  public V get() throws InterruptedException, ExecutionException {
    return future.get();
  }

  @Override
  public V get(long timeout, TimeUnit unit)
      throws InterruptedException, ExecutionException, TimeoutException {
    return future.get(timeout, unit);
  }
}
