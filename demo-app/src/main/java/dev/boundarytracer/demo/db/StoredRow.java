package dev.boundarytracer.demo.db;

/**
 * One row as read back by {@code find}.
 *
 * @param id the row id
 * @param version how often it was written
 * @param body the BSON bytes
 */
public record StoredRow(long id, int version, byte[] body) {}
