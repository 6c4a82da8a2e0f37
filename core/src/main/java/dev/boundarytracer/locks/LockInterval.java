package dev.boundarytracer.locks;

/**
 * One designated lock during one statistics interval.
 *
 * @param name the lock's name
 * @param intervalUtilization share of the interval (from its start, or from the lock's first
 *     acquisition when that came later, to the event) during which the lock was held, holds in
 *     progress included, 0..1
 * @param acquisitions outermost acquisitions in the interval, >= 0
 * @param utilization share of the time from the lock's first acquisition to the event during which
 *     it was held, holds in progress included, 0..1
 */
public record LockInterval(
    String name, double intervalUtilization, long acquisitions, double utilization) {}
