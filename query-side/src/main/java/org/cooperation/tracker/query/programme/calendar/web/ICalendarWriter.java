package org.cooperation.tracker.query.programme.calendar.web;

import org.cooperation.tracker.query.web.Display;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.query.programme.calendar.CalendarEdition;
import org.cooperation.tracker.query.programme.calendar.CalendarEventView;

/**
 * Writes an edition's events as an iCalendar object (RFC 5545) with ical4j: one VEVENT
 * per event, as all-day DATE values with DTEND the day after the last day (DTEND is
 * exclusive). Without a METHOD property, DTSTAMP says when the event last changed, so the
 * same data always give the same feed.
 * <p>
 * ical4j writes the properties and escapes TEXT values; two things stay here because
 * ical4j 4.1.1 gets them wrong: its folding counts UTF-16 characters, not octets (a
 * Cyrillic line reaches 150 octets against RFC 5545's 75) and may split a surrogate pair,
 * and it passes control characters, which a TEXT value may not hold, through unchanged.
 */
final class ICalendarWriter {

	static final String PRODUCT = "-//Cooperation-protocol tracker//Cultural calendar//EN";

	/** Longest content line, in octets, without its CRLF. */
	static final int MAX_OCTETS = 75;

	private static final String CRLF = "\r\n";

	/** Character.isISOControl's range (C0, DEL and C1) less LF and tab. */
	private static final String CONTROL_BUT_LF_AND_TAB = "[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]";

	private ICalendarWriter() {
	}

	static String write(CalendarEdition edition) {
		Calendar calendar = new Calendar();
		String name = plain(text(edition.initiativeTitle()) + " " + edition.year());
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		for (CalendarEventView event : edition.events()) {
			calendar.add(event(event));
		}
		// toString gives the content lines unfolded; fold them by octets here.
		return fold(calendar.toString());
	}

	private static VEvent event(CalendarEventView event) {
		VEvent vevent = new VEvent(false);
		vevent.add(new Uid(event.submissionId().toString()));
		vevent.add(new DtStamp(event.lastChangedAt()));
		vevent.add(new DtStart<>(event.startDate()));
		vevent.add(new DtEnd<>(event.endDate().plusDays(1)));
		vevent.add(new Sequence(event.revision() - 1));
		vevent.add(new Summary(plain(text(event.title()))));
		vevent.add(new Location(plain(event.city())));
		vevent.add(new Categories(event.type().name()));
		vevent.add(new Description(plain(description(event))));
		if (event.link() != null) {
			vevent.add(new Url(URI.create(event.link())));
		}
		vevent.add(ImmutableStatus.VEVENT_CONFIRMED);
		vevent.add(ImmutableTransp.TRANSPARENT);
		return vevent;
	}

	private static String description(CalendarEventView event) {
		String about = Display.words(event.type().name()) + " in " + event.city() + ", " + event.country().nameEn()
				+ ". Organiser: " + event.organiser() + ".";
		return (event.description() != null) ? about + "\n" + text(event.description()) : about;
	}

	/**
	 * Folds every content line: no physical line is longer than 75 octets, a continuation
	 * starts with one space, and a character is never split.
	 */
	private static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
		for (String content : unfolded.split(CRLF)) {
			int octets = 0;
			int limit = MAX_OCTETS;
			for (int codePoint : content.codePoints().toArray()) {
				String character = Character.toString(codePoint);
				int size = character.getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > limit) {
					out.append(CRLF).append(' ');
					octets = 0;
					limit = MAX_OCTETS - 1;
				}
				out.append(character);
				octets += size;
			}
			out.append(CRLF);
		}
		return out.toString();
	}

	/**
	 * Text a TEXT value may hold: every line break as LF (ical4j writes it as \n), other
	 * control characters but the tab dropped.
	 */
	private static String plain(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').replaceAll(CONTROL_BUT_LF_AND_TAB, "");
	}

	private static String text(LocalizedText text) {
		return (text != null) ? text.preferEnglish() : "";
	}

}
