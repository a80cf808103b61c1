package org.cooperation.tracker.command.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;

import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.initiative.InitiativeId;

/**
 * What every programme record's aggregate test stands on: a few recorded initiatives, a
 * fixed day, and a fixture that injects them.
 */
public final class ProgrammeFixtures {

	private ProgrammeFixtures() {
	}

	/**
	 * An initiative register that knows these initiatives and refuses any other id as the
	 * real one does.
	 */
	public static InitiativeRegister initiatives(InitiativeFacts... recorded) {
		Map<InitiativeId, InitiativeFacts> byId = Stream.of(recorded)
			.collect(Collectors.toMap(InitiativeFacts::initiativeId, Function.identity()));
		return (id) -> {
			InitiativeFacts facts = byId.get(id);
			if (facts == null) {
				throw new UnknownReference("no initiative " + id + " is recorded");
			}
			return facts;
		};
	}

	/** A clock that stands at the start of this day, UTC. */
	public static Clock clockOn(LocalDate today) {
		return Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
	}

	/** A fixture for the aggregate, with these resources injectable into its handlers. */
	public static <A> AggregateTestFixture<A> fixture(Class<A> aggregate, Object... resources) {
		AggregateTestFixture<A> fixture = new AggregateTestFixture<>(aggregate);
		Stream.of(resources).forEach(fixture::registerInjectableResource);
		return fixture;
	}

}
