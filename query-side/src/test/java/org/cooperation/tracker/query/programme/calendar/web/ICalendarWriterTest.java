package org.cooperation.tracker.query.programme.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;
import org.cooperation.tracker.query.programme.calendar.CalendarFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed as RFC 5545 has it: exact lines for a plain event, and for a hard one
 * (Cyrillic, commas, semicolons, backslashes, line breaks) lines of at most 75 octets
 * that a parser unfolds and unescapes back to the values recorded.
 */
class ICalendarWriterTest {

	static final UUID FESTIVAL_ID = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	static final UUID TEXTILES_ID = UUID.fromString("00000000-0000-0000-0000-0000000000e2");

	static final CalendarEventView FESTIVAL = new CalendarEventView(FESTIVAL_ID, Country.KZ, 2026,
			LocalizedText.english("Steppe folk music festival"), CulturalEventType.FESTIVAL, "Almaty",
			LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "Union of folk musicians",
			"https://example.org/festival?day=1,2", null, SubmissionState.INCLUDED, null, 1,
			Instant.parse("2026-02-01T10:15:30Z"), false, 1);

	static final String TEXTILES_TITLE = "Международная выставка текстиля, узоров и красок Шёлкового пути; "
			+ "Самарканд \uD83E\uDDF5\uD83E\uDDF5\uD83E\uDDF5\uD83E\uDDF5\uD83E\uDDF5\uD83E\uDDF5";

	static final CalendarEventView TEXTILES = new CalendarEventView(TEXTILES_ID, Country.UZ, 2026,
			new LocalizedText(null, TEXTILES_TITLE, null), CulturalEventType.HERITAGE_DAY, "Samarkand, Registan",
			LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31), "Ministry of Culture; C:\\branch", null,
			new LocalizedText(null, null, "Line one\r\nLine two, with a comma\ttabbell"), SubmissionState.INCLUDED,
			null, 3, Instant.parse("2026-03-05T00:00:00Z"), false, 1);

	private static CalendarEdition edition(CalendarEventView... events) {
		return new CalendarEdition(UUID.randomUUID(), LocalizedText.english("Central Asian cultural calendar"), 2026,
				CalendarFilter.published(null, null, null), List.of(2026), List.of(events));
	}

	@Test
	void plainEventHasTheExactShape() {
		String expected = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0",
				"PRODID:-//Cooperation-protocol tracker//Cultural calendar//EN", "CALSCALE:GREGORIAN",
				"NAME:Central Asian cultural calendar 2026", "X-WR-CALNAME:Central Asian cultural calendar 2026",
				"BEGIN:VEVENT", "UID:00000000-0000-0000-0000-0000000000e1", "DTSTAMP:20260201T101530Z",
				"DTSTART;VALUE=DATE:20260612", "DTEND;VALUE=DATE:20260615", "SEQUENCE:0",
				"SUMMARY:Steppe folk music festival", "LOCATION:Almaty", "CATEGORIES:FESTIVAL",
				"DESCRIPTION:Festival in Almaty\\, Kazakhstan. Organiser: Union of folk music", " ians.",
				"URL:https://example.org/festival?day=1,2", "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT",
				"END:VCALENDAR") + "\r\n";

		assertThat(ICalendarWriter.write(edition(FESTIVAL))).isEqualTo(expected);
	}

	@Test
	void emptyEditionIsAValidCalendarWithoutEvents() {
		String feed = ICalendarWriter.write(edition());
		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").doesNotContain("VEVENT");
	}

	@Test
	void everyLineEndsInCrlfAndHoldsAtMost75OctetsWithoutSplittingACharacter() {
		String feed = ICalendarWriter.write(edition(FESTIVAL, TEXTILES));

		assertThat(feed).endsWith("\r\n");
		assertThat(feed.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		List<String> physical = List.of(feed.split("\r\n", -1)).subList(0, feed.split("\r\n", -1).length - 1);
		assertThat(physical).allSatisfy((line) -> {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(line).isNotBlank();
			// A fold between the two halves of a character outside the BMP would leave a
			// lone surrogate, which UTF-8 cannot carry.
			assertThat(Character.isLowSurrogate(line.charAt(line.startsWith(" ") ? 1 : 0))).as(line).isFalse();
			assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
		});
		assertThat(physical).filteredOn((line) -> line.startsWith(" ")).hasSizeGreaterThan(2);
	}

	@Test
	void parserUnfoldsAndUnescapesTheValuesRecorded() {
		List<Map<String, String>> events = parse(ICalendarWriter.write(edition(FESTIVAL, TEXTILES)));

		assertThat(events).hasSize(2);
		Map<String, String> textiles = events.get(1);
		assertThat(textiles.get("UID")).isEqualTo(TEXTILES_ID.toString());
		assertThat(textiles.get("SUMMARY")).isEqualTo(TEXTILES_TITLE);
		assertThat(textiles.get("LOCATION")).isEqualTo("Samarkand, Registan");
		assertThat(textiles.get("DTSTART;VALUE=DATE")).isEqualTo("20261231");
		assertThat(textiles.get("DTEND;VALUE=DATE")).as("DTEND is exclusive: the day after").isEqualTo("20270101");
		assertThat(textiles.get("SEQUENCE")).isEqualTo("2");
		assertThat(textiles.get("DESCRIPTION")).isEqualTo("Heritage day in Samarkand, Registan, Uzbekistan. "
				+ "Organiser: Ministry of Culture; C:\\branch.\nLine one\nLine two, with a comma\ttabbell");
		assertThat(textiles).doesNotContainKey("URL");
		assertThat(events.get(0).get("URL")).isEqualTo("https://example.org/festival?day=1,2");
	}

	@Test
	void foldingKeepsEachCharacterWhole() {
		String title = "a".repeat(66) + "\uD83E\uDDF5" + "б".repeat(40);
		String feed = ICalendarWriter.write(edition(titled(title)));

		// 8 octets of "SUMMARY:" and 66 of "a" leave one octet: the 4-octet thread moves
		// to the next line whole; then 74 octets hold 35 two-octet letters after it.
		assertThat(feed).contains("\r\nSUMMARY:" + "a".repeat(66) + "\r\n \uD83E\uDDF5" + "б".repeat(35) + "\r\n "
				+ "б".repeat(5) + "\r\n");
	}

	@Test
	void textValuesEscapeWhatRfc5545Reserves() {
		// Titles refuse control characters in the kernel; the view takes any city, so it
		// carries them here.
		assertThat(ICalendarWriter.write(edition(in("a,b;c\\d\ne\r\nf\rg"))))
			.contains("\r\nLOCATION:a\\,b\\;c\\\\d\\ne\\nf\\ng\r\n");
		assertThat(ICalendarWriter.write(edition(in("tab\tkept, bell\u0007 dropped"))))
			.contains("\r\nLOCATION:tab\tkept\\, bell dropped\r\n");
	}

	private static CalendarEventView titled(String title) {
		return event(title, "Almaty");
	}

	private static CalendarEventView in(String city) {
		return event("Title", city);
	}

	private static CalendarEventView event(String title, String city) {
		return new CalendarEventView(FESTIVAL_ID, Country.KZ, 2026, LocalizedText.english(title),
				CulturalEventType.OTHER, city, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), "Organiser", null,
				null, SubmissionState.INCLUDED, null, 1, Instant.parse("2026-01-01T00:00:00Z"), false, 1);
	}

	/**
	 * A small RFC 5545 reader: checks CRLF line ends and the nesting of components,
	 * unfolds continuation lines, and unescapes TEXT values. Returns each VEVENT's
	 * properties by name (with parameters).
	 */
	static List<Map<String, String>> parse(String feed) {
		assertThat(feed).endsWith("\r\n");
		List<String> contentLines = new ArrayList<>();
		for (String physical : feed.substring(0, feed.length() - 2).split("\r\n", -1)) {
			if (physical.startsWith(" ") || physical.startsWith("\t")) {
				int last = contentLines.size() - 1;
				contentLines.set(last, contentLines.get(last) + physical.substring(1));
			}
			else {
				contentLines.add(physical);
			}
		}
		assertThat(contentLines.get(0)).isEqualTo("BEGIN:VCALENDAR");
		assertThat(contentLines.get(contentLines.size() - 1)).isEqualTo("END:VCALENDAR");
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : contentLines.subList(1, contentLines.size() - 1)) {
			int colon = line.indexOf(':');
			assertThat(colon).as(line).isPositive();
			String name = line.substring(0, colon);
			String value = line.substring(colon + 1);
			if (line.equals("BEGIN:VEVENT")) {
				assertThat(current).as("VEVENTs do not nest").isNull();
				current = new LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				assertThat(current).containsKeys("UID", "DTSTAMP", "DTSTART;VALUE=DATE", "DTEND;VALUE=DATE");
				events.add(current);
				current = null;
			}
			else if (current != null) {
				assertThat(current).as("%s appears once", name).doesNotContainKey(name);
				current.put(name, name.equals("URL") ? value : unescape(value));
			}
		}
		assertThat(current).as("every VEVENT ends").isNull();
		return events;
	}

	private static String unescape(String value) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\\') {
				char next = value.charAt(++i);
				text.append((next == 'n' || next == 'N') ? '\n' : next);
			}
			else {
				assertThat(c).as("an unescaped , or ; separates values; TEXT here holds one").isNotIn(',', ';');
				text.append(c);
			}
		}
		return text.toString();
	}

}
