package org.cooperation.tracker.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.messaging.MetaData;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.query.history.model.ParticipationHistoryProjection;
import org.cooperation.tracker.query.initiative.model.InitiativesProjection;
import org.cooperation.tracker.query.protocol.model.ProtocolsProjection;
import org.cooperation.tracker.testing.TestPostgres;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.cooperation.tracker.query.live.ReadModelGeneration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one application context every Spring test shares: the whole query side on a fresh
 * PostgreSQL database, with MockMvc ({@link #mvc}), read by a signed-in official.
 * Subclasses add nothing to the context's configuration, so it starts once per test run.
 * An API request that names no language asks for English ({@link ApiInEnglish}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ApiInEnglish.class)
@WithMockUser(username = "official", roles = "OFFICIAL")
public abstract class QuerySideTestBase {

	/**
	 * The processing groups the core story's events (protocols, initiatives, their
	 * history) feed: what the event-flow tests follow from the store to the read models.
	 */
	public static final List<String> CORE_PROCESSING_GROUPS = List.of(ProtocolsProjection.PROCESSING_GROUP,
			InitiativesProjection.PROCESSING_GROUP, ParticipationHistoryProjection.PROCESSING_GROUP);

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@Autowired
	protected MockMvc mvc;

	/** The application's own connections: its role's rights, no more. */
	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * The superuser, for what a test does behind the application's back (emptying read
	 * models, tampering with stored events): nothing the application's role may do.
	 */
	protected final JdbcTemplate superuser = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	protected ReadModelGeneration generation;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Autowired
	protected ProtocolsProjection protocolsProjection;

	@Autowired
	protected InitiativesProjection initiativesProjection;

	@Autowired
	protected ParticipationHistoryProjection historyProjection;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	protected static TestPostgres.Database database() {
		return DATABASE;
	}

	/**
	 * Runs event handlers in one transaction, as a tracking processor runs a batch.
	 */
	protected void project(Runnable handlers) {
		transactions.executeWithoutResult(status -> handlers.run());
		// Called here without their processors, the projections announce nothing: the
		// test tells what its processor's announcement would (CommittedChanges).
		generation.changed();
	}

	/**
	 * Starts a test from empty read models (every rm_ table, so a new read model needs no
	 * change here); the token store is left alone.
	 */
	protected void emptyReadModels() {
		List<String> tables = jdbc.queryForList(
				"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename LIKE 'rm\\_%'",
				String.class);
		superuser.execute("TRUNCATE " + String.join(", ", tables));
		generation.changed();
	}

	/**
	 * The Tashkent protocol with two directions and Kazakhstan's signature; the calendar
	 * (five members) with Kazakhstan agreed and 40% done, Uzbekistan agreed in demo data;
	 * and the archive exchange (KZ, UZ, AZ) proposed as demo data. Fed to every
	 * projection as the tracking processors would, in order.
	 */
	protected void recordTheTashkentStory() {
		emptyReadModels();
		project(() -> {
			protocolsProjection.on(Fixtures.protocolRecorded(),
					Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			protocolsProjection.on(Fixtures.culturalExchangeAgreed(),
					Fixtures.recorded(1L, Fixtures.RECORDED, Fixtures.secretariat()));
			protocolsProjection.on(Fixtures.archivesAgreed(),
					Fixtures.recorded(2L, Fixtures.RECORDED, Fixtures.secretariat()));
			protocolsProjection.on(Fixtures.kazakhstanSigned(),
					Fixtures.recorded(3L, Fixtures.later(2), Fixtures.secretariat()));
			proposed(Fixtures.calendarProposed(), "story-calendar-proposed", Fixtures.RECORDED, Fixtures.secretariat());
			proposed(Fixtures.archiveExchangeProposed(), "story-archives-proposed", Fixtures.later(1),
					Fixtures.sample());
			changed(Fixtures.statusChanged(Fixtures.CALENDAR, Country.KZ, ParticipationStatus.PROPOSED,
					ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1)), "story-kz-agreed", 1L, Fixtures.later(10),
					Fixtures.liaison(Country.KZ, "corr-1"));
			ProgressReported report = Fixtures.progress(Fixtures.KZ_REPORT, Country.KZ, 40, LocalDate.of(2025, 12, 1));
			initiativesProjection.on(report,
					Fixtures.recorded(2L, Fixtures.later(20), Fixtures.liaison(Country.KZ, "corr-2")));
			historyProjection.on(report, "story-kz-report",
					Fixtures.recorded(2L, Fixtures.later(20), Fixtures.liaison(Country.KZ, "corr-2")));
			changed(Fixtures.statusChanged(Fixtures.CALENDAR, Country.UZ, ParticipationStatus.PROPOSED,
					ParticipationStatus.AGREED, LocalDate.of(2025, 12, 3)), "story-uz-agreed", 3L, Fixtures.later(30),
					Fixtures.sample());
		});
	}

	private void proposed(InitiativeProposed event, String eventId, Instant recordedAt, MetaData metaData) {
		initiativesProjection.on(event, Fixtures.recorded(0L, recordedAt, metaData));
		historyProjection.on(event, eventId, Fixtures.recorded(0L, recordedAt, metaData));
	}

	private void changed(ParticipationStatusChanged event, String eventId, long sequence, Instant recordedAt,
			MetaData metaData) {
		initiativesProjection.on(event, Fixtures.recorded(sequence, recordedAt, metaData));
		historyProjection.on(event, eventId, Fixtures.recorded(sequence, recordedAt, metaData));
	}

	/** Reads the path, which must answer 200 OK, for the test to check what it serves. */
	protected ResultActions getOk(String uriTemplate, Object... uriVariables) throws Exception {
		return mvc.perform(get(uriTemplate, uriVariables)).andExpect(status().isOk());
	}

	/**
	 * Reads the path in one language ("kk", "ru", "en") as a browser asking for it in
	 * Accept-Language would; it must answer 200 OK.
	 */
	protected ResultActions getOkIn(String language, String uriTemplate, Object... uriVariables) throws Exception {
		return mvc.perform(get(uriTemplate, uriVariables).header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.andExpect(status().isOk());
	}

	/**
	 * The record at {@code path} carries {@code version} as its ETag, and the next
	 * version once the event the handlers apply is projected.
	 */
	protected void assertNewEventMovesTheEtag(String path, long version, Runnable handlers) throws Exception {
		RecordEtags.assertVersion(mvc, path, version);
		project(handlers);
		RecordEtags.assertVersion(mvc, path, version + 1);
	}

	/**
	 * The initiative's page links to the page of its kind's records, under
	 * {@code records}.
	 */
	protected void assertInitiativePageLinksTo(InitiativeId initiativeId, String records) throws Exception {
		mvc.perform(get("/initiatives/{id}", initiativeId.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/initiatives/" + initiativeId + "/" + records + "\"")));
	}

	/**
	 * Starts from empty read models, and projects the initiatives as proposed by the
	 * secretariat and then what the story feeds, in one batch.
	 */
	protected void recordInitiativesAnd(Runnable story, InitiativeProposed... proposals) {
		emptyReadModels();
		project(() -> {
			for (InitiativeProposed proposal : proposals) {
				initiativesProjection.on(proposal, Fixtures.recorded(0L, Fixtures.RECORDED, Fixtures.secretariat()));
			}
			story.run();
		});
	}

	/**
	 * The SQL statements one read of the path costs, counted by Hibernate's statistics
	 * while it runs; the read must answer 200 and whatever else is expected.
	 */
	protected long statementsToRead(String path, ResultMatcher... expected) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			statistics.clear();
			mvc.perform(get(path)).andExpect(status().isOk()).andExpectAll(expected);
			return statistics.getPrepareStatementCount();
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	protected int rows(String table) {
		Integer count = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
		return (count != null) ? count : 0;
	}

}
