package org.cooperation.tracker.query.common;

/**
 * A view of one record together with the record's version: the sequence number of the
 * last event of its aggregate that the view shows, which is what the command side calls
 * the aggregate's version. The query API sends it as the ETag.
 *
 * @param aggregateId the identifier of the record's aggregate in the event store, under
 * which events the view lacks would be parked
 * @param version the record's version
 * @param view what is shown of it
 * @param <T> the view's type
 */
public record Versioned<T>(String aggregateId, long version, T view) {

}
