package org.cooperation.tracker.query.programme.archive.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyOffered;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.query.CsvAnswers.CsvFile;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.ProgrammeRecordsTestBase;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.CsvAnswers.csv;
import static org.cooperation.tracker.query.ProblemAnswers.problem;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.ARCHIVES;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DAMAGED;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.LETTERS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.POEMS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.PRESS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.RESENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SURVEY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The exchanged copies and their steps as CSV, beside the JSON list of copies. */
class ArchiveExchangeDownloadsTest extends ProgrammeRecordsTestBase {

	static final String BASE = "/api/initiatives/{id}/archive-exchange";

	static final ArchiveCopyId FORMULA_COPY = new ArchiveCopyId(
			UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-00000000c0b9"));

	static final String FORMULA = "=HYPERLINK(\"https://example.org/x\",\"click\")";

	@Autowired
	private ArchiveExchangeProjection archive;

	@BeforeEach
	void story() {
		recordTheProgrammeStory();
		project(() -> archive.on(
				new ArchiveCopyOffered(FORMULA_COPY, ARCHIVES, Country.UZ, Country.AZ,
						ProgrammeFixtures.material(FORMULA, MaterialType.LITERARY, "@ref 1"), "+SUM(A1:A9)"),
				"a-99", Fixtures.recorded(0L, Fixtures.later(21), Fixtures.liaison(Country.UZ, "c-99"))));
	}

	@Test
	void everyCopyIsALineAsTheJsonListHasThem() throws Exception {
		CsvFile copies = csv(mvc, "archive-exchange-copies-" + ARCHIVES, BASE + "/copies.csv", ARCHIVES.toString());
		assertThat(copies.header()).containsExactly("copy_id", "holder", "receiver", "started_as", "material_type",
				"title_kk", "title_ru", "title_en", "reference", "description_kk", "description_ru", "description_en",
				"state", "waiting_on", "next_step", "checksum", "medium", "transfers", "sent_on", "received_on",
				"started_at", "state_since", "steps", "sample");
		assertThat(copies.column("copy_id")).containsExactly(LETTERS.toString(), SURVEY.toString(), POEMS.toString(),
				PRESS.toString(), FORMULA_COPY.toString());
		getOk(BASE + "/copies", ARCHIVES.toString()).andExpect(header().string("X-Total-Count", "5"))
			.andExpect(jsonPath("$[*].copyId").value(contains(copies.column("copy_id").toArray())))
			.andExpect(jsonPath("$[0].steps[*].state")
				.value(contains("OFFERED", "APPROVED", "TRANSFERRED", "CHECKSUM_MISMATCH", "TRANSFERRED", "RECEIVED")));
		assertThat(copies.row("copy_id", LETTERS.toString()).toMap()).containsEntry("holder", "KZ")
			.containsEntry("receiver", "UZ")
			.containsEntry("started_as", "OFFERED")
			.containsEntry("material_type", "DOCUMENTARY")
			.containsEntry("title_kk", "")
			.containsEntry("title_en", "Theatre letters")
			.containsEntry("state", "RECEIVED")
			.containsEntry("waiting_on", "")
			.containsEntry("checksum", RESENT.hex())
			.containsEntry("medium", "DIGITAL_TRANSFER")
			.containsEntry("transfers", "2")
			.containsEntry("sent_on", "2026-01-20")
			.containsEntry("received_on", "2026-01-21")
			.containsEntry("started_at", at(10))
			.containsEntry("steps", "6");
		assertThat(copies.row("copy_id", SURVEY.toString()).toMap()).containsEntry("started_as", "REQUESTED")
			.containsEntry("waiting_on", "UZ");
	}

	@Test
	void everyStepIsALineWithTheChecksumsSentAndComputed() throws Exception {
		CsvFile steps = csv(mvc, "archive-exchange-steps-" + ARCHIVES, BASE + "/steps.csv", ARCHIVES.toString());
		assertThat(steps.header()).containsExactly("copy_id", "holder", "receiver", "step", "state", "country",
				"checksum", "computed_checksum", "medium", "attempt", "on_date", "remark", "recorded_at", "actor",
				"actor_role", "actor_country", "sample");
		assertThat(steps.rows()).hasSize(6 + 1 + 2 + 2 + 1);
		assertThat(steps.rows().get(3).toMap()).containsEntry("copy_id", LETTERS.toString())
			.containsEntry("step", "4")
			.containsEntry("state", "CHECKSUM_MISMATCH")
			.containsEntry("country", "UZ")
			.containsEntry("checksum", SENT.hex())
			.containsEntry("computed_checksum", DAMAGED.hex())
			.containsEntry("on_date", "2026-01-12")
			.containsEntry("remark", "The drive arrived cracked")
			.containsEntry("recorded_at", at(13))
			.containsEntry("actor_country", "UZ");
	}

	@Test
	void cellsThatWouldRunAsFormulasArePlainText() throws Exception {
		CsvFile copies = csv(mvc, "archive-exchange-copies-" + ARCHIVES, BASE + "/copies.csv", ARCHIVES.toString());
		assertThat(copies.row("copy_id", FORMULA_COPY.toString()).toMap()).containsEntry("title_en", "'" + FORMULA)
			.containsEntry("reference", "'@ref 1");
		CsvFile steps = csv(mvc, "archive-exchange-steps-" + ARCHIVES, BASE + "/steps.csv", ARCHIVES.toString());
		assertThat(steps.row("copy_id", FORMULA_COPY.toString()).get("remark")).isEqualTo("'+SUM(A1:A9)");
	}

	@Test
	void thePageLinksToBothFilesAndServesThem() throws Exception {
		getOk("/initiatives/{id}/archive-exchange", ARCHIVES.toString())
			.andExpect(content()
				.string(containsString("href=\"/initiatives/" + ARCHIVES + "/archive-exchange/copies.csv\"")))
			.andExpect(content()
				.string(containsString("href=\"/initiatives/" + ARCHIVES + "/archive-exchange/steps.csv\"")));
		csv(mvc, "archive-exchange-copies-" + ARCHIVES, "/initiatives/{id}/archive-exchange/copies.csv",
				ARCHIVES.toString());
		csv(mvc, "archive-exchange-steps-" + ARCHIVES, "/initiatives/{id}/archive-exchange/steps.csv",
				ARCHIVES.toString());
	}

	@Test
	void anUnknownInitiativeOrOneOfAnotherKindIsAProblem() throws Exception {
		String unknown = "0b7a4c2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c";
		for (String file : new String[] { "/copies.csv", "/steps.csv", "/copies" }) {
			problem(mvc.perform(get(BASE + file, unknown)), 404);
			problem(mvc.perform(get(BASE + file, calendar())), 404);
		}
	}

}
