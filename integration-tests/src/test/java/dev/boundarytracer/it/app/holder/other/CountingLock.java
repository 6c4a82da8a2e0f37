package dev.boundarytracer.it.app.holder.other;

import java.util.concurrent.locks.ReentrantLock;

/** An application's own lock type, called through its own type rather than {@code Lock}. */
public final class CountingLock extends ReentrantLock {
  private static final long serialVersionUID = 1L;
}
