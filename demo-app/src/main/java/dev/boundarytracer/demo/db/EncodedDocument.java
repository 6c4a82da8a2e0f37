package dev.boundarytracer.demo.db;

/**
 * One document ready for the database: its id, indexed category and BSON bytes.
 *
 * @param id the row id and {@code _id}
 * @param category the indexed category
 * @param bson the encoded document
 */
public record EncodedDocument(long id, String category, byte[] bson) {}
