package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.IMPLEMENTING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;

/**
 * What the workspace makes of the read models, projected from the Tashkent story's events
 * on PostgreSQL: the moves offered come from the command side's own rule (a suspended
 * participation may only resume to where it left), and an initiative still running with
 * no report for 90 days waits on its liaison, while a finished one does not. In the story
 * Kazakhstan agreed to the calendar and reported 40 % as of 2025-12-01; Kyrgyzstan has
 * not moved since the proposal was recorded on 2025-11-20.
 */
class WorkspaceQueriesTest extends QuerySideTestBase {

	private static final LocalDate KZ_REPORT = LocalDate.of(2025, 12, 1);

	@Autowired
	private WorkspaceQueries workspaces;

	/** The calendar's next event's sequence number: the story recorded four. */
	private long sequence;

	@BeforeEach
	void theStory() {
		recordTheTashkentStory();
		sequence = 4;
	}

	@Test
	void aRunningInitiativeWithoutAReportFor90DaysWaitsOnItsLiaison() {
		assertThat(quietOnes(workspaces.workspace(Country.KZ, KZ_REPORT.plusDays(90)))).as("90 days: not yet")
			.doesNotContain(Fixtures.CALENDAR.value());

		Workspace workspace = workspaces.workspace(Country.KZ, KZ_REPORT.plusDays(91));
		assertThat(quietOnes(workspace)).contains(Fixtures.CALENDAR.value());
		Workspace.Initiative calendar = calendarOf(workspace);
		assertThat(calendar.lastReportOrStart()).isEqualTo(KZ_REPORT);
		assertThat(calendar.status()).isEqualTo(AGREED);
		assertThat(calendar.percent()).isEqualTo(40);
		assertThat(calendar.version()).as("the calendar's four events").isEqualTo(3);
		assertThat(calendar.moves()).containsExactly(PREPARING, SUSPENDED, DECLINED);
	}

	@Test
	void withoutAnyReportTheQuietCountsFromTheProposal() {
		Workspace workspace = workspaces.workspace(Country.KG, LocalDate.of(2026, 3, 1));
		assertThat(workspace.initiatives()).extracting(Workspace.Initiative::initiativeId)
			.containsExactly(Fixtures.CALENDAR.value());
		assertThat(workspace.quiet()).extracting(Workspace.Initiative::lastReportOrStart)
			.containsExactly(LocalDate.of(2025, 11, 20));
		assertThat(workspace.initiatives().get(0).moves()).containsExactly(AGREED, DECLINED);
	}

	@Test
	void aSuspendedParticipationIsOfferedOnlyTheStatusItLeft() {
		move(Country.KZ, AGREED, PREPARING);
		move(Country.KZ, PREPARING, SUSPENDED);

		Workspace.Initiative calendar = calendarOf(workspaces.workspace(Country.KZ, KZ_REPORT.plusDays(10)));
		assertThat(calendar.status()).isEqualTo(SUSPENDED);
		assertThat(calendar.moves()).containsExactly(PREPARING);
	}

	@Test
	void aFinishedParticipationWaitsOnNobodyAndOffersNoMove() {
		for (List<ParticipationStatus> step : List.of(List.of(AGREED, PREPARING), List.of(PREPARING, IMPLEMENTING),
				List.of(IMPLEMENTING, COMPLETED))) {
			move(Country.KZ, step.get(0), step.get(1));
		}
		Workspace workspace = workspaces.workspace(Country.KZ, KZ_REPORT.plusDays(300));
		assertThat(quietOnes(workspace)).doesNotContain(Fixtures.CALENDAR.value());
		assertThat(calendarOf(workspace).moves()).isEmpty();
	}

	/** The initiatives the workspace says have waited too long for a report. */
	private static List<UUID> quietOnes(Workspace workspace) {
		return workspace.quiet().stream().map(Workspace.Initiative::initiativeId).toList();
	}

	/** The calendar: Kazakhstan also takes part in the story's archive exchange. */
	private static Workspace.Initiative calendarOf(Workspace workspace) {
		return workspace.initiatives()
			.stream()
			.filter((each) -> each.initiativeId().equals(Fixtures.CALENDAR.value()))
			.findFirst()
			.orElseThrow();
	}

	private void move(Country country, ParticipationStatus from, ParticipationStatus to) {
		long at = sequence++;
		var event = Fixtures.statusChanged(Fixtures.CALENDAR, country, from, to, KZ_REPORT.plusDays(at));
		var recorded = Fixtures.recorded(at, Fixtures.later(60 + (int) at), Fixtures.liaison(country, "corr-" + at));
		project(() -> {
			initiativesProjection.on(event, recorded);
			historyProjection.on(event, "workspace-" + at, recorded);
		});
	}

}
