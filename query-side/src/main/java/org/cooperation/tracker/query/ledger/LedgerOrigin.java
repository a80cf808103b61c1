package org.cooperation.tracker.query.ledger;

/**
 * The log's origin line, which also names its signing key.
 *
 * @param name a schema-less URL, such as {@code tracker.example.org/events}
 */
public record LedgerOrigin(String name) {
}
