package org.cooperation.tracker.query.history.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.KZ_REPORT;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.calendarProposed;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.progress;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;
import static org.cooperation.tracker.query.Fixtures.statusChanged;

class ParticipationHistoryProjectionTest extends QuerySideTestBase {

	private static final UUID INITIATIVE = CALENDAR.value();

	private static final LocalDate DECEMBER_1 = LocalDate.of(2025, 12, 1);

	private static final String PROPOSAL_EVENT = "event-proposed";

	private static final String AGREEMENT_EVENT = "event-agreed";

	private static final String REPORT_EVENT = "event-reported";

	@Autowired
	private ParticipationHistoryProjection projection;

	@Autowired
	private HistoryEntryRowRepository entries;

	@BeforeEach
	void startEmpty() {
		emptyReadModels();
	}

	@Test
	void initiativeProposedStartsEveryParticipantsHistoryAtProposed() {
		project(() -> projection.on(calendarProposed(), PROPOSAL_EVENT,
				Fixtures.recorded(0L, RECORDED, secretariat())));

		List<HistoryEntryRow> rows = entries.findByInitiativeId(INITIATIVE);
		assertThat(rows).extracting(HistoryEntryRow::getCountry)
			.containsExactlyInAnyOrder(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM);
		assertThat(rows).allSatisfy(row -> {
			assertThat(row.getEntryType()).isEqualTo(HistoryEntryType.PROPOSED);
			assertThat(row.getFromStatus()).isNull();
			assertThat(row.getToStatus()).isEqualTo(PROPOSED);
			assertThat(row.getRecordedBy().getRecordedAt()).isEqualTo(RECORDED);
			assertThat(row.getRecordedBy().getActor()).isEqualTo("secretariat-1");
			assertThat(row.getRecordedBy().getActorRole()).isEqualTo("SECRETARIAT");
			assertThat(row.getRecordedBy().getCorrelationId()).isEqualTo("corr-secretariat");
			assertThat(row.getEvidence()).isEmpty();
			assertThat(row.getRecordedBy().isSample()).isFalse();
		});
	}

	@Test
	void participationStatusChangedIsRecordedWithNoteEvidenceAndWhoDidIt() {
		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1), AGREEMENT_EVENT,
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));

		HistoryEntryRow row = entries.findById(new HistoryKey(AGREEMENT_EVENT, Country.KZ)).orElseThrow();
		assertThat(row.getInitiativeId()).isEqualTo(INITIATIVE);
		assertThat(row.getEntryType()).isEqualTo(HistoryEntryType.STATUS_CHANGED);
		assertThat(row.getAggregateSequence()).isEqualTo(1L);
		assertThat(row.getFromStatus()).isEqualTo(PROPOSED);
		assertThat(row.getToStatus()).isEqualTo(AGREED);
		assertThat(row.getEffectiveOn()).isEqualTo(DECEMBER_1);
		assertThat(row.getNote()).isEqualTo("Agreed by the ministry");
		assertThat(row.getEvidence()).containsExactly("https://example.org/decree-1.pdf");
		assertThat(row.getRecordedBy().getRecordedAt()).isEqualTo(later(10));
		assertThat(row.getRecordedBy().getActor()).isEqualTo("liaison-kz");
		assertThat(row.getRecordedBy().getActorRole()).isEqualTo("LIAISON");
		assertThat(row.getRecordedBy().getActorCountry()).isEqualTo("KZ");
		assertThat(row.getRecordedBy().getCorrelationId()).isEqualTo("corr-1");
		assertThat(row.getRecordedBy().isSample()).isFalse();
	}

	@Test
	void progressReportedIsRecordedWithItsReportId() {
		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1), REPORT_EVENT,
				Fixtures.recorded(2L, later(30), sample())));

		HistoryEntryRow row = entries.findByInitiativeIdAndReportId(INITIATIVE, KZ_REPORT.value()).orElseThrow();
		assertThat(row.getEntryType()).isEqualTo(HistoryEntryType.PROGRESS_REPORTED);
		assertThat(row.getCountry()).isEqualTo(Country.KZ);
		assertThat(row.getPercent()).isEqualTo(40);
		assertThat(row.getAsOf()).isEqualTo(DECEMBER_1);
		assertThat(row.getNote()).isEqualTo("Draft calendar circulated");
		assertThat(row.getEvidence()).containsExactly("https://example.org/calendar-draft.pdf",
				"https://example.org/press-release");
		assertThat(row.getRecordedBy().isSample()).isTrue();
		assertThat(jdbc.queryForObject(
				"SELECT jsonb_array_length(evidence) FROM rm_participation_history " + "WHERE event_id = ?",
				Integer.class, REPORT_EVENT))
			.as("evidence is stored as a JSON array")
			.isEqualTo(2);
	}

	@Test
	void everyEventDeliveredTwiceIsRecordedOnce() {
		Runnable all = () -> {
			projection.on(calendarProposed(), PROPOSAL_EVENT, Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1), AGREEMENT_EVENT,
					Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1")));
			projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1), REPORT_EVENT,
					Fixtures.recorded(2L, later(30), liaison(Country.KZ, "corr-2")));
		};
		project(all);
		project(all);

		assertThat(rows("rm_participation_history")).isEqualTo(5 + 1 + 1);
	}

	@Test
	void resetEmptiesTheHistory() {
		project(() -> projection.on(calendarProposed(), PROPOSAL_EVENT,
				Fixtures.recorded(0L, RECORDED, secretariat())));

		project(projection::reset);

		assertThat(rows("rm_participation_history")).isZero();
	}

}
