package org.cooperation.tracker.query.initiative;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The status matrix costs a fixed number of SQL statements whatever the number of
 * initiatives behind it: each kind's figures are read once for all its initiatives, not
 * once per initiative. Counted by Hibernate's statistics on the shared application.
 */
class StatusMatrixStatementsTest extends QuerySideTestBase {

	@BeforeEach
	void startEmpty() {
		emptyReadModels();
	}

	@Test
	void fourTimesTheInitiativesCostTheSameStatements() throws Exception {
		proposeOneOfEveryKind();
		long few = statementsToRead("/api/status-matrix", jsonPath("$.rows", hasSize(InitiativeKind.values().length)));
		for (int round = 0; round < 3; round++) {
			proposeOneOfEveryKind();
		}
		long many = statementsToRead("/api/status-matrix",
				jsonPath("$.rows", hasSize(4 * InitiativeKind.values().length)));
		System.out.printf("Status matrix: %d SQL statements for %d initiatives, %d for %d%n", few,
				InitiativeKind.values().length, many, 4 * InitiativeKind.values().length);
		assertThat(many)
			.as("statements for %d initiatives against %d", 4 * InitiativeKind.values().length,
					InitiativeKind.values().length)
			.isEqualTo(few);
		assertThat(few).as("the initiatives, their participants and one read per kind with figures")
			.isLessThanOrEqualTo(2 + InitiativeKind.values().length + 3);
	}

	@Test
	void theMatrixPageToo() throws Exception {
		proposeOneOfEveryKind();
		long few = statementsToRead("/status-matrix");
		proposeOneOfEveryKind();
		proposeOneOfEveryKind();
		assertThat(statementsToRead("/status-matrix")).isEqualTo(few);
	}

	private void proposeOneOfEveryKind() {
		project(() -> {
			for (InitiativeKind kind : InitiativeKind.values()) {
				initiativesProjection.on(
						new InitiativeProposed(InitiativeId.random(), Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
								kind, LocalizedText.english("A " + kind + " initiative"), null, Country.KZ,
								Set.of(Country.KZ, Country.UZ, Country.TJ)),
						Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			}
		});
	}

}
