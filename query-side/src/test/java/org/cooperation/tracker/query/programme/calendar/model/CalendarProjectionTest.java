package org.cooperation.tracker.query.programme.calendar.model;

import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventResubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionIncluded;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.SubmissionState;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.CARPETS;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.CONCERT;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.FESTIVAL;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.NEW_YEAR;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.PLAY;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.TEXTILES;
import static org.cooperation.tracker.query.programme.calendar.CalendarStory.TEXTILES_CORRECTED;

/** Every calendar event against the read model on PostgreSQL, redelivered and reset. */
class CalendarProjectionTest extends QuerySideTestBase {

	@Autowired
	private CalendarProjection projection;

	@Autowired
	private CalendarSubmissionRowRepository submissions;

	@Autowired
	private SubmissionChangeRowRepository changes;

	@Autowired
	private CalendarFigures figures;

	@BeforeEach
	void recordTheEdition() {
		emptyReadModels();
		project(() -> CalendarStory.feed(projection));
	}

	private CalendarSubmissionRow row(CalendarSubmissionId id) {
		return submissions.findById(id.value()).orElseThrow();
	}

	@Test
	void submittedEventIsStoredWithEverythingItSays() {
		CalendarSubmissionRow festival = row(FESTIVAL);
		assertThat(festival.getInitiativeId()).isEqualTo(CALENDAR.value());
		assertThat(festival.getCountry()).isEqualTo(Country.KZ);
		assertThat(festival.getEditionYear()).isEqualTo(2026);
		assertThat(festival.getTitle().en()).isEqualTo("Steppe folk music festival");
		assertThat(festival.getTitle().kk()).isEqualTo("Дала фольк-музыкасы фестивалі");
		assertThat(festival.getEventType()).isEqualTo(CulturalEventType.FESTIVAL);
		assertThat(festival.getCity()).isEqualTo("Almaty");
		assertThat(festival.getStartDate()).isEqualTo("2026-06-12");
		assertThat(festival.getEndDate()).isEqualTo("2026-06-14");
		assertThat(festival.getOrganiser()).isEqualTo("Union of folk musicians");
		assertThat(festival.getLink()).isEqualTo("https://example.org/festival");
		assertThat(festival.getDescription().en()).isEqualTo("Three days of dombra, kobyz and song");
		assertThat(festival.getSubmittedAt()).isEqualTo(Fixtures.later(100));
		assertThat(festival.isSample()).isFalse();
		assertThat(row(CONCERT).getState()).isEqualTo(SubmissionState.SUBMITTED);
		assertThat(row(CONCERT).getRevision()).isEqualTo(1);
	}

	@Test
	void inclusionAndReturnSetTheStateAndReason() {
		assertThat(row(FESTIVAL).getState()).isEqualTo(SubmissionState.INCLUDED);
		assertThat(row(FESTIVAL).getLastChangedAt()).isEqualTo(Fixtures.later(110));
		assertThat(row(PLAY).getState()).isEqualTo(SubmissionState.RETURNED);
		assertThat(row(PLAY).getStateReason()).isEqualTo("Name the venue");
	}

	@Test
	void resubmissionReplacesTheEventAndCountsARevision() {
		CalendarSubmissionRow textiles = row(TEXTILES);
		assertThat(textiles.getTitle().en()).isEqualTo(TEXTILES_CORRECTED.title().en());
		assertThat(textiles.getRevision()).isEqualTo(2);
		assertThat(textiles.getState()).isEqualTo(SubmissionState.INCLUDED);
		assertThat(textiles.getStateReason()).isEqualTo("Welcome");
		assertThat(changes.findBySubmissionIdOrderByAggregateSequence(TEXTILES.value()))
			.extracting(SubmissionChangeRow::getChange)
			.containsExactly(SubmissionChange.SUBMITTED, SubmissionChange.RETURNED, SubmissionChange.RESUBMITTED,
					SubmissionChange.INCLUDED);
	}

	@Test
	void withdrawalKeepsTheReasonAndTheHistory() {
		assertThat(row(CARPETS).getState()).isEqualTo(SubmissionState.WITHDRAWN);
		assertThat(row(CARPETS).getStateReason()).isEqualTo("Postponed");
		List<SubmissionChangeRow> history = changes.findBySubmissionIdOrderByAggregateSequence(CARPETS.value());
		assertThat(history).extracting(SubmissionChangeRow::getState)
			.containsExactly(SubmissionState.SUBMITTED, SubmissionState.INCLUDED, SubmissionState.WITHDRAWN);
		assertThat(history.get(2).getRecordedBy().getActor()).isEqualTo("liaison-tm");
		assertThat(history.get(2).getRecordedBy().getActorCountry()).isEqualTo("TM");
		assertThat(history.get(2).getRecordedBy().getCorrelationId()).isEqualTo("corr-cal-7");
	}

	@Test
	void demoDataIsMarkedSample() {
		assertThat(row(NEW_YEAR).isSample()).isTrue();
		assertThat(changes.findBySubmissionIdOrderByAggregateSequence(NEW_YEAR.value()))
			.allMatch((change) -> change.getRecordedBy().isSample());
	}

	@Test
	void redeliveredOrLateEventsChangeNothing() {
		long before = changes.count();
		project(() -> {
			CalendarStory.feed(projection);
			projection.on(new CalendarSubmissionReturned(TEXTILES, CALENDAR, Country.UZ, "Give the full title"),
					Fixtures.recorded(1L, Fixtures.later(111), Fixtures.secretariat()));
			projection.on(new CalendarEventResubmitted(TEXTILES, CALENDAR, Country.UZ, CalendarStory.TEXTILES_FIRST),
					Fixtures.recorded(2L, Fixtures.later(121), Fixtures.liaison(Country.UZ, "corr-cal-3")));
		});

		assertThat(changes.count()).isEqualTo(before);
		assertThat(submissions.count()).isEqualTo(6);
		assertThat(row(TEXTILES).getState()).isEqualTo(SubmissionState.INCLUDED);
		assertThat(row(TEXTILES).getRevision()).isEqualTo(2);
		assertThat(row(TEXTILES).getTitle().en()).isEqualTo(TEXTILES_CORRECTED.title().en());
		assertThat(row(TEXTILES).getAggregateVersion()).isEqualTo(3);
	}

	@Test
	void eachSubmissionsVersionIsTheSequenceOfItsLastEvent() {
		assertThat(row(CONCERT).getAggregateVersion()).as("submitted").isZero();
		assertThat(row(FESTIVAL).getAggregateVersion()).as("included").isEqualTo(1);
		assertThat(row(PLAY).getAggregateVersion()).as("returned").isEqualTo(1);
		assertThat(row(CARPETS).getAggregateVersion()).as("withdrawn").isEqualTo(2);
		assertThat(row(TEXTILES).getAggregateVersion()).as("included after a resubmission").isEqualTo(3);
		project(() -> projection.on(
				new CalendarEventResubmitted(PLAY, CALENDAR, Country.KG, CalendarStory.TEXTILES_FIRST),
				Fixtures.recorded(2L, Fixtures.later(140), Fixtures.liaison(Country.KG, "corr-cal-8"))));
		assertThat(row(PLAY).getAggregateVersion()).as("resubmitted").isEqualTo(2);
	}

	@Test
	void changeOfAnUnknownSubmissionIsSkipped() {
		project(() -> projection.on(new CalendarSubmissionIncluded(CalendarStory.id(9), CALENDAR, Country.KZ, null),
				Fixtures.recorded(1L, Fixtures.later(200), Fixtures.secretariat())));

		assertThat(submissions.existsById(CalendarStory.id(9).value())).isFalse();
	}

	@Test
	void resetEmptiesTheReadModel() {
		project(projection::reset);

		assertThat(rows("rm_calendar_submission")).isZero();
		assertThat(rows("rm_calendar_submission_change")).isZero();
	}

	@Test
	void figuresCountIncludedEventsAndThoseAwaitingADecisionPerCountry() {
		Map<Country, List<ProgrammeFigure>> byCountry = figures.figuresFor(CALENDAR.value());

		assertThat(figures.kind().name()).isEqualTo("CULTURAL_CALENDAR");
		assertThat(byCountry.get(Country.KZ))
			.containsExactly(ProgrammeFigure.of("calendar.included", "events included", 2));
		assertThat(byCountry.get(Country.UZ))
			.containsExactly(ProgrammeFigure.of("calendar.included", "event included", 1));
		assertThat(byCountry.get(Country.TJ)).containsExactly(
				ProgrammeFigure.of("calendar.included", "events included", 0),
				ProgrammeFigure.of("calendar.awaiting", "awaiting decision", 1));
		assertThat(byCountry.get(Country.KG))
			.containsExactly(ProgrammeFigure.of("calendar.included", "events included", 0));
		assertThat(byCountry.get(Country.TM))
			.containsExactly(ProgrammeFigure.of("calendar.included", "events included", 0));
		assertThat(byCountry).doesNotContainKey(Country.AZ);
		assertThat(figures.figuresFor(Fixtures.ARCHIVE_EXCHANGE.value())).isEmpty();
	}

}
