/**
 * How the query side reads the shared event store: Axon's JDBC storage engine behind an
 * embedded event store that PostgreSQL's NOTIFY wakes up, with polling as the fallback.
 */
package org.cooperation.tracker.query.eventstore;
