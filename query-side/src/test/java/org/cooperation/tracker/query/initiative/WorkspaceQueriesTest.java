package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.common.Versioned;
import org.cooperation.tracker.query.history.HistoryEntry;
import org.cooperation.tracker.query.history.model.HistoryEntryType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * What the workspace makes of the read models: the moves offered come from the command
 * side's own rule (a suspended participation may only resume to where it left), and an
 * initiative still running with no report for 90 days waits on its liaison, while a
 * finished one does not. The read models themselves are the country and initiative
 * pages', tested against PostgreSQL with them; here they are given.
 */
class WorkspaceQueriesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final Instant PROPOSED_AT = Instant.parse("2025-11-20T10:00:00Z");

	final InitiativeQueries initiatives = mock(InitiativeQueries.class);

	final CountryQueries countries = mock(CountryQueries.class);

	final WorkspaceQueries workspaces = new WorkspaceQueries(initiatives, countries);

	@Test
	void aSuspendedParticipationIsOfferedOnlyTheStatusItLeft() {
		UUID id = given(ParticipationStatus.SUSPENDED,
				List.of(move(ParticipationStatus.PROPOSED, ParticipationStatus.AGREED),
						move(ParticipationStatus.AGREED, ParticipationStatus.PREPARING),
						move(ParticipationStatus.PREPARING, ParticipationStatus.SUSPENDED)));

		Workspace.Initiative shown = workspaces.workspace(Country.KG, TODAY).initiatives().get(0);

		assertThat(shown.initiativeId()).isEqualTo(id);
		assertThat(shown.moves()).containsExactly(ParticipationStatus.PREPARING);
		assertThat(shown.version()).isEqualTo(3);
	}

	@Test
	void aRunningInitiativeWithoutAReportFor90DaysWaitsOnItsLiaison() {
		given(ParticipationStatus.IMPLEMENTING,
				List.of(move(ParticipationStatus.PROPOSED, ParticipationStatus.AGREED), report(TODAY.minusDays(91))));

		Workspace workspace = workspaces.workspace(Country.KG, TODAY);

		assertThat(workspace.quiet()).hasSize(1);
		assertThat(workspace.quiet().get(0).lastReportOrStart()).isEqualTo(TODAY.minusDays(91));
	}

	@Test
	void aReportWithin90DaysOrAFinishedParticipationWaitsOnNobody() {
		given(ParticipationStatus.IMPLEMENTING, List.of(report(TODAY.minusDays(90))));
		assertThat(workspaces.workspace(Country.KG, TODAY).quiet()).isEmpty();

		given(ParticipationStatus.COMPLETED, List.of(report(TODAY.minusDays(300))));
		Workspace finished = workspaces.workspace(Country.KG, TODAY);
		assertThat(finished.quiet()).isEmpty();
		assertThat(finished.initiatives().get(0).moves()).isEmpty();
	}

	@Test
	void withoutAnyReportTheQuietCountsFromTheProposal() {
		given(ParticipationStatus.AGREED, List.of(move(ParticipationStatus.PROPOSED, ParticipationStatus.AGREED)));
		Workspace workspace = workspaces.workspace(Country.KG, TODAY);
		assertThat(workspace.quiet()).extracting(Workspace.Initiative::lastReportOrStart)
			.containsExactly(LocalDate.of(2025, 11, 20));
		assertThat(workspace.initiatives().get(0).moves()).containsExactly(ParticipationStatus.PREPARING,
				ParticipationStatus.SUSPENDED, ParticipationStatus.DECLINED);
	}

	private UUID given(ParticipationStatus status, List<HistoryEntry> history) {
		UUID id = UUID.randomUUID();
		LocalizedText title = LocalizedText.english("Cultural calendar");
		when(initiatives.countryInitiatives(Country.KG)).thenReturn(new CountryInitiatives(CountryView.of(Country.KG),
				List.of(new CountryInitiative(id, UUID.randomUUID(), InitiativeKind.CULTURAL_CALENDAR, title, status,
						status.iati().code(), status.iati().label(), null, null, PROPOSED_AT, false))));
		CountryStanding standing = new CountryStanding(Country.KG, status, status.iati().code(), status.iati().label(),
				null, null, null, PROPOSED_AT, false);
		InitiativeDetail detail = new InitiativeDetail(id, UUID.randomUUID(), UUID.randomUUID(), null,
				InitiativeKind.CULTURAL_CALENDAR, title, null, Country.KZ, List.of(Country.KZ, Country.KG), PROPOSED_AT,
				false, List.of(standing), history, org.cooperation.tracker.query.common.Moment.NOW);
		when(initiatives.initiative(id)).thenReturn(new Versioned<>(id.toString(), history.size(), detail));
		when(countries.waiting(Country.KG)).thenReturn(new CountryWaiting(Country.KG, List.of()));
		return id;
	}

	private static HistoryEntry move(ParticipationStatus from, ParticipationStatus to) {
		return new HistoryEntry(HistoryEntryType.STATUS_CHANGED, Country.KG, from, to, null, TODAY.minusDays(200), null,
				null, null, List.of(), PROPOSED_AT, "liaison-kg", "LIAISON", "KG", null, false);
	}

	private static HistoryEntry report(LocalDate asOf) {
		return new HistoryEntry(HistoryEntryType.PROGRESS_REPORTED, Country.KG, null, null, 40, null, asOf,
				UUID.randomUUID(), null, List.of(), PROPOSED_AT, "liaison-kg", "LIAISON", "KG", null, false);
	}

}
