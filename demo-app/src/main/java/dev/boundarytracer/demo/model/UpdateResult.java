package dev.boundarytracer.demo.model;

/**
 * The result of {@code update_many}.
 *
 * @param requested documents the caller asked to replace
 * @param modified rows the database changed
 */
public record UpdateResult(int requested, int modified) {}
