package org.cooperation.tracker.query.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.history.model.HistoryEntryType;
import org.cooperation.tracker.query.overview.Overview.CountryProgress;
import org.cooperation.tracker.query.overview.Overview.LatestChange;
import org.cooperation.tracker.query.overview.Overview.StatusCount;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.country.Country.AZ;
import static org.cooperation.tracker.kernel.country.Country.KG;
import static org.cooperation.tracker.kernel.country.Country.KZ;
import static org.cooperation.tracker.kernel.country.Country.TJ;
import static org.cooperation.tracker.kernel.country.Country.TM;
import static org.cooperation.tracker.kernel.country.Country.UZ;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The overview's figures for a known set of records, on PostgreSQL: the Tashkent story
 * (recorded in November 2025) and three more initiatives changed in December 2025.
 */
class OverviewQueriesTest extends QuerySideTestBase {

	static final InitiativeId COMPLETED_BY_KZ = id("0c0a");

	static final InitiativeId HALF_COMPLETED = id("0c0b");

	static final InitiativeId SUSPENDED_BY_TM = id("0c0c");

	static final Instant DECEMBER = Instant.parse("2025-12-02T08:00:00Z");

	@Autowired
	OverviewQueries queries;

	@Test
	void initiativesByOverallStatus() {
		recordTheStoryAndDecember();

		Overview overview = queries.overview(YearMonth.of(2025, 12));

		assertThat(overview.initiatives()).isEqualTo(5);
		assertThat(overview.byStatus()).extracting(StatusCount::status)
			.as("every status, in lifecycle order")
			.containsExactly(ParticipationStatus.values());
		assertThat(overview.byStatus()).extracting(StatusCount::initiatives)
			// the archive exchange; the calendar; -; the half-completed one; the one
			// Kazakhstan completed (Tajikistan declined); Turkmenistan's; -
			.containsExactly(1L, 1L, 0L, 1L, 1L, 1L, 0L);
		assertThat(overview.byStatus().get(0).sampleInitiatives()).as("the archive exchange is demo data").isEqualTo(1);
		assertThat(overview.byStatus().get(1).sampleInitiatives())
			.as("a status set by demo data: Uzbekistan agreed on the calendar in demo data")
			.isEqualTo(1);
		assertThat(overview.byStatus().get(3).sample()).isFalse();
	}

	@Test
	void eachCountrysAverageProgressOverTheInitiativesItTakesPartIn() {
		recordTheStoryAndDecember();

		List<CountryProgress> countries = queries.overview(YearMonth.of(2025, 12)).countries();

		assertThat(countries).extracting(CountryProgress::country).containsExactly(Country.values());
		// KZ: calendar 40, archives not reported (0), 100, 100: 240 / 4.
		assertThat(countries.get(0)).isEqualTo(new CountryProgress(KZ, 60, 4, 3, true));
		// UZ agreed on the calendar in demo data and is proposed on the demo archives.
		assertThat(countries.get(1)).isEqualTo(new CountryProgress(UZ, 0, 2, 0, true));
		// KG: calendar 0, 35 on the half-completed one: 17.5, rounded half up.
		assertThat(countries.get(2)).isEqualTo(new CountryProgress(KG, 18, 2, 1, false));
		// TJ declined the one Kazakhstan completed: only the calendar counts.
		assertThat(countries.get(3)).isEqualTo(new CountryProgress(TJ, 0, 1, 0, false));
		// TM: calendar 0, 50 reported before it suspended: a suspended one still counts.
		assertThat(countries.get(4)).isEqualTo(new CountryProgress(TM, 25, 2, 1, false));
		assertThat(countries.get(5)).isEqualTo(new CountryProgress(AZ, 0, 1, 0, true));
	}

	@Test
	void aCountryThatTakesPartInNothingHasNoAverage() {
		recordInitiativesAnd(() -> {
		}, Fixtures.calendarProposed());

		CountryProgress azerbaijan = queries.overview(YearMonth.of(2025, 12)).countries().get(5);

		assertThat(azerbaijan).isEqualTo(new CountryProgress(AZ, null, 0, 0, false));
	}

	@Test
	void recordsOfTheMonthInUtc() {
		recordTheStoryAndDecember();

		// November: 5 + 3 (demo) proposals, Kazakhstan agreed and reported, Uzbekistan
		// agreed (demo).
		assertThat(queries.overview(YearMonth.of(2025, 11)).recordedThisMonth()).isEqualTo(new Overview.Count(11, 4));
		// December: 2 + 2 + 1 proposals, 5 status changes, 4 reports; the last one at
		// 23:59:59 on the 31st.
		assertThat(queries.overview(YearMonth.of(2025, 12)).recordedThisMonth()).isEqualTo(new Overview.Count(14, 0));
		assertThat(queries.overview(YearMonth.of(2026, 1)).recordedThisMonth()).isEqualTo(new Overview.Count(0, 0));
	}

	@Test
	void theLatestChangesNewestFirstWithWhoAndWhen() {
		recordTheStoryAndDecember();

		Overview overview = queries.overview(YearMonth.of(2025, 12));

		assertThat(overview.latest()).hasSize(OverviewQueries.LATEST);
		LatestChange newest = overview.latest().get(0);
		assertThat(newest.initiativeId()).isEqualTo(SUSPENDED_BY_TM.value());
		assertThat(newest.initiativeTitle()).isEqualTo(LocalizedText.english("Initiative 0c0c"));
		assertThat(newest.type()).isEqualTo(HistoryEntryType.STATUS_CHANGED);
		assertThat(newest.country()).isEqualTo(TM);
		assertThat(newest.from()).isEqualTo(PROPOSED);
		assertThat(newest.to()).isEqualTo(SUSPENDED);
		assertThat(newest.recordedAt()).isEqualTo(Instant.parse("2025-12-31T23:59:59Z"));
		assertThat(newest.actor()).isEqualTo("liaison-tm");
		assertThat(newest.actorRole()).isEqualTo("LIAISON");
		assertThat(newest.actorCountry()).isEqualTo("TM");
		LatestChange report = overview.latest().get(1);
		assertThat(report.type()).isEqualTo(HistoryEntryType.PROGRESS_REPORTED);
		assertThat(report.percent()).isEqualTo(50);
		assertThat(overview.latest()).extracting(LatestChange::recordedAt)
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(overview.lastUpdated()).isEqualTo(newest.recordedAt());
	}

	@Test
	void nothingRecordedNothingToShow() {
		emptyReadModels();

		Overview overview = queries.overview(YearMonth.of(2025, 12));

		assertThat(overview.initiatives()).isZero();
		assertThat(overview.byStatus()).allMatch((count) -> count.initiatives() == 0);
		assertThat(overview.countries()).allMatch((country) -> country.averagePercent() == null);
		assertThat(overview.latest()).isEmpty();
		assertThat(overview.lastUpdated()).isNull();
		assertThat(overview.anySample()).isFalse();
	}

	@Test
	void fourTimesTheInitiativesCostTheSameStatements() throws Exception {
		emptyReadModels();
		proposeOneOfEveryKind();
		long fewPage = statementsToRead("/");
		long fewApi = statementsToRead("/api/overview");
		getOk("/api/overview").andExpect(jsonPath("$.initiatives").value(6));
		for (int round = 0; round < 3; round++) {
			proposeOneOfEveryKind();
		}
		long manyPage = statementsToRead("/");
		long manyApi = statementsToRead("/api/overview");
		getOk("/api/overview").andExpect(jsonPath("$.initiatives").value(24))
			.andExpect(jsonPath("$.latest", hasSize(OverviewQueries.LATEST)));
		System.out.printf("Overview: %d SQL statements (page) and %d (API) for 6 initiatives, %d and %d for 24%n",
				fewPage, fewApi, manyPage, manyApi);
		assertThat(manyPage).isEqualTo(fewPage);
		assertThat(manyApi).isEqualTo(fewApi);
		assertThat(fewApi).as("participants, countries, this month, the latest").isEqualTo(4);
	}

	private void proposeOneOfEveryKind() {
		project(() -> {
			for (InitiativeKind kind : InitiativeKind.values()) {
				InitiativeProposed proposed = new InitiativeProposed(InitiativeId.random(), Fixtures.TASHKENT,
						Fixtures.CULTURAL_EXCHANGE, kind, LocalizedText.english("A " + kind + " initiative"), null,
						Country.KZ, Set.of(Country.KZ, Country.UZ, Country.TJ));
				initiativesProjection.on(proposed, Fixtures.recorded(0L, Instant.now(), Fixtures.secretariat()));
				historyProjection.on(proposed, UUID.randomUUID().toString(),
						Fixtures.recorded(0L, Instant.now(), Fixtures.secretariat()));
			}
		});
	}

	/**
	 * The Tashkent story, then in December: one initiative Kazakhstan completed and
	 * Tajikistan declined, one Kazakhstan completed while Kyrgyzstan prepares, one
	 * Turkmenistan reported on and suspended.
	 */
	void recordTheStoryAndDecember() {
		recordTheTashkentStory();
		project(() -> {
			propose(COMPLETED_BY_KZ, 0, KZ, TJ);
			change(COMPLETED_BY_KZ, 1, KZ, PROPOSED, COMPLETED, 1);
			report(COMPLETED_BY_KZ, 2, KZ, 100, 2);
			change(COMPLETED_BY_KZ, 3, TJ, PROPOSED, DECLINED, 3);
			propose(HALF_COMPLETED, 4, KZ, KG);
			change(HALF_COMPLETED, 1, KZ, PROPOSED, COMPLETED, 5);
			report(HALF_COMPLETED, 2, KZ, 100, 6);
			change(HALF_COMPLETED, 3, KG, PROPOSED, PREPARING, 7);
			report(HALF_COMPLETED, 4, KG, 35, 8);
			propose(SUSPENDED_BY_TM, 9, TM);
			report(SUSPENDED_BY_TM, 1, TM, 50, 10);
		});
		project(() -> {
			ParticipationStatusChanged suspended = new ParticipationStatusChanged(SUSPENDED_BY_TM, TM, PROPOSED,
					SUSPENDED, LocalDate.of(2025, 12, 31), "Waiting for the budget", List.of());
			var recorded = Fixtures.recorded(2L, Instant.parse("2025-12-31T23:59:59Z"), Fixtures.liaison(TM, "c-last"));
			initiativesProjection.on(suspended, recorded);
			historyProjection.on(suspended, "overview-last", recorded);
		});
	}

	private void propose(InitiativeId initiative, int minutes, Country... countries) {
		InitiativeProposed proposed = new InitiativeProposed(initiative, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
				InitiativeKind.OTHER,
				LocalizedText.english("Initiative " + initiative.value().toString().substring(9, 13)), null, Country.KZ,
				Set.of(countries));
		var recorded = Fixtures.recorded(0L, at(minutes), Fixtures.secretariat());
		initiativesProjection.on(proposed, recorded);
		historyProjection.on(proposed, "overview-" + minutes, recorded);
	}

	private void change(InitiativeId initiative, long sequence, Country country, ParticipationStatus from,
			ParticipationStatus to, int minutes) {
		ParticipationStatusChanged changed = new ParticipationStatusChanged(initiative, country, from, to,
				LocalDate.of(2025, 12, 2), null, List.of());
		var recorded = Fixtures.recorded(sequence, at(minutes), Fixtures.liaison(country, "c-" + minutes));
		initiativesProjection.on(changed, recorded);
		historyProjection.on(changed, "overview-" + minutes, recorded);
	}

	private void report(InitiativeId initiative, long sequence, Country country, int percent, int minutes) {
		ProgressReported reported = new ProgressReported(initiative, ProgressReportId.random(), country,
				new ProgressPercent(percent), LocalDate.of(2025, 12, 2), null, List.of());
		var recorded = Fixtures.recorded(sequence, at(minutes), Fixtures.liaison(country, "c-" + minutes));
		initiativesProjection.on(reported, recorded);
		historyProjection.on(reported, "overview-" + minutes, recorded);
	}

	private static Instant at(int minutes) {
		return DECEMBER.plusSeconds(60L * minutes);
	}

	private static InitiativeId id(String tag) {
		return new InitiativeId(UUID.fromString("00000000-" + tag + "-4000-8000-000000000000"));
	}

}
