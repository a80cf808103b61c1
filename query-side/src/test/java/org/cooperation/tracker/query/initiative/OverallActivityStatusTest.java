package org.cooperation.tracker.query.initiative;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** One IATI status for an initiative from its countries' statuses, rule by rule. */
class OverallActivityStatusTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                               | PIPELINE
			PROPOSED                         | PIPELINE
			PROPOSED AGREED PREPARING        | PIPELINE
			DECLINED DECLINED                | CANCELLED
			COMPLETED DECLINED               | CLOSED
			COMPLETED COMPLETED              | CLOSED
			IMPLEMENTING COMPLETED           | IMPLEMENTATION
			IMPLEMENTING SUSPENDED PROPOSED  | IMPLEMENTATION
			SUSPENDED DECLINED               | SUSPENDED
			SUSPENDED COMPLETED              | SUSPENDED
			AGREED COMPLETED                 | IMPLEMENTATION
			SUSPENDED AGREED                 | PIPELINE
			""")
	void theFirstRuleThatMatchesDecides(String statuses, IatiActivityStatus overall) {
		List<ParticipationStatus> participants = statuses.isBlank() ? List.of()
				: Arrays.stream(statuses.trim().split("\\s+")).map(ParticipationStatus::valueOf).toList();
		assertThat(OverallActivityStatus.of(participants)).isEqualTo(overall);
	}

}
