package org.cooperation.tracker.query.audit.web;

import io.swagger.v3.oas.annotations.Parameter;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.audit.HistoryFilter;
import org.cooperation.tracker.query.common.QueryValues;

/**
 * The query parameters of the history, its exports and its page, as sent: read as text
 * and checked here, so that every bad value is refused with a reason in the caller's
 * language rather than a binding error.
 *
 * @param after position to start after
 * @param before position to end before (the page, newest first)
 * @param limit events per page
 * @param aggregateId one record
 * @param initiativeId one initiative's records
 * @param country a country the events name
 * @param type event type
 * @param user who acted
 * @param correlationId the request that caused the events
 * @param from recorded at or after
 * @param to recorded before
 */
public record HistoryAsked(
		@Parameter(description = "global index to start after; 0 (the beginning) when omitted") String after,
		@Parameter(hidden = true) String before,
		@Parameter(description = "events per page, 1 to " + HistoryAsked.MAX_PAGE + "; " + HistoryAsked.DEFAULT_PAGE
				+ " when omitted (pages only)") String limit,
		@Parameter(description = "only this record's events (its aggregate id)") String aggregateId,
		@Parameter(description = "only the events of this initiative's records (a UUID): those whose payload names "
				+ "it, and its working group's") String initiativeId,
		@Parameter(description = "only events that name this country (KZ, UZ, KG, TJ, TM, AZ, any letter case) in "
				+ "a payload field (country, holder, receiver, origin, host, proposedBy, approvedBy, declinedBy, "
				+ "withdrawnBy, participants, attending, a protocol's parties) or whose actor was its liaison "
				+ "(metadata actorCountry)") String country,
		@Parameter(description = "only events of this type: its full class name, or its simple name "
				+ "(ParticipationStatusChanged)") String type,
		@Parameter(description = "only events this user caused (metadata actor)") String user,
		@Parameter(description = "only events of this request (metadata correlationId)") String correlationId,
		@Parameter(description = "only events recorded at or after: an instant (2025-11-14T09:00:00Z), a UTC "
				+ "date and time (2025-11-14T09:00) or a day (its start)") String from,
		@Parameter(description = "only events recorded before: an instant, a UTC date and time, or a day "
				+ "(up to its end)") String to) {

	static final int MAX_PAGE = 500;

	static final int DEFAULT_PAGE = 100;

	/** The filter; refused when any part is no valid value. */
	HistoryFilter filter() {
		return HistoryFilter.of(aggregateId, initiativeId, country, type, user, correlationId, from, to);
	}

	/** The position to start after: 0 when not given. */
	long position() {
		Long given = number("after", after);
		if (given == null) {
			return 0;
		}
		if (given < 0) {
			throw new InvalidValueException("after is a position in the store: 0 or more, not " + given,
					Phrase.of("audit.detail.position", "after", 0, given));
		}
		return given;
	}

	/** The position to end before, or null for the newest events. */
	Long end() {
		Long given = number("before", before);
		if (given != null && given < 1) {
			throw new InvalidValueException("before is a position in the store: 1 or more, not " + given,
					Phrase.of("audit.detail.position", "before", 1, given));
		}
		return given;
	}

	int pageLimit() {
		Long given = number("limit", limit);
		if (given == null) {
			return DEFAULT_PAGE;
		}
		if (given < 1 || given > MAX_PAGE) {
			throw new InvalidValueException("limit must be between 1 and " + MAX_PAGE + ", not " + given,
					Phrase.of("audit.detail.limit", MAX_PAGE, given));
		}
		return given.intValue();
	}

	private static Long number(String name, String value) {
		if (QueryValues.blank(value)) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValueException(Checks.excerpt(value) + " is not a valid " + name,
					Phrase.of("query.detail.notValid", Checks.excerpt(value), name));
		}
	}

}
