package dev.boundarytracer.demo.concurrent;

import java.util.List;

/**
 * The results of mapping a batch, and whether the work was spread over a pool.
 *
 * @param values results in input order
 * @param parallel true when the batch ran on the ForkJoin pool
 * @param <R> the result type
 */
public record Mapped<R>(List<R> values, boolean parallel) {}
