package org.cooperation.tracker.query.overview.model;

/**
 * History entries recorded within a time.
 *
 * @param entries how many
 * @param sample how many of them are demo data
 */
public record RecordedCount(long entries, long sample) {

}
