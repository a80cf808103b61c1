package org.cooperation.tracker.query.history.model;

import java.io.Serializable;
import java.util.Objects;

import org.cooperation.tracker.kernel.country.Country;

/**
 * Key of a history entry: the event's identifier and the country it concerns (a proposal
 * is one event for several countries).
 */
public class HistoryKey implements Serializable {

	private String eventId;

	private Country country;

	protected HistoryKey() {
	}

	public HistoryKey(String eventId, Country country) {
		this.eventId = eventId;
		this.country = country;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof HistoryKey key && Objects.equals(eventId, key.eventId) && country == key.country;
	}

	@Override
	public int hashCode() {
		return Objects.hash(eventId, country);
	}

}
