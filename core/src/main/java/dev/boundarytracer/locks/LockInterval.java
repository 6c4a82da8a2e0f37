package dev.boundarytracer.locks;

/**
 * One designated lock during one statistics interval.
 *
 * @param name the lock's name
 * @param intervalUtilization share of the interval the lock was held (finished holds), 0..1
 * @param acquisitions outermost acquisitions finished in the interval's drains, >= 0
 * @param utilization share of wall time held since the first acquisition, 0..1
 */
public record LockInterval(
    String name, double intervalUtilization, long acquisitions, double utilization) {}
