package org.cooperation.tracker.query.initiative.model;

import java.time.LocalDate;
import java.util.UUID;

import org.cooperation.tracker.query.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.query.Fixtures.CALENDAR;
import static org.cooperation.tracker.query.Fixtures.CULTURAL_EXCHANGE;
import static org.cooperation.tracker.query.Fixtures.KZ_REPORT;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.TASHKENT;
import static org.cooperation.tracker.query.Fixtures.calendarProposed;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.progress;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;
import static org.cooperation.tracker.query.Fixtures.statusChanged;

class InitiativesProjectionTest extends QuerySideTestBase {

	private static final UUID INITIATIVE = CALENDAR.value();

	private static final LocalDate DECEMBER_1 = LocalDate.of(2025, 12, 1);

	@Autowired
	private InitiativesProjection projection;

	@Autowired
	private InitiativeRowRepository initiatives;

	@Autowired
	private ParticipantRowRepository participants;

	@BeforeEach
	void startWithTheCalendarProposed() {
		emptyReadModels();
		project(() -> projection.on(calendarProposed(), Fixtures.recorded(0L, RECORDED, secretariat())));
	}

	@Test
	void initiativeProposedStoresTheInitiativeAndEveryParticipantAtProposed() {
		InitiativeRow initiative = initiatives.findById(INITIATIVE).orElseThrow();
		assertThat(initiative.getProtocolId()).isEqualTo(TASHKENT.value());
		assertThat(initiative.getDirectionId()).isEqualTo(CULTURAL_EXCHANGE.value());
		assertThat(initiative.getKind()).isEqualTo(InitiativeKind.CULTURAL_CALENDAR);
		assertThat(initiative.getTitle().en()).isEqualTo("Central Asian cultural calendar");
		assertThat(initiative.getTitle().kk()).isEqualTo("Орталық Азия мәдени күнтізбесі");
		assertThat(initiative.getDescription().en()).startsWith("A document");
		assertThat(initiative.getProposedBy()).isEqualTo(Country.KZ);
		assertThat(initiative.getProposedAt()).isEqualTo(RECORDED);
		assertThat(initiative.isSample()).isFalse();

		assertThat(participants.findByInitiativeId(INITIATIVE)).extracting(ParticipantRow::getCountry)
			.containsExactlyInAnyOrder(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM);
		ParticipantRow kyrgyzstan = participant(Country.KG);
		assertThat(kyrgyzstan.getStatus()).isEqualTo(PROPOSED);
		assertThat(kyrgyzstan.getStatusEffectiveOn()).as("the proposal carries no business date").isNull();
		assertThat(kyrgyzstan.getPercent()).isNull();
		assertThat(kyrgyzstan.getLastRecordedAt()).isEqualTo(RECORDED);
		assertThat(kyrgyzstan.isSample()).isFalse();
	}

	@Test
	void initiativeProposedWithoutAKnownProposerLeavesItUnknown() {
		emptyReadModels();
		InitiativeProposed proposal = calendarProposed();
		project(() -> projection.on(
				new InitiativeProposed(proposal.initiativeId(), proposal.protocolId(), proposal.directionId(),
						proposal.kind(), proposal.title(), null, null, proposal.participants()),
				Fixtures.recorded(0L, RECORDED, secretariat())));

		InitiativeRow initiative = initiatives.findById(INITIATIVE).orElseThrow();
		assertThat(initiative.getProposedBy()).isNull();
		assertThat(initiative.getDescription()).isNull();
	}

	@Test
	void initiativeProposedFromDemoDataIsMarkedSample() {
		emptyReadModels();
		project(() -> projection.on(calendarProposed(), Fixtures.recorded(0L, RECORDED, sample())));

		assertThat(initiatives.findById(INITIATIVE).orElseThrow().isSample()).isTrue();
		assertThat(participant(Country.KZ).isSample()).isTrue();
	}

	@Test
	void initiativeProposedAgainDoesNotUndoLaterChanges() {
		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));

		project(() -> projection.on(calendarProposed(), Fixtures.recorded(0L, RECORDED, secretariat())));

		assertThat(rows("rm_initiative")).isEqualTo(1);
		assertThat(rows("rm_initiative_participant")).isEqualTo(5);
		assertThat(participant(Country.KZ).getStatus()).isEqualTo(AGREED);
		assertThat(version()).as("the version the later change gave it").isEqualTo(1);
	}

	@Test
	void everyEventOfTheInitiativeMovesItsVersionToTheEventsSequence() {
		assertThat(version()).as("proposed").isZero();

		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));
		assertThat(version()).as("status changed").isEqualTo(1);

		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
				Fixtures.recorded(2L, later(20), liaison(Country.KZ, "corr-2"))));
		assertThat(version()).as("progress reported").isEqualTo(2);
	}

	@Test
	void eventsDeliveredAgainNeverMoveTheVersionBack() {
		project(() -> {
			projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
					Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1")));
			projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
					Fixtures.recorded(2L, later(20), liaison(Country.KZ, "corr-2")));
		});

		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));
		project(() -> projection.on(calendarProposed(), Fixtures.recorded(0L, RECORDED, secretariat())));

		assertThat(version()).isEqualTo(2);
	}

	@Test
	void participationStatusChangedMovesTheCountryAndKeepsTheBusinessDate() {
		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));

		ParticipantRow kazakhstan = participant(Country.KZ);
		assertThat(kazakhstan.getStatus()).isEqualTo(AGREED);
		assertThat(kazakhstan.getStatusEffectiveOn()).isEqualTo(DECEMBER_1);
		assertThat(kazakhstan.getLastRecordedAt()).isEqualTo(later(10));
		assertThat(participant(Country.UZ).getStatus()).as("other countries stay where they were").isEqualTo(PROPOSED);
	}

	@Test
	void participationStatusChangedFromDemoDataMarksTheCellSample() {
		project(() -> projection.on(statusChanged(CALENDAR, Country.TJ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), sample())));

		assertThat(participant(Country.TJ).isSample()).isTrue();
	}

	@Test
	void participationStatusChangedTwiceOrLateNeverOverwritesANewerStatus() {
		project(() -> {
			projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
					Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1")));
			projection.on(statusChanged(CALENDAR, Country.KZ, AGREED, PREPARING, DECEMBER_1.plusDays(5)),
					Fixtures.recorded(2L, later(20), liaison(Country.KZ, "corr-2")));
		});

		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), liaison(Country.KZ, "corr-1"))));
		project(() -> projection.on(statusChanged(CALENDAR, Country.KZ, AGREED, PREPARING, DECEMBER_1.plusDays(5)),
				Fixtures.recorded(2L, later(20), liaison(Country.KZ, "corr-2"))));

		ParticipantRow kazakhstan = participant(Country.KZ);
		assertThat(kazakhstan.getStatus()).isEqualTo(PREPARING);
		assertThat(kazakhstan.getStatusEffectiveOn()).isEqualTo(DECEMBER_1.plusDays(5));
		assertThat(kazakhstan.getLastRecordedAt()).isEqualTo(later(20));
	}

	@Test
	void participationStatusChangedForANonParticipantIsSkipped() {
		project(() -> projection.on(statusChanged(CALENDAR, Country.AZ, PROPOSED, AGREED, DECEMBER_1),
				Fixtures.recorded(1L, later(10), secretariat())));

		assertThat(participants.findById(new ParticipantKey(INITIATIVE, Country.AZ))).isEmpty();
	}

	@Test
	void progressReportedSetsTheLatestPercent() {
		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
				Fixtures.recorded(1L, later(30), liaison(Country.KZ, "corr-3"))));

		ParticipantRow kazakhstan = participant(Country.KZ);
		assertThat(kazakhstan.getPercent()).isEqualTo(40);
		assertThat(kazakhstan.getPercentAsOf()).isEqualTo(DECEMBER_1);
		assertThat(kazakhstan.getLastRecordedAt()).isEqualTo(later(30));
		assertThat(kazakhstan.getStatus()).as("a report does not move the status").isEqualTo(PROPOSED);
	}

	@Test
	void progressReportedTwiceChangesNothing() {
		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
				Fixtures.recorded(1L, later(30), liaison(Country.KZ, "corr-3"))));
		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
				Fixtures.recorded(1L, later(30), liaison(Country.KZ, "corr-3"))));

		assertThat(participant(Country.KZ).getPercent()).isEqualTo(40);
		assertThat(rows("rm_initiative_participant")).isEqualTo(5);
	}

	@Test
	void aLaterDayReplacesThePercentButABackDatedReportDoesNot() {
		project(() -> {
			projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
					Fixtures.recorded(1L, later(30), liaison(Country.KZ, "c3")));
			projection.on(progress(ProgressReportId.random(), Country.KZ, 60, DECEMBER_1.plusDays(10)),
					Fixtures.recorded(2L, later(40), liaison(Country.KZ, "c4")));
			projection.on(progress(ProgressReportId.random(), Country.KZ, 50, DECEMBER_1.plusDays(5)),
					Fixtures.recorded(3L, later(50), liaison(Country.KZ, "c5")));
		});

		ParticipantRow kazakhstan = participant(Country.KZ);
		assertThat(kazakhstan.getPercent()).isEqualTo(60);
		assertThat(kazakhstan.getPercentAsOf()).isEqualTo(DECEMBER_1.plusDays(10));
		assertThat(kazakhstan.getLastRecordedAt()).as("the back-dated report was still recorded last")
			.isEqualTo(later(50));
	}

	@Test
	void aCorrectionForTheSameDayReplacesThePercent() {
		project(() -> {
			projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
					Fixtures.recorded(1L, later(30), liaison(Country.KZ, "c3")));
			projection.on(progress(ProgressReportId.random(), Country.KZ, 35, DECEMBER_1),
					Fixtures.recorded(2L, later(40), sample()));
		});

		ParticipantRow kazakhstan = participant(Country.KZ);
		assertThat(kazakhstan.getPercent()).isEqualTo(35);
		assertThat(kazakhstan.isSample()).as("the percent shown is demo data").isTrue();
	}

	@Test
	void resetEmptiesEveryTableOfTheReadModel() {
		project(() -> projection.on(progress(KZ_REPORT, Country.KZ, 40, DECEMBER_1),
				Fixtures.recorded(1L, later(30), liaison(Country.KZ, "corr-3"))));

		project(projection::reset);

		assertThat(rows("rm_initiative")).isZero();
		assertThat(rows("rm_initiative_participant")).isZero();
	}

	private long version() {
		return initiatives.findById(INITIATIVE).orElseThrow().getAggregateVersion();
	}

	private ParticipantRow participant(Country country) {
		return participants.findById(new ParticipantKey(INITIATIVE, country)).orElseThrow();
	}

}
