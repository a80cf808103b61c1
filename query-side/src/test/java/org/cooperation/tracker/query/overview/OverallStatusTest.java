package org.cooperation.tracker.query.overview;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.AGREED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.COMPLETED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.DECLINED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.IMPLEMENTING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PREPARING;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.PROPOSED;
import static org.cooperation.tracker.kernel.initiative.ParticipationStatus.SUSPENDED;

class OverallStatusTest {

	@Test
	void anInitiativeIsAsFarAsItsFurthestParticipantStillTakingPart() {
		assertThat(OverallStatus.of(List.of(PROPOSED, PROPOSED))).isEqualTo(PROPOSED);
		assertThat(OverallStatus.of(List.of(PROPOSED, AGREED, PROPOSED))).isEqualTo(AGREED);
		assertThat(OverallStatus.of(List.of(AGREED, PREPARING, SUSPENDED))).isEqualTo(PREPARING);
		assertThat(OverallStatus.of(List.of(IMPLEMENTING, DECLINED, PROPOSED))).isEqualTo(IMPLEMENTING);
	}

	@Test
	void itIsCompletedOnlyOnceEveryParticipantStillTakingPartHas() {
		assertThat(OverallStatus.of(List.of(COMPLETED, AGREED))).isEqualTo(IMPLEMENTING);
		assertThat(OverallStatus.of(List.of(COMPLETED, COMPLETED, DECLINED))).isEqualTo(COMPLETED);
	}

	@Test
	void withNobodyTakingPartItIsSuspendedWhenAnyoneSuspendedElseDeclined() {
		assertThat(OverallStatus.of(List.of(SUSPENDED, DECLINED))).isEqualTo(SUSPENDED);
		assertThat(OverallStatus.of(List.of(DECLINED, DECLINED))).isEqualTo(DECLINED);
	}

	@Test
	void anInitiativeWithoutParticipantsIsProposed() {
		assertThat(OverallStatus.of(List.of())).isEqualTo(PROPOSED);
	}

}
