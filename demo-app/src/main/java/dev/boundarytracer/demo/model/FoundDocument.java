package dev.boundarytracer.demo.model;

import org.bson.Document;

/**
 * One result of {@code find}: a stored document decoded for the caller.
 *
 * @param id the row id (also the document's {@code _id})
 * @param version how often the row was written (1 after the insert)
 * @param body the decoded document
 */
public record FoundDocument(long id, int version, Document body) {}
