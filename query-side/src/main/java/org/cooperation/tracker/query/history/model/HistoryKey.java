package org.cooperation.tracker.query.history.model;

import java.io.Serializable;

import org.cooperation.tracker.kernel.country.Country;

/**
 * Key of a history entry: the event's identifier and the country it concerns (a proposal
 * is one event for several countries).
 */
public record HistoryKey(String eventId, Country country) implements Serializable {

}
