package org.cooperation.tracker.query.live;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.access.QuerySideOverHttp;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.initiative.CountryStanding;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.testing.RawHttp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An open page's stream over real HTTP, while events reach the read models the way they
 * really do: appended to the event table, projected by the tracking processors, announced
 * at their commit.
 */
class LiveUpdatesOverHttpTest extends QuerySideOverHttp {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Pattern SCRIPT = Pattern.compile("<script defer src=\"([^\"]+)\"");

	@Autowired
	private EventStorageEngine storageEngine;

	@Autowired
	private InitiativeQueries initiatives;

	@Autowired
	private ReadModelGeneration generation;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private ObjectProvider<JdbcTemplate> jdbcProvider;

	@Autowired
	private ObjectProvider<ObjectMapper> jsonProvider;

	@Autowired
	private ObjectMapper json;

	private final HttpClient client = EventStream.client();

	private final List<EventStream> streams = new CopyOnWriteArrayList<>();

	private String session;

	@BeforeEach
	void signIn() {
		session = EventStream.signIn(port, "official", "demo-official");
	}

	@AfterEach
	void closeStreams() {
		streams.forEach(EventStream::close);
	}

	/**
	 * What the page would read at the moment each {@code changed} event naming the
	 * initiative arrives: Kazakhstan's status, or null while the initiative is not there.
	 */
	@Test
	void aPageHearsOfALiaisonsChangeOnceTheReadModelShowsIt() {
		InitiativeId initiative = InitiativeId.random();
		List<ParticipationStatus> seenOnArrival = new CopyOnWriteArrayList<>();
		EventStream stream = open((event) -> {
			if (LiveStreams.CHANGED.equals(event.name()) && names(event, initiative)) {
				seenOnArrival.add(kazakhstansStatus(initiative));
			}
		});

		proposeWithKazakhstan(initiative);
		storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 1,
				new ParticipationStatusChanged(initiative, Country.KZ, ParticipationStatus.PROPOSED,
						ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), "Signed off", List.of()),
				Fixtures.liaison(Country.KZ, "corr-live"))));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(seenOnArrival).as("the statuses read as changed events arrived")
				.contains(ParticipationStatus.AGREED));
		assertThat(stream.status()).isEqualTo(200);
		Map<String, Object> data = data(stream.named(LiveStreams.CHANGED).get(0));
		assertThat(data).containsKeys("initiatives", "countries", "at");
	}

	/**
	 * PostgreSQL delivers a NOTIFY at its transaction's commit and drops it at a
	 * rollback: the announcement of a batch that rolled back never reaches a page, and
	 * the next committed one does.
	 */
	@Test
	void aRolledBackBatchAnnouncesNothing() {
		EventStream stream = open((event) -> {
		});
		CommittedChanges announcer = new CommittedChanges(jdbcProvider, jsonProvider);
		UUID rolledBack = UUID.randomUUID();
		UUID committed = UUID.randomUUID();

		transactions.executeWithoutResult((status) -> {
			announcer.announce(new ReadModelChange(Set.of(rolledBack), null));
			status.setRollbackOnly();
		});
		// Announced again until heard: the listener may still be reconnecting after a
		// test
		// of this shared context took the database away, and a NOTIFY sent meanwhile is
		// lost
		// (the listener then tells the pages "anything changed", which names no
		// initiative).
		await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
			transactions
				.executeWithoutResult((status) -> announcer.announce(new ReadModelChange(Set.of(committed), null)));
			return stream.named(LiveStreams.CHANGED).stream().anyMatch((event) -> {
				Object named = data(event).get("initiatives");
				return named instanceof List<?> ids && ids.contains(committed.toString());
			});
		});
		assertThat(stream.named(LiveStreams.CHANGED))
			.noneMatch((event) -> event.data().contains(rolledBack.toString()));
	}

	/**
	 * The matrix page is kept between changes of the read models (KeptUntilChanged): read
	 * again and again it shows the same, and a liaison's change reaches it as soon as the
	 * change is heard.
	 */
	@Test
	void theStatusMatrixPageShowsEachChangeItHears() {
		InitiativeId initiative = InitiativeId.random();
		proposeWithKazakhstan(initiative);
		await().atMost(PATIENCE).until(() -> matrixRow(initiative).contains("status-proposed"));
		assertThat(generation.current()).as("the changes are heard, so the page is kept")
			.isNotEqualTo(ReadModelGeneration.UNKNOWN);
		assertThat(matrixRow(initiative)).contains("status-proposed");

		storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 1,
				new ParticipationStatusChanged(initiative, Country.KZ, ParticipationStatus.PROPOSED,
						ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), "Signed off", List.of()),
				Fixtures.liaison(Country.KZ, "corr-kept"))));

		await().atMost(PATIENCE).until(() -> matrixRow(initiative).contains("status-agreed"));
	}

	/**
	 * Without its connection the listener hears nothing, so nothing may be kept; it comes
	 * back under a new generation, as anything may have changed meanwhile.
	 */
	@Test
	void aLostListenerComesBackUnderANewGeneration() {
		await().atMost(PATIENCE).until(() -> generation.current() != ReadModelGeneration.UNKNOWN);
		long before = generation.current();

		jdbc.queryForList("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?",
				ChangeListener.APPLICATION_NAME);

		await().atMost(PATIENCE).until(() -> generation.current() > before);
	}

	/** The matrix page's row of the initiative, read as an official over HTTP. */
	private String matrixRow(InitiativeId initiative) {
		RawHttp.Reply page = new RawHttp(port).request("GET", "/status-matrix").header("Cookie", session).send();
		assertThat(page.status()).isEqualTo(200);
		int at = page.body().indexOf("href=\"/initiatives/" + initiative + "\"");
		return (at < 0) ? "" : page.body().substring(at, page.body().indexOf("</tr>", at));
	}

	@Test
	void theStreamIsForSignedInReadersOnlyAndNeverTheTargetAfterSignIn() {
		RawHttp.Reply anonymous = new RawHttp(port).request("GET", "/live")
			.header("Accept", "text/event-stream")
			.send();
		assertThat(anonymous.status()).isIn(302, 401);
		String cookie = anonymous.header("Set-Cookie");
		RawHttp.Reply signedIn = EventStream.signedIn(port, "official", "demo-official",
				(cookie != null) ? cookie.split(";")[0] : null);
		assertThat(signedIn.header("Location")).as("signing in after a refused stream leads to the pages, not to it")
			.doesNotContain("/live");
	}

	/**
	 * A signed-in page carries the stream's address, the scripts from this application's
	 * own jars, and the status that says when it is not connected; the policy still
	 * allows no inline script or style.
	 */
	@Test
	void aSignedInPageIsLiveUnderTheStrictPolicy() {
		RawHttp http = new RawHttp(port);
		RawHttp.Reply page = http.request("GET", "/status-matrix").header("Cookie", session).send();
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("sse-connect=\"/live\"", "role=\"status\"", "class=\"live-paused\" hidden",
				"src=\"/js/live.js\"", "content='{\"includeIndicatorStyles\":false}'");
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "style-src 'self'")
			.doesNotContain("unsafe");
		List<String> scripts = SCRIPT.matcher(page.body()).results().map((found) -> found.group(1)).toList();
		assertThat(scripts)
			.as("the webjars' addresses carry their versions, each served (a version bump must change them)")
			.anyMatch((script) -> script.matches("/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min\\.js"))
			.anyMatch((script) -> script.matches("/webjars/htmx-ext-sse/[0-9.]+/sse\\.js"))
			.contains("/js/live.js");
		for (String script : scripts) {
			RawHttp.Reply served = http.request("GET", script).send();
			assertThat(served.status()).as(script).isEqualTo(200);
			assertThat(served.contentType()).as(script).contains("javascript");
		}
		RawHttp.Reply signInPage = http.request("GET", "/login").send();
		assertThat(signInPage.body()).as("the sign-in page has no stream to follow").doesNotContain("sse-connect");
	}

	private EventStream open(java.util.function.Consumer<EventStream.Event> onEvent) {
		EventStream stream = EventStream.open(client, port, session, onEvent);
		streams.add(stream);
		await().atMost(PATIENCE).until(stream::opened);
		return stream;
	}

	private void proposeWithKazakhstan(InitiativeId initiative) {
		ProtocolId protocol = ProtocolId.random();
		DirectionId direction = DirectionId.random();
		storageEngine.appendEvents(List.of(
				new GenericDomainEventMessage<>("Protocol", protocol.toString(), 0,
						new ProtocolRecorded(protocol, null, Fixtures.MEETING_DAY, "Tashkent",
								LocalizedText.english("Live meeting"),
								List.of(new Party(Country.KZ, PartyRole.MEMBER, null))),
						Fixtures.secretariat()),
				new GenericDomainEventMessage<>("Protocol", protocol.toString(), 1,
						new DirectionAgreed(protocol, direction, LocalizedText.english("Archives")),
						Fixtures.secretariat())));
		storageEngine.appendEvents(List.of(new GenericDomainEventMessage<>("Initiative", initiative.toString(), 0,
				new InitiativeProposed(initiative, protocol, direction, InitiativeKind.ARCHIVE_EXCHANGE,
						LocalizedText.english("Live exchange"), null, Country.KZ, Set.of(Country.KZ)),
				Fixtures.secretariat())));
	}

	private ParticipationStatus kazakhstansStatus(InitiativeId initiative) {
		try {
			return initiatives.initiative(initiative.value())
				.view()
				.countries()
				.stream()
				.filter((standing) -> standing.country() == Country.KZ)
				.map(CountryStanding::status)
				.findFirst()
				.orElse(null);
		}
		catch (NotFoundException ex) {
			return null;
		}
	}

	private boolean names(EventStream.Event event, InitiativeId initiative) {
		Object named = data(event).get("initiatives");
		return named == null || (named instanceof List<?> ids && ids.contains(initiative.toString()));
	}

	private Map<String, Object> data(EventStream.Event event) {
		try {
			return json.readValue(event.data(), new TypeReference<>() {
			});
		}
		catch (Exception ex) {
			throw new AssertionError("not JSON: " + event.data(), ex);
		}
	}

}
