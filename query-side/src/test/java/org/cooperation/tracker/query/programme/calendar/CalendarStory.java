package org.cooperation.tracker.query.programme.calendar;

import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;
import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionWithdrawn;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.Fixtures;

import static org.cooperation.tracker.query.Fixtures.CALENDAR;

/**
 * The 2026 edition of the calendar as events, with fixed ids and times: Kazakhstan's
 * festival included; Uzbekistan's exhibition (April to June) returned, corrected and
 * included; Kazakhstan's New Year days (2025-12-30 to 2026-01-02) included as demo data;
 * Kyrgyzstan's play returned; Tajikistan's concert awaiting a decision; Turkmenistan's
 * exhibition included, then withdrawn.
 */
public final class CalendarStory {

	public static final EditionYear EDITION = new EditionYear(2026);

	public static final CalendarSubmissionId FESTIVAL = id(1);

	public static final CalendarSubmissionId TEXTILES = id(2);

	public static final CalendarSubmissionId NEW_YEAR = id(3);

	public static final CalendarSubmissionId PLAY = id(4);

	public static final CalendarSubmissionId CONCERT = id(5);

	public static final CalendarSubmissionId CARPETS = id(6);

	private CalendarStory() {
	}

	public static CalendarSubmissionId id(int n) {
		return new CalendarSubmissionId(UUID.fromString("00000000-0000-4000-8000-00000000ca0" + n));
	}

	public static CulturalEvent event(String title, CulturalEventType type, String city, LocalDate start,
			LocalDate end) {
		return new CulturalEvent(LocalizedText.english(title), type, city, start, end, "Organiser of " + title,
				EvidenceLink.of("https://example.org/" + city.toLowerCase().replace(' ', '-')), null);
	}

	public static CalendarEventSubmitted submitted(CalendarSubmissionId id, Country country, CulturalEvent event) {
		return new CalendarEventSubmitted(id, CALENDAR, country, EDITION, event);
	}

	public static final CulturalEvent FESTIVAL_EVENT = new CulturalEvent(
			new LocalizedText("Дала фольк-музыкасы фестивалі", null, "Steppe folk music festival"),
			CulturalEventType.FESTIVAL, "Almaty", LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14),
			"Union of folk musicians", EvidenceLink.of("https://example.org/festival"),
			LocalizedText.english("Three days of dombra, kobyz and song"));

	public static final CulturalEvent TEXTILES_FIRST = event("Silk Road textiles", CulturalEventType.EXHIBITION,
			"Samarkand", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

	public static final CulturalEvent TEXTILES_CORRECTED = event("Silk Road textiles, patterns; colours",
			CulturalEventType.EXHIBITION, "Samarkand", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));

	/**
	 * Every calendar event of the story, in the order the tracking processor delivers
	 * them, with each submission's own aggregate sequence.
	 */
	public static void feed(CalendarProjection calendar) {
		calendar.on(submitted(FESTIVAL, Country.KZ, FESTIVAL_EVENT),
				Fixtures.recorded(0L, Fixtures.later(100), Fixtures.liaison(Country.KZ, "corr-cal-1")));
		calendar.on(new CalendarSubmissionIncluded(FESTIVAL, CALENDAR, Country.KZ, null),
				Fixtures.recorded(1L, Fixtures.later(110), Fixtures.secretariat()));

		calendar.on(submitted(TEXTILES, Country.UZ, TEXTILES_FIRST),
				Fixtures.recorded(0L, Fixtures.later(101), Fixtures.liaison(Country.UZ, "corr-cal-2")));
		calendar.on(new CalendarSubmissionReturned(TEXTILES, CALENDAR, Country.UZ, "Give the full title"),
				Fixtures.recorded(1L, Fixtures.later(111), Fixtures.secretariat()));
		calendar.on(new CalendarEventResubmitted(TEXTILES, CALENDAR, Country.UZ, TEXTILES_CORRECTED),
				Fixtures.recorded(2L, Fixtures.later(121), Fixtures.liaison(Country.UZ, "corr-cal-3")));
		calendar.on(new CalendarSubmissionIncluded(TEXTILES, CALENDAR, Country.UZ, "Welcome"),
				Fixtures.recorded(3L, Fixtures.later(131), Fixtures.secretariat()));

		calendar.on(
				submitted(NEW_YEAR, Country.KZ,
						event("New Year days", CulturalEventType.HERITAGE_DAY, "Astana", LocalDate.of(2025, 12, 30),
								LocalDate.of(2026, 1, 2))),
				Fixtures.recorded(0L, Fixtures.later(102), Fixtures.sample()));
		calendar.on(new CalendarSubmissionIncluded(NEW_YEAR, CALENDAR, Country.KZ, null),
				Fixtures.recorded(1L, Fixtures.later(112), Fixtures.sample()));

		calendar.on(
				submitted(PLAY, Country.KG,
						event("Epic storytellers", CulturalEventType.THEATRE, "Bishkek", LocalDate.of(2026, 8, 28),
								LocalDate.of(2026, 8, 28))),
				Fixtures.recorded(0L, Fixtures.later(103), Fixtures.liaison(Country.KG, "corr-cal-4")));
		calendar.on(new CalendarSubmissionReturned(PLAY, CALENDAR, Country.KG, "Name the venue"),
				Fixtures.recorded(1L, Fixtures.later(113), Fixtures.secretariat()));

		calendar.on(
				submitted(CONCERT, Country.TJ,
						event("Spring concert", CulturalEventType.CONCERT, "Dushanbe", LocalDate.of(2026, 5, 9),
								LocalDate.of(2026, 5, 9))),
				Fixtures.recorded(0L, Fixtures.later(104), Fixtures.liaison(Country.TJ, "corr-cal-5")));

		calendar.on(
				submitted(CARPETS, Country.TM,
						event("Carpet weaving", CulturalEventType.EXHIBITION, "Ashgabat", LocalDate.of(2026, 5, 25),
								LocalDate.of(2026, 5, 31))),
				Fixtures.recorded(0L, Fixtures.later(105), Fixtures.liaison(Country.TM, "corr-cal-6")));
		calendar.on(new CalendarSubmissionIncluded(CARPETS, CALENDAR, Country.TM, null),
				Fixtures.recorded(1L, Fixtures.later(115), Fixtures.secretariat()));
		calendar.on(
				new CalendarSubmissionWithdrawn(CARPETS, CALENDAR, Country.TM, SubmissionState.INCLUDED, "Postponed"),
				Fixtures.recorded(2L, Fixtures.later(125), Fixtures.liaison(Country.TM, "corr-cal-7")));
	}

}
