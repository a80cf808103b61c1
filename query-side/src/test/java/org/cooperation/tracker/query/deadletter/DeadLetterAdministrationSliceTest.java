package org.cooperation.tracker.query.deadletter;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.query.web.QuerySliceTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * {@link DeadLetterAdministration} in a slice, with the dead letters (the slice's mock)
 * as the projections would report them: an admin lists what is parked, of every processor
 * or of one, and retries one; an official is refused; a processor nobody knows is a 404
 * that names the known ones. Parking, retrying and what the health endpoint shows need
 * the running processors: {@code DeadLetterTest}.
 */
class DeadLetterAdministrationSliceTest extends QuerySliceTest {

	static final String DEAD_LETTERS = "/api/admin/dead-letters";

	@Autowired
	DeadLetters deadLetters;

	@Test
	void anAdminListsWhatEveryProcessorOrOneHasParked() throws Exception {
		knownProcessors();
		given(deadLetters.parked("protocols")).willReturn(List.of(parked("protocols", "p-1")));
		given(deadLetters.parked("calendar")).willReturn(List.of(parked("calendar", "c-1"), parked("calendar", "c-2")));
		json(get(DEAD_LETTERS).with(signedInAs(Role.ADMIN))).andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].processor").value("protocols"))
			.andExpect(jsonPath("$[0].causeType").value(IllegalStateException.class.getName()))
			.andExpect(jsonPath("$[0].failedAttempts").value(3));
		json(get(DEAD_LETTERS).param("processor", "calendar").with(signedInAs(Role.ADMIN)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].sequence").value("c-2"));
	}

	@Test
	void anAdminsRetrySaysWhatWasAppliedAndWhatIsStillParked() throws Exception {
		knownProcessors();
		given(deadLetters.retry("protocols")).willReturn(1);
		given(deadLetters.parkedIn("protocols")).willReturn(0L);
		json(post(DEAD_LETTERS + "/protocols/retry").with(signedInAs(Role.ADMIN)))
			.andExpect(jsonPath("$.processor").value("protocols"))
			.andExpect(jsonPath("$.appliedSequences").value(1))
			.andExpect(jsonPath("$.stillParked").value(0));
	}

	@Test
	void onlyAdminsSeeAndRetryDeadLetters() throws Exception {
		knownProcessors();
		problem(get(DEAD_LETTERS), 403);
		problem(post(DEAD_LETTERS + "/protocols/retry"), 403);
		verify(deadLetters, never()).retry("protocols");
	}

	@Test
	void anUnknownProcessorIsA404ThatNamesTheKnownOnes() throws Exception {
		knownProcessors();
		problem(post(DEAD_LETTERS + "/no-such-projection/retry").with(signedInAs(Role.ADMIN)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("known are protocols, calendar")));
		problem(get(DEAD_LETTERS).param("processor", "no-such-projection").with(signedInAs(Role.ADMIN)), 404)
			.andExpect(jsonPath("$.detail").value(containsString("no processor is named")));
		verify(deadLetters, never()).retry("no-such-projection");
	}

	private void knownProcessors() {
		given(deadLetters.processors()).willReturn(List.of("protocols", "calendar"));
	}

	private static ParkedEvent parked(String processor, String sequence) {
		return new ParkedEvent(processor, sequence, "event-" + sequence, "ProtocolRecorded", sequence, 0L,
				IllegalStateException.class.getName(), "poisoned", 3, Instant.parse("2026-01-10T09:00:00Z"),
				Instant.parse("2026-01-10T09:05:00Z"));
	}

}
