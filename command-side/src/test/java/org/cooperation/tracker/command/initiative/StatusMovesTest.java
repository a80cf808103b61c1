package org.cooperation.tracker.command.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.StatusMoves;

import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.IMPLEMENTING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;

/**
 * Every (current status, asked status) pair, through the aggregate: the allowed moves
 * produce their event, every other move is refused with no event. "SUSPENDED after X" is
 * its own state, since a suspension may only resume to the state it left.
 */
class StatusMovesTest {

	private static final LocalDate DAY = InitiativeTest.DAY;

	/** How to reach each state from PROPOSED, and which moves it allows. */
	private record State(String name, List<ParticipationStatus> path, Set<ParticipationStatus> allowed) {

		ParticipationStatus current() {
			return path.isEmpty() ? PROPOSED : path.get(path.size() - 1);
		}

	}

	private static final List<State> STATES = List.of(new State("PROPOSED", List.of(), Set.of(AGREED, DECLINED)),
			new State("AGREED", List.of(AGREED), Set.of(PREPARING, SUSPENDED, DECLINED)),
			new State("PREPARING", List.of(AGREED, PREPARING), Set.of(IMPLEMENTING, SUSPENDED)),
			new State("IMPLEMENTING", List.of(AGREED, PREPARING, IMPLEMENTING), Set.of(COMPLETED, SUSPENDED)),
			new State("COMPLETED", List.of(AGREED, PREPARING, IMPLEMENTING, COMPLETED), Set.of()),
			new State("DECLINED from PROPOSED", List.of(DECLINED), Set.of()),
			new State("DECLINED from AGREED", List.of(AGREED, DECLINED), Set.of()),
			new State("SUSPENDED from AGREED", List.of(AGREED, SUSPENDED), Set.of(AGREED)),
			new State("SUSPENDED from PREPARING", List.of(AGREED, PREPARING, SUSPENDED), Set.of(PREPARING)),
			new State("SUSPENDED from IMPLEMENTING", List.of(AGREED, PREPARING, IMPLEMENTING, SUSPENDED),
					Set.of(IMPLEMENTING)));

	static Stream<Arguments> everyMove() {
		List<Arguments> moves = new ArrayList<>();
		for (State state : STATES) {
			for (ParticipationStatus asked : ParticipationStatus.values()) {
				moves.add(Arguments.of(state.name(), state, asked, state.allowed().contains(asked)));
			}
		}
		return moves.stream();
	}

	@ParameterizedTest(name = "{0} -> {2}: allowed={3}")
	@MethodSource("everyMove")
	void everyMoveIsAllowedOrRefusedByTheRules(String name, State state, ParticipationStatus asked, boolean allowed) {
		AggregateTestFixture<Initiative> fixture = CommandSenders.sentBy(new AggregateTestFixture<>(Initiative.class),
				InitiativeTest::whoMay);
		fixture.registerInjectableResource(InitiativeTest.TERMS);
		fixture.registerInjectableResource(
				Clock.fixed(InitiativeTest.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		List<Object> history = new ArrayList<>();
		history.add(InitiativeTest.PROPOSED_EVENT);
		ParticipationStatus from = PROPOSED;
		for (ParticipationStatus to : state.path()) {
			history.add(new ParticipationStatusChanged(InitiativeTest.CALENDAR, Country.KG, from, to, DAY, null,
					List.of()));
			from = to;
		}
		var result = fixture.given(history)
			.when(new ChangeParticipationStatus(InitiativeTest.CALENDAR, Country.KG, asked, DAY, null, List.of()));
		if (allowed) {
			result.expectEvents(new ParticipationStatusChanged(InitiativeTest.CALENDAR, Country.KG, state.current(),
					asked, DAY, null, List.of()));
		}
		else {
			result.expectException(RuleViolation.class)
				.expectExceptionMessage(
						"Kyrgyzstan's status on 'Cultural calendar' is " + state.current() + "; it cannot move to "
								+ asked
								+ (state.allowed().isEmpty() ? " (" + state.current() + " is final)"
										: " (it may move to "
												+ StatusMoves.next(state.current(),
														state.path().size() > 1
																? state.path().get(state.path().size() - 2) : PROPOSED)
												+ ")"))
				.expectNoEvents();
		}
	}

}
