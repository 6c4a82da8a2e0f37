package dev.boundarytracer.snapshot;

/**
 * A designated lock field whose current objects could not be designated, so holds of them are not
 * measured; operations that use them keep their declared lock figures.
 *
 * @param field the field as {@code com.example.Type#field}, not null
 * @param lockName the name the lock would be reported under, not null
 * @param reason why it is not measured, one sentence, not null
 */
public record UndesignatedLock(String field, String lockName, String reason) {}
