package dev.boundarytracer.demo.bridge;

import dev.boundarytracer.demo.model.IntermediateDocument;

/**
 * What extract reads out of one application object, and what convert encodes.
 *
 * @param id the document's id, also its {@code _id} field
 * @param category the indexed category
 * @param fields the document's fields, {@code _id} first
 */
public record ExtractedDocument(long id, String category, IntermediateDocument fields) {}
