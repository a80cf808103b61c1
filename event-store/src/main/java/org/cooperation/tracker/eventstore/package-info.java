/**
 * The event store's two rules, shared by the side that appends and the side that reads:
 * appends run concurrently (no lock across writers, so their commits share WAL flushes),
 * and readers only read up to the {@link org.cooperation.tracker.eventstore.ReadHorizon},
 * below which no open transaction can still add an event.
 */
package org.cooperation.tracker.eventstore;
