package dev.boundarytracer.snapshot;

/**
 * One thread's share of a designated lock.
 *
 * @param thread the thread's name and id, e.g. {@code worker-1 #23} ({@code #id} alone for an
 *     unnamed virtual thread), not null
 * @param heldNanos time it held the lock, >= 0
 * @param acquisitions its outermost acquisitions, >= 0
 */
public record LockHolder(String thread, long heldNanos, long acquisitions) {}
