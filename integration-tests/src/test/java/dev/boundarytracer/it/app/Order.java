package dev.boundarytracer.it.app;

/**
 * An application object the test bridge moves.
 *
 * @param id the order's id
 * @param customer the customer's name
 * @param amountCents the amount in cents
 */
public record Order(long id, String customer, long amountCents) {}
