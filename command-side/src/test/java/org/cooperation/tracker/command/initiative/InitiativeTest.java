package org.cooperation.tracker.command.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.protocol.AgreedTerms;
import org.cooperation.tracker.command.protocol.ProtocolTerms;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.IMPLEMENTING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;
import static org.hamcrest.Matchers.endsWith;

class InitiativeTest {

	static final ProtocolId TASHKENT = new ProtocolId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	static final DirectionId HERITAGE = new DirectionId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final LocalizedText CALENDAR_TITLE = LocalizedText.english("Cultural calendar");

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	static final LocalDate DAY = LocalDate.of(2025, 12, 1);

	static final Set<Country> MEMBERS = Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM);

	static final InitiativeProposed PROPOSED_EVENT = new InitiativeProposed(CALENDAR, TASHKENT, HERITAGE,
			InitiativeKind.CULTURAL_CALENDAR, CALENDAR_TITLE, null, Country.KZ, MEMBERS);

	static final ProtocolTerms TERMS = (protocolId) -> {
		if (!protocolId.equals(TASHKENT)) {
			throw new UnknownReference("no protocol " + protocolId + " is recorded");
		}
		return new AgreedTerms(TASHKENT, LocalizedText.english("Tashkent meeting"), MEMBERS,
				Map.of(HERITAGE, LocalizedText.english("Cultural heritage")));
	};

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<Initiative> fixture = sentBy(newFixture(), InitiativeTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<Initiative> newFixture() {
		AggregateTestFixture<Initiative> fixture = new AggregateTestFixture<>(Initiative.class);
		fixture.registerInjectableResource(TERMS);
		fixture.registerInjectableResource(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		return fixture;
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof ChangeParticipationStatus change) {
			return CommandSenders.liaisonOf(change.country());
		}
		if (command instanceof FileProgressReport report) {
			return CommandSenders.liaisonOf(report.country());
		}
		return CommandSenders.SECRETARIAT;
	}

	private static ProposeInitiative propose(ProtocolId protocol, DirectionId direction, Country proposer,
			Set<Country> participants) {
		return new ProposeInitiative(CALENDAR, protocol, direction, InitiativeKind.CULTURAL_CALENDAR, CALENDAR_TITLE,
				null, proposer, participants);
	}

	private static ChangeParticipationStatus move(Country country,
			org.cooperation.tracker.kernel.initiative.ParticipationStatus to, LocalDate on) {
		return new ChangeParticipationStatus(CALENDAR, country, to, on, null, List.of());
	}

	private static ParticipationStatusChanged moved(Country country,
			org.cooperation.tracker.kernel.initiative.ParticipationStatus from,
			org.cooperation.tracker.kernel.initiative.ParticipationStatus to, LocalDate on) {
		return new ParticipationStatusChanged(CALENDAR, country, from, to, on, null, List.of());
	}

	/**
	 * The proposed initiative, and the country's status moved along that path, one step
	 * at a time, all on {@link #DAY}.
	 */
	private static List<Object> walked(Country country,
			org.cooperation.tracker.kernel.initiative.ParticipationStatus... path) {
		List<Object> events = new ArrayList<>(List.of(PROPOSED_EVENT));
		for (int step = 1; step < path.length; step++) {
			events.add(moved(country, path[step - 1], path[step], DAY));
		}
		return events;
	}

	@Test
	void secretariatProposesAnInitiativeToTheMembers() {
		fixture.givenNoPriorActivity()
			.when(propose(TASHKENT, HERITAGE, Country.KZ, MEMBERS))
			.expectEvents(PROPOSED_EVENT);
	}

	@Test
	void initiativeBelongsToARecordedProtocol() {
		fixture.givenNoPriorActivity()
			.when(propose(ProtocolId.random(), HERITAGE, Country.KZ, MEMBERS))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void initiativeServesAnAgreedDirection() {
		fixture.givenNoPriorActivity()
			.when(propose(TASHKENT, DirectionId.random(), Country.KZ, MEMBERS))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void participantsMustBePartiesOfTheProtocol() {
		refused(fixture.givenNoPriorActivity()
			.when(propose(TASHKENT, HERITAGE, Country.KZ, Set.of(Country.KZ, Country.AZ))), RuleViolation.class,
				"Azerbaijan cannot participate: it is not a party to the protocol of 'Tashkent meeting'");
	}

	@Test
	void proposerMustBeAParty() {
		fixture.givenNoPriorActivity()
			.when(propose(TASHKENT, HERITAGE, Country.AZ, MEMBERS))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void liaisonMovesTheirCountryForwardOneStep() {
		fixture.given(PROPOSED_EVENT)
			.when(new ChangeParticipationStatus(CALENDAR, Country.KG, AGREED, DAY, "Ministry order No. 12",
					List.of(EvidenceLink.of("https://example.org/order-12"))))
			.expectEvents(new ParticipationStatusChanged(CALENDAR, Country.KG, PROPOSED, AGREED, DAY,
					"Ministry order No. 12", List.of(EvidenceLink.of("https://example.org/order-12"))));
	}

	@Test
	void participationWalksTheWholePathToCompleted() {
		fixture.given(walked(Country.KG, PROPOSED, AGREED, PREPARING, IMPLEMENTING))
			.when(move(Country.KG, COMPLETED, DAY.plusDays(1)))
			.expectEvents(moved(Country.KG, IMPLEMENTING, COMPLETED, DAY.plusDays(1)));
	}

	@Test
	void liaisonCannotReopenCompletedParticipation() {
		refused(fixture.given(walked(Country.KG, PROPOSED, AGREED, PREPARING, IMPLEMENTING, COMPLETED))
			.when(move(Country.KG, PREPARING, DAY)), RuleViolation.class,
				"Kyrgyzstan's status on 'Cultural calendar' is COMPLETED; it cannot move to PREPARING (COMPLETED is final)");
	}

	@Test
	void suspendedParticipationResumesToTheStateItLeft() {
		fixture.given(walked(Country.TJ, PROPOSED, AGREED, PREPARING, SUSPENDED))
			.when(move(Country.TJ, PREPARING, DAY.plusDays(3)))
			.expectEvents(moved(Country.TJ, SUSPENDED, PREPARING, DAY.plusDays(3)));
	}

	@Test
	void suspendedParticipationCannotSkipAhead() {
		refused(fixture.given(walked(Country.TJ, PROPOSED, AGREED, SUSPENDED))
			.when(move(Country.TJ, IMPLEMENTING, DAY)), RuleViolation.class,
				"Tajikistan's status on 'Cultural calendar' is SUSPENDED; it cannot move to IMPLEMENTING (it may move to [AGREED])");
	}

	@Test
	void countryMayDeclineWhileOnlyAgreed() {
		fixture.given(PROPOSED_EVENT, moved(Country.TM, PROPOSED, AGREED, DAY))
			.when(move(Country.TM, DECLINED, DAY))
			.expectEvents(moved(Country.TM, AGREED, DECLINED, DAY));
	}

	@Test
	void statusChangeCannotTakeEffectBeforeThePreviousOne() {
		fixture.given(PROPOSED_EVENT, moved(Country.KZ, PROPOSED, AGREED, DAY))
			.when(move(Country.KZ, PREPARING, DAY.minusDays(1)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void statusChangeCannotTakeEffectInTheFuture() {
		fixture.given(PROPOSED_EVENT)
			.when(move(Country.KZ, AGREED, TODAY.plusDays(1)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyParticipantsHaveAStatus() {
		refused(fixture.given(PROPOSED_EVENT).when(move(Country.AZ, AGREED, DAY)), RuleViolation.class,
				"Azerbaijan does not participate in 'Cultural calendar'; its participants are [KZ, UZ, KG, TJ, TM]");
	}

	@Test
	void liaisonFilesAProgressReport() {
		ProgressReportId report = new ProgressReportId(UUID.fromString("00000000-0000-0000-0000-0000000000e1"));
		fixture.given(PROPOSED_EVENT, moved(Country.UZ, PROPOSED, AGREED, DAY))
			.when(new FileProgressReport(CALENDAR, report, Country.UZ, new ProgressPercent(40), DAY,
					"Draft calendar sent", List.of()))
			.expectEvents(new ProgressReported(CALENDAR, report, Country.UZ, new ProgressPercent(40), DAY,
					"Draft calendar sent", List.of()));
	}

	@Test
	void declinedCountryHasNoProgressToReport() {
		fixture.given(PROPOSED_EVENT, moved(Country.TM, PROPOSED, DECLINED, DAY))
			.when(new FileProgressReport(CALENDAR, ProgressReportId.random(), Country.TM, new ProgressPercent(10), DAY,
					null, List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void progressReportOfANonParticipantIsRefused() {
		fixture.given(PROPOSED_EVENT)
			.when(new FileProgressReport(CALENDAR, ProgressReportId.random(), Country.AZ, new ProgressPercent(10), DAY,
					null, List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void progressReportCannotDescribeTheFuture() {
		fixture.given(PROPOSED_EVENT)
			.when(new FileProgressReport(CALENDAR, ProgressReportId.random(), Country.KZ, new ProgressPercent(10),
					TODAY.plusDays(2), null, List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSecretariatProposes() {
		refused(fixture.givenNoPriorActivity()
			.when(propose(TASHKENT, HERITAGE, Country.KZ, MEMBERS), as(liaisonOf(Country.KZ))), AccessRefused.class,
				"only the secretariat may propose an initiative; 'liaison-kz' is Kazakhstan's liaison");
	}

	@Test
	void aLiaisonMovesOnlyItsOwnCountry() {
		refused(fixture.given(PROPOSED_EVENT).when(move(Country.KZ, AGREED, DAY), as(liaisonOf(Country.KG))),
				AccessRefused.class, "only Kazakhstan's liaison may change Kazakhstan's status on 'Cultural calendar'; "
						+ "'liaison-kg' is Kyrgyzstan's liaison");
	}

	@Test
	void aLiaisonReportsProgressOnlyForItsOwnCountry() {
		refused(fixture.given(PROPOSED_EVENT)
			.when(new FileProgressReport(CALENDAR, ProgressReportId.random(), Country.KZ, new ProgressPercent(10), DAY,
					null, List.of()), as(liaisonOf(Country.KG))),
				AccessRefused.class,
				"only Kazakhstan's liaison may report progress for Kazakhstan; 'liaison-kg' is Kyrgyzstan's liaison");
	}

	@Test
	void neitherTheSecretariatNorAReaderMovesACountry() {
		refused(fixture.given(PROPOSED_EVENT).when(move(Country.KZ, AGREED, DAY), as(SECRETARIAT)), AccessRefused.class,
				endsWith("; 'secretariat' is a SECRETARIAT"));
		fixture.given(PROPOSED_EVENT)
			.when(move(Country.KZ, AGREED, DAY), as(OFFICIAL))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(PROPOSED_EVENT).when(move(Country.KZ, AGREED, DAY)), AccessRefused.class,
				endsWith("; the command names no caller"));
	}

}
