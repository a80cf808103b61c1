package org.cooperation.tracker.kernel.common;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared checks of the messages' compact constructors. */
class ChecksTest {

	static final InitiativeId INITIATIVE = new InitiativeId(UUID.fromString("7a5f0c1e-2025-4e14-8000-0000000001c1"));

	@Test
	void theFirstMissingFieldIsRefusedByName() {
		assertThatThrownBy(() -> Checks.requiredFields("a", 1, "b", null, "c", null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("b is required");
		Checks.requiredFields("a", 1, "b", "x");
	}

	@Test
	void aCommandRefusesItsFirstMissingField() {
		assertThatThrownBy(() -> new ChangeParticipationStatus(INITIATIVE, Country.KZ, null, null, null, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("status is required");
	}

	@Test
	void evidenceIsNoneWhenNotGivenAndAtMostTwentyLinks() {
		assertThat(EvidenceLink.perRecord(null)).isEmpty();
		List<EvidenceLink> twentyOne = Collections.nCopies(21, EvidenceLink.of("https://example.org/a"));
		assertThatThrownBy(() -> new ChangeParticipationStatus(INITIATIVE, Country.KZ, ParticipationStatus.AGREED,
				LocalDate.of(2026, 1, 1), null, twentyOne))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("at most 20 evidence links, not 21");
	}

}
