package org.cooperation.tracker.query.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.common.QueryValues;

/**
 * Which events of the history an auditor asks for. Every part is optional (null: no
 * filter) and the parts combine with AND.
 *
 * @param aggregateId one record's events
 * @param initiativeId the events of an initiative's records: those whose payload names
 * it, and its working group's
 * @param country the events that name the country in their payload (a country field, a
 * list of participants or attendees, a protocol's parties) or whose actor was its liaison
 * @param type the event type, by its full class name or its simple name
 * @param user who acted (metadata {@code actor})
 * @param correlationId the request that caused it (metadata {@code correlationId})
 * @param from recorded at or after
 * @param to recorded before
 */
public record HistoryFilter(String aggregateId, UUID initiativeId, Country country, String type, String user,
		String correlationId, Instant from, Instant to) {

	/** The longest value a text filter takes, as the event table's columns hold. */
	public static final int MAX_LENGTH = 255;

	/** A type name as Java writes one: identifiers separated by dots, nested by $. */
	private static final Pattern TYPE_NAME = Pattern
		.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");

	public static final HistoryFilter EVERYTHING = new HistoryFilter(null, null, null, null, null, null, null, null);

	public HistoryFilter {
		if (from != null && to != null && !from.isBefore(to)) {
			throw new InvalidValueException("from (" + from + ") must be before to (" + to + ")",
					Phrase.of("audit.detail.range", from.toString(), to.toString()));
		}
	}

	/**
	 * The filter as a query string or a form gives it; each blank value means no filter.
	 * A value that cannot be one is refused with a reason in the caller's language.
	 */
	public static HistoryFilter of(String aggregateId, String initiativeId, String country, String type, String user,
			String correlationId, String from, String to) {
		return new HistoryFilter(text("aggregateId", aggregateId), uuid("initiativeId", initiativeId), country(country),
				type(type), text("user", user), text("correlationId", correlationId), instant("from", from, false),
				instant("to", to, true));
	}

	/** Whether any part filters. */
	public boolean filters() {
		return !EVERYTHING.equals(this);
	}

	private static String text(String name, String value) {
		if (QueryValues.blank(value)) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > MAX_LENGTH) {
			throw new InvalidValueException(name + " must be at most " + MAX_LENGTH + " characters",
					Phrase.of("audit.detail.tooLong", name, MAX_LENGTH));
		}
		return stripped;
	}

	private static UUID uuid(String name, String value) {
		String given = text(name, value);
		if (given == null) {
			return null;
		}
		try {
			return UUID.fromString(given);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException(Checks.excerpt(given) + " is not a valid " + name, Phrase
				.of("query.detail.notAUuid", Checks.excerpt(given), name, "3f1c2a9e-8b4d-4c6e-9a51-2d7f0b8e6c13"));
		}
	}

	private static Country country(String value) {
		if (QueryValues.blank(value)) {
			return null;
		}
		try {
			return Country.fromCode(value);
		}
		catch (InvalidValueException ex) {
			String known = Arrays.stream(Country.values()).map(Country::name).collect(Collectors.joining(", "));
			throw new InvalidValueException(ex.getMessage(),
					Phrase.of("audit.detail.country", Checks.excerpt(value), known));
		}
	}

	private static String type(String value) {
		String given = text("type", value);
		if (given != null && !TYPE_NAME.matcher(given).matches()) {
			throw new InvalidValueException(
					Checks.excerpt(given) + " is not an event type: give its simple or full class name",
					Phrase.of("audit.detail.type", Checks.excerpt(given)));
		}
		return given;
	}

	/**
	 * An instant ({@code 2025-11-14T09:00:00Z}, any offset), a date and time in UTC
	 * ({@code 2025-11-14T09:00}, as a form's field sends it) or a day
	 * ({@code 2025-11-14}): its start, or for {@code to} its end, so that a day given as
	 * both bounds is that whole day.
	 */
	private static Instant instant(String name, String value, boolean end) {
		String given = text(name, value);
		if (given == null) {
			return null;
		}
		Instant instant = parsed(name, given, end);
		// Within the years PostgreSQL and every other tool reading the export handle.
		if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
			throw notAnInstant(name, given);
		}
		return instant;
	}

	private static final Instant EARLIEST = Checks.EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();

	private static final Instant LATEST = Checks.LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

	private static Instant parsed(String name, String given, boolean end) {
		try {
			return OffsetDateTime.parse(given).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				return LocalDateTime.parse(given).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException notLocal) {
				try {
					LocalDate day = LocalDate.parse(given);
					return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
				}
				catch (DateTimeParseException notADay) {
					throw notAnInstant(name, given);
				}
			}
		}
	}

	private static InvalidValueException notAnInstant(String name, String given) {
		return new InvalidValueException(
				Checks.excerpt(given) + " is not a valid " + name
						+ ": use an instant such as 2025-11-14T09:00:00Z or a day such as 2025-11-14",
				Phrase.of("audit.detail.instant", Checks.excerpt(given), name));
	}

}
