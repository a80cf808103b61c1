package org.cooperation.tracker.command.demo;

import java.time.LocalDate;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEntryState;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEntry;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarEntry;

/**
 * A sample 2026 edition of the cultural calendar: entries from every participant in each
 * state, invented for the demonstration. Titles say "(sample)", descriptions carry the
 * sample note, links point to example.org.
 */
@Component
@ConditionalOnProperty(name = "tracker.demo-data", havingValue = "load")
class CalendarDemo implements DemoProgramme {

	private static final EditionYear EDITION = new EditionYear(2026);

	@Override
	public void load(DemoCommands send) {
		CalendarEntryId folk = submit(send, Country.KZ, "Steppe folk music festival (sample)",
				CulturalEventType.FESTIVAL, LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "Almaty",
				"https://example.org/sample/kz-folk-festival");
		include(send, folk);
		CalendarEntryId nauryz = submit(send, Country.KZ, "Nauryz heritage days (sample)",
				CulturalEventType.HERITAGE_DAY, LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 23), "Astana", null);
		include(send, nauryz);
		CalendarEntryId textiles = submit(send, Country.UZ, "Silk Road textiles exhibition (sample)",
				CulturalEventType.EXHIBITION, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "Samarkand",
				"https://example.org/sample/uz-textiles");
		include(send, textiles);
		submit(send, Country.UZ, "Central Asian film week (sample)", CulturalEventType.FILM, LocalDate.of(2026, 9, 14),
				LocalDate.of(2026, 9, 20), "Tashkent", "https://example.org/sample/uz-film-week");
		CalendarEntryId epic = submit(send, Country.KG, "Evening of epic storytellers (sample)",
				CulturalEventType.THEATRE, LocalDate.of(2026, 8, 28), LocalDate.of(2026, 8, 28), "Bishkek", null);
		send.sample(new DecideOnCalendarEntry(epic, CalendarEntryState.RETURNED,
				DemoCommands.SAMPLE_NOTE + " Returned: please name the venue."));
		CalendarEntryId orchestra = submit(send, Country.TJ, "Spring concert of the national orchestra (sample)",
				CulturalEventType.CONCERT, LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 9), "Dushanbe",
				"https://example.org/sample/tj-spring-concert");
		include(send, orchestra);
		CalendarEntryId carpets = submit(send, Country.TM, "Carpet weaving exhibition (sample)",
				CulturalEventType.EXHIBITION, LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 31), "Ashgabat", null);
		send.sample(new WithdrawCalendarEntry(carpets, Country.TM,
				DemoCommands.SAMPLE_NOTE + " Withdrawn: postponed to the next edition."));
		submit(send, Country.AZ, "Mugham evening (sample)", CulturalEventType.CONCERT, LocalDate.of(2026, 10, 15),
				LocalDate.of(2026, 10, 15), "Baku", "https://example.org/sample/az-mugham-evening");
	}

	private static CalendarEntryId submit(DemoCommands send, Country country, String title, CulturalEventType type,
			LocalDate start, LocalDate end, String place, String link) {
		CalendarEntryId id = CalendarEntryId.random();
		send.sample(new SubmitCalendarEntry(id, DemoCommands.CALENDAR, country, EDITION,
				new CulturalEvent(LocalizedText.english(title), type, start, end, place,
						(link != null) ? EvidenceLink.of(link) : null,
						LocalizedText.english(DemoCommands.SAMPLE_NOTE))));
		return id;
	}

	private static void include(DemoCommands send, CalendarEntryId id) {
		send.sample(new DecideOnCalendarEntry(id, CalendarEntryState.INCLUDED, null));
	}

}
