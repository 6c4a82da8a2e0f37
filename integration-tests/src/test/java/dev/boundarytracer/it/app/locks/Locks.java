package dev.boundarytracer.it.app.locks;

import dev.boundarytracer.BoundaryLock;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/** The designated locks of {@link LockAccuracyMain}, one per case so each is reported alone. */
final class Locks {
  @BoundaryLock("monitor")
  static final Object MONITOR = new Object();

  @BoundaryLock("reentrant")
  static final ReentrantLock REENTRANT = new ReentrantLock();

  @BoundaryLock("rw")
  static final ReentrantReadWriteLock RW = new ReentrantReadWriteLock();

  @BoundaryLock("conditioned")
  static final ReentrantLock CONDITIONED = new ReentrantLock();

  static final Condition CONDITION = CONDITIONED.newCondition();

  /** Designated by configuration only: {@code boundary.lock=...Locks#CONFIGURED}. */
  static final Object CONFIGURED = new Object();

  /** An instance field: the object stored in it is designated under its own name. */
  @BoundaryLock("guard")
  final Guard guard = new Guard();

  @BoundaryLock("contended")
  static final ReentrantLock CONTENDED = new ReentrantLock();

  private Locks() {}

  static final Locks INSTANCE = new Locks();
}
