package org.cooperation.tracker.access.limits;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;

/**
 * Reads a date only as text, YYYY-MM-DD, and refuses one outside
 * {@link Checks#EARLIEST_DATE} and {@link Checks#LATEST_DATE}. Java reads years of up to
 * nine digits; PostgreSQL's date ends in the year 5874897, so an absurd date would be
 * recorded and then fail every read model that stores it.
 */
class PlausibleDates extends DelegatingDeserializer {

	PlausibleDates(JsonDeserializer<?> dates) {
		super(dates);
	}

	/** Jackson's own reader of ISO dates, held to plausible ones. */
	@SuppressWarnings("unchecked")
	static JsonDeserializer<LocalDate> isoDates() {
		return (JsonDeserializer<LocalDate>) (JsonDeserializer<?>) new PlausibleDates(LocalDateDeserializer.INSTANCE);
	}

	@Override
	protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
		return new PlausibleDates(newDelegatee);
	}

	@Override
	public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			// Jackson also reads [2025, 11, 14], and [] as no date at all.
			throw new InvalidValueException("a date is written as text, YYYY-MM-DD");
		}
		Object value = super.deserialize(parser, context);
		if (value instanceof LocalDate date) {
			Checks.plausibleDate(date, "a date");
		}
		return value;
	}

}
