/**
 * Optimistic concurrency over HTTP: a write names, in If-Match, the version of the record
 * it was decided on (the ETag the query side gave), and Axon refuses it once the record
 * has moved on.
 */
package org.cooperation.tracker.command.concurrency;
