/**
 * Idempotent retries of writes: an {@code Idempotency-Key} filed in the same transaction
 * as the events a command appends, and the first answer replayed to every retry.
 */
package org.cooperation.tracker.command.idempotency;
