package dev.boundarytracer.it.app.holder.other;

/** A class of another package, loaded (and an object created) before any lock is designated. */
public final class Connection extends BaseConnection {
  /** Created when this class initialises, before the application designates it. */
  public static final Connection SHARED = new Connection();

  /** Holds this object's monitor, once re-entered through the superclass's method. */
  public synchronized void query(long nanos) {
    work(nanos);
  }
}
