package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyId;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyOffered;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarEventSubmitted;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionId;
import org.cooperation.tracker.kernel.programme.calendar.CalendarSubmissionReturned;
import org.cooperation.tracker.kernel.programme.calendar.CulturalEventType;
import org.cooperation.tracker.kernel.programme.calendar.EditionYear;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.ProgrammeFixtures;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import org.cooperation.tracker.query.programme.calendar.CalendarStory;
import org.cooperation.tracker.query.programme.calendar.model.CalendarProjection;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The country page costs a fixed number of SQL statements whatever the number of
 * initiatives, reports and waiting records behind it: its reports, the initiatives'
 * titles and each kind's waiting records are read once for all, not once per initiative.
 * Counted by Hibernate's statistics on the shared application.
 */
class CountryPageStatementsTest extends QuerySideTestBase {

	@Autowired
	ArchiveExchangeProjection archive;

	@Autowired
	CalendarProjection calendar;

	@Autowired
	WorkingGroupProjection workingGroups;

	@Autowired
	CountryQueries countries;

	@BeforeEach
	void startEmpty() {
		emptyReadModels();
	}

	@Test
	void fourTimesTheInitiativesCostTheSameStatements() throws Exception {
		recordOneOfEveryKindWaitingOnKazakhstan();
		long few = statementsToRead("/countries/kz");
		assertThat(countries.waiting(Country.KZ).total()).isEqualTo(4);
		for (int round = 0; round < 3; round++) {
			recordOneOfEveryKindWaitingOnKazakhstan();
		}
		long many = statementsToRead("/countries/kz");
		assertThat(countries.waiting(Country.KZ).total()).isEqualTo(16);
		assertThat(countries.progress(Country.KZ).series()).hasSize(4 * InitiativeKind.values().length);
		System.out.printf("Country page: %d SQL statements for %d initiatives, %d for %d%n", few,
				InitiativeKind.values().length, many, 4 * InitiativeKind.values().length);
		assertThat(many)
			.as("statements for %d initiatives against %d", 4 * InitiativeKind.values().length,
					InitiativeKind.values().length)
			.isEqualTo(few);
	}

	/**
	 * An initiative of every kind with Kazakhstan taking part and reporting progress on
	 * each; and in the archive exchange's a copy offered to it, in the calendar's a
	 * submission of its returned, in the working group's a draft without its position and
	 * no seat of its.
	 */
	private void recordOneOfEveryKindWaitingOnKazakhstan() {
		project(() -> {
			for (InitiativeKind kind : InitiativeKind.values()) {
				InitiativeId initiative = InitiativeId.random();
				initiativesProjection.on(
						new InitiativeProposed(initiative, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE, kind,
								LocalizedText.english("A " + kind + " initiative"), null, Country.KZ,
								Set.of(Country.KZ, Country.UZ, Country.TJ)),
						Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
				ProgressReported report = new ProgressReported(initiative, ProgressReportId.random(), Country.KZ,
						new ProgressPercent(20), LocalDate.of(2026, 1, 5), null,
						List.of(EvidenceLink.of("https://example.org/report")));
				initiativesProjection.on(report,
						Fixtures.recorded(1L, Fixtures.later(1), Fixtures.liaison(Country.KZ, "c")));
				historyProjection.on(report, "report-" + report.reportId().value(),
						Fixtures.recorded(1L, Fixtures.later(1), Fixtures.liaison(Country.KZ, "c")));
				switch (kind) {
					case ARCHIVE_EXCHANGE -> archive.on(
							new ArchiveCopyOffered(ArchiveCopyId.random(), initiative, Country.UZ, Country.KZ,
									ProgrammeFixtures.material("Maps", MaterialType.SCIENTIFIC, "F. 1"), null),
							"offer-" + initiative.value(),
							Fixtures.recorded(0L, Fixtures.later(2), Fixtures.liaison(Country.UZ, "c")));
					case CULTURAL_CALENDAR -> {
						CalendarSubmissionId submission = CalendarSubmissionId.random();
						calendar.on(
								new CalendarEventSubmitted(submission, initiative, Country.KZ, new EditionYear(2026),
										CalendarStory.event("Fair", CulturalEventType.FESTIVAL, "Almaty",
												LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 2))),
								Fixtures.recorded(0L, Fixtures.later(2), Fixtures.liaison(Country.KZ, "c")));
						calendar.on(new CalendarSubmissionReturned(submission, initiative, Country.KZ, "Add a venue"),
								Fixtures.recorded(1L, Fixtures.later(3), Fixtures.secretariat()));
					}
					case BRAND_WORKING_GROUP -> {
						WorkingGroupId group = WorkingGroupId.of(initiative);
						workingGroups.on(
								new WorkingGroupEstablished(group, initiative, LocalDate.of(2026, 1, 20), null),
								Fixtures.recorded(0L, Fixtures.later(2), Fixtures.secretariat()));
						workingGroups.on(
								new ConceptDraftSubmitted(group, new DraftVersion(1), "Concept",
										WorkingGroupStory.document("concept.pdf", WorkingGroupStory.DIGEST_1),
										LocalDate.of(2026, 2, 1)),
								Fixtures.recorded(1L, Fixtures.later(3), Fixtures.secretariat()));
					}
					default -> {
					}
				}
			}
		});
	}

}
