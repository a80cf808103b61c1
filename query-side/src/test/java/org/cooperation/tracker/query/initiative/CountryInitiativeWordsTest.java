package org.cooperation.tracker.query.initiative;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country page words every kind of thing that waits on a country, and the
 * initiative's timeline every role an actor can have, in all three languages.
 */
class CountryInitiativeWordsTest {

	@Test
	void everyKindOfWaitingThingHasItsWords() {
		List<String> missing = Stream.of(AwaitedKind.values())
			.map(Display::key)
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList();
		assertThat(missing).isEmpty();
	}

	@Test
	void everyRoleHasItsWords() {
		List<String> missing = Stream.of(Role.values())
			.map((role) -> "initiative.timeline.role." + role.name())
			.filter((key) -> !MessageBundles.keys().contains(key))
			.toList();
		assertThat(missing).isEmpty();
	}

}
