package org.cooperation.tracker.query.web.api;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.views.calendar.CalendarEdition;
import org.cooperation.tracker.query.views.calendar.CalendarEventView;

/**
 * Writes an edition's events as an iCalendar object (RFC 5545): one VEVENT per event, as
 * all-day DATE values with DTEND the day after the last day (DTEND is exclusive), text
 * escaped, lines folded at 75 octets, CRLF line ends. Without a METHOD property, DTSTAMP
 * says when the event last changed, so the same data always give the same feed.
 */
final class ICalendarWriter {

	static final String PRODUCT = "-//Cooperation-protocol tracker//Cultural calendar//EN";

	/** Longest content line, in octets, without its CRLF. */
	static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final StringBuilder out = new StringBuilder();

	private ICalendarWriter() {
	}

	static String write(CalendarEdition edition) {
		ICalendarWriter writer = new ICalendarWriter();
		String name = text(edition.initiativeTitle()) + " " + edition.year();
		writer.line("BEGIN", "VCALENDAR");
		writer.line("VERSION", "2.0");
		writer.line("PRODID", PRODUCT);
		writer.line("CALSCALE", "GREGORIAN");
		writer.line("NAME", escape(name));
		writer.line("X-WR-CALNAME", escape(name));
		for (CalendarEventView event : edition.events()) {
			writer.event(event);
		}
		writer.line("END", "VCALENDAR");
		return writer.out.toString();
	}

	private void event(CalendarEventView event) {
		line("BEGIN", "VEVENT");
		line("UID", event.submissionId().toString());
		line("DTSTAMP", UTC.format(event.lastChangedAt()));
		line("DTSTART;VALUE=DATE", DATE.format(event.startDate()));
		line("DTEND;VALUE=DATE", DATE.format(event.endDate().plusDays(1)));
		line("SEQUENCE", Integer.toString(event.revision() - 1));
		line("SUMMARY", escape(text(event.title())));
		line("LOCATION", escape(event.city()));
		line("CATEGORIES", escape(event.type().name()));
		line("DESCRIPTION", escape(description(event)));
		if (event.link() != null) {
			line("URL", event.link());
		}
		line("STATUS", "CONFIRMED");
		line("TRANSP", "TRANSPARENT");
		line("END", "VEVENT");
	}

	private static String description(CalendarEventView event) {
		String about = words(event.type().name()) + " in " + event.city() + ", " + event.country().nameEn()
				+ ". Organiser: " + event.organiser() + ".";
		return (event.description() != null) ? about + "\n" + text(event.description()) : about;
	}

	/**
	 * Writes one content line, folded: no physical line is longer than 75 octets, a
	 * continuation starts with one space, and a character is never split.
	 */
	private void line(String name, String value) {
		String content = name + ":" + value;
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int chars = Character.charCount(codePoint);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append(CRLF).append(' ');
				octets = 0;
				limit = MAX_OCTETS - 1;
			}
			out.append(content, i, i + chars);
			octets += size;
			i += chars;
		}
		out.append(CRLF);
	}

	/**
	 * A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other
	 * control characters dropped.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c == '\t' || !Character.isISOControl(c)) {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	private static String text(LocalizedText text) {
		return (text != null) ? text.preferEnglish() : "";
	}

	private static String words(String constant) {
		String spaced = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

}
