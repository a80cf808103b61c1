package org.cooperation.tracker.command.demo;

import java.time.LocalDate;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEvent;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.DecideOnCalendarSubmission;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.kernel.programme.calendar.SubmitCalendarEvent;
import org.cooperation.tracker.kernel.programme.calendar.WithdrawCalendarSubmission;

/**
 * A sample 2026 edition of the cultural calendar, invented for the demonstration: events
 * from every participant, in every state. Titles say "(sample)", organisers are sample
 * ones, descriptions carry the sample note, links point to example.org; the submissions'
 * ids end in {@code ca0n}.
 */
class CalendarDemo implements DemoProgramme {

	private static final EditionYear EDITION = new EditionYear(2026);

	@Override
	public void load(DemoCommands send) {
		include(send, submit(send, 1, Country.KZ, "Steppe folk music festival (sample)", CulturalEventType.FESTIVAL,
				"Almaty", LocalDate.of(2026, 6, 12), LocalDate.of(2026, 6, 14), "kz-folk-festival"));
		include(send, submit(send, 2, Country.KZ, "Nauryz heritage days (sample)", CulturalEventType.HERITAGE_DAY,
				"Astana", LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 23), null));
		include(send,
				submit(send, 3, Country.UZ, "Silk Road textiles exhibition (sample)", CulturalEventType.EXHIBITION,
						"Samarkand", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "uz-textiles"));
		submit(send, 4, Country.UZ, "Central Asian film week (sample)", CulturalEventType.FILM, "Tashkent",
				LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 20), "uz-film-week");
		CalendarSubmissionId epic = submit(send, 5, Country.KG, "Evening of epic storytellers (sample)",
				CulturalEventType.THEATRE, "Bishkek", LocalDate.of(2026, 8, 28), LocalDate.of(2026, 8, 28), null);
		send.sample(new DecideOnCalendarSubmission(epic, DemoCommands.CALENDAR, SubmissionState.RETURNED,
				DemoCommands.SAMPLE_NOTE + " Returned: please name the venue."));
		include(send,
				submit(send, 6, Country.TJ, "Spring concert of the national orchestra (sample)",
						CulturalEventType.CONCERT, "Dushanbe", LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 9),
						"tj-spring-concert"));
		CalendarSubmissionId carpets = submit(send, 7, Country.TM, "Carpet weaving exhibition (sample)",
				CulturalEventType.EXHIBITION, "Ashgabat", LocalDate.of(2026, 5, 25), LocalDate.of(2026, 5, 31), null);
		send.sample(new WithdrawCalendarSubmission(carpets, DemoCommands.CALENDAR, Country.TM,
				DemoCommands.SAMPLE_NOTE + " Withdrawn: postponed to the next edition."));
		submit(send, 8, Country.AZ, "Mugham evening (sample)", CulturalEventType.CONCERT, "Baku",
				LocalDate.of(2026, 10, 15), LocalDate.of(2026, 10, 15), "az-mugham-evening");
	}

	private static CalendarSubmissionId submit(DemoCommands send, int n, Country country, String title,
			CulturalEventType type, String city, LocalDate start, LocalDate end, String page) {
		CalendarSubmissionId id = new CalendarSubmissionId(DemoCommands.fixedId("00000001ca0" + n));
		send.sample(new SubmitCalendarEvent(id, DemoCommands.CALENDAR, country, EDITION,
				new CulturalEvent(LocalizedText.english(title), type, city, start, end,
						"Sample organiser " + country.alpha2(),
						(page != null) ? EvidenceLink.of("https://example.org/sample/" + page) : null,
						LocalizedText.english(DemoCommands.SAMPLE_NOTE))));
		return id;
	}

	private static void include(DemoCommands send, CalendarSubmissionId id) {
		send.sample(new DecideOnCalendarSubmission(id, DemoCommands.CALENDAR, SubmissionState.INCLUDED, null));
	}

}
