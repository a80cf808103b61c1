package org.cooperation.tracker.query.e2e.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.cooperation.tracker.testing.TestPostgres;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-side and two query-side instances, each its own packaged process, on one
 * PostgreSQL, as README "Several instances" runs them: both command sides take writes at
 * once and conflicting writes on one record are refused or retried, never lost or
 * doubled; the query sides split every processor's segments through Axon's claims and
 * apply each event once; a live update reaches a page on the instance that did not
 * project it; and when one query side is killed, the other takes its segments over and
 * keeps projecting. Prints figures (writes, answers, ownership, seconds to take over);
 * asserts behaviour only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final JdbcTemplate SQL = new JdbcTemplate(
			new DriverManagerDataSource(DATABASE.url(), DATABASE.user(), DATABASE.password()));

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final List<String> MEMBERS = List.of("KZ", "UZ", "KG", "TJ", "TM");

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	/** The query side's read models, one tracking processor each. */
	private static final int PROCESSORS = 9;

	private static TrackerProcess command1;

	private static TrackerProcess command2;

	private static TrackerProcess query1;

	private static TrackerProcess query2;

	/** Initiatives by the segment (of two) their events fall in: 0 or 1. */
	private static final Map<Integer, List<String>> initiativesBySegment = new ConcurrentHashMap<>();

	@BeforeAll
	static void startTwoOfEachSide() {
		long started = System.nanoTime();
		// The first command side migrates the event store; then the others start
		// together,
		// except the second query side, which starts once the first holds every segment,
		// so
		// that the first must share.
		command1 = TrackerProcess.commandSide("command-side-1", DATABASE);
		command1.start();
		command2 = TrackerProcess.commandSide("command-side-2", DATABASE);
		query1 = TrackerProcess.querySide("query-side-1", DATABASE);
		command2.launch();
		query1.launch();
		command2.awaitStarted();
		query1.awaitStarted();
		query2 = TrackerProcess.querySide("query-side-2", DATABASE);
		query2.start();
		System.out.printf("%nSEVERAL INSTANCES: 2 command sides and 2 query sides started in %.1f s%n",
				(System.nanoTime() - started) / 1e9);
	}

	@AfterAll
	static void stopAll() {
		for (TrackerProcess process : new TrackerProcess[] { query2, query1, command2, command1 }) {
			if (process != null) {
				process.stop();
			}
		}
	}

	@Test
	@Order(1)
	void bothCommandSidesTakeWritesAtOnceAndAConflictIsNeverLostNorDoubled() throws Exception {
		String[] protocol = recordProtocol();
		for (int i = 0; initiativesBySegment.getOrDefault(0, List.of()).size() < 3
				|| initiativesBySegment.getOrDefault(1, List.of()).size() < 3; i++) {
			String initiative = propose(commandSide(i), protocol, "Initiative " + i);
			initiativesBySegment.computeIfAbsent(segmentOf(initiative), (segment) -> new ArrayList<>()).add(initiative);
		}
		String contested = propose(command1, protocol, "Contested initiative");
		long reportsBefore = progressReportEvents(null);

		// Liaisons report on every initiative through either command side, while two
		// liaisons race on one record: twenty reports that all claim version 0
		// (If-Match),
		// and twenty that claim nothing.
		List<String> all = initiativesBySegment.values().stream().flatMap(List::stream).toList();
		ExecutorService clients = Executors.newFixedThreadPool(16);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> spread = new ArrayList<>();
		List<Future<Integer>> ifMatch = new ArrayList<>();
		List<Future<Integer>> anyVersion = new ArrayList<>();
		AtomicInteger toFirst = new AtomicInteger();
		for (int i = 0; i < 120; i++) {
			int n = i;
			spread.add(clients.submit(() -> {
				go.await();
				String country = MEMBERS.get(n % MEMBERS.size());
				String initiative = all.get(ThreadLocalRandom.current().nextInt(all.size()));
				if (n % 2 == 0) {
					toFirst.incrementAndGet();
				}
				return report(commandSide(n), country, initiative, n % 101, null);
			}));
		}
		for (int i = 0; i < 20; i++) {
			int n = i;
			ifMatch.add(clients.submit(() -> {
				go.await();
				return report(commandSide(n), "KG", contested, n, "\"0\"");
			}));
			anyVersion.add(clients.submit(() -> {
				go.await();
				return report(commandSide(n + 1), "UZ", contested, n, null);
			}));
		}
		long writing = System.nanoTime();
		go.countDown();
		Map<Integer, Integer> answers = new TreeMap<>();
		int spreadStored = tally(spread, answers);
		int ifMatchStored = tally(ifMatch, answers);
		int anyVersionStored = tally(anyVersion, answers);
		double seconds = (System.nanoTime() - writing) / 1e9;
		clients.shutdown();

		long stored = progressReportEvents(null) - reportsBefore;
		long storedOnContested = progressReportEvents(contested);
		System.out.printf(
				"SEVERAL INSTANCES (a): %d writes in %.1f s (%d to command-side-1, %d to command-side-2); "
						+ "answers %s; progress reports stored %d = 2xx answers %d; on the contested record: "
						+ "If-Match \"0\" x20 -> %d stored, no If-Match x20 -> %d stored, %d events%n",
				spread.size() + ifMatch.size() + anyVersion.size(), seconds, toFirst.get() + 20,
				spread.size() - toFirst.get() + 20, answers, stored, spreadStored + ifMatchStored + anyVersionStored,
				ifMatchStored, anyVersionStored, storedOnContested);
		assertThat(answers.keySet()).as("every answer 2xx, 409 or 412, none 5xx")
			.allMatch((status) -> status / 100 == 2 || status == 409 || status == 412);
		assertThat(ifMatchStored).as("one version 0 to claim: at most one write on it succeeds").isLessThanOrEqualTo(1);
		assertThat(storedOnContested).as("the contested record holds exactly the acknowledged reports")
			.isEqualTo(ifMatchStored + anyVersionStored);
		assertThat(stored).as("nothing acknowledged is lost, nothing is stored twice")
			.isEqualTo(spreadStored + ifMatchStored + anyVersionStored);
	}

	@Test
	@Order(3)
	void theQuerySidesSplitEverySegmentAndApplyEachEventOnce() throws Exception {
		Map<String, Map<Integer, String>> owners = awaitSharedOwners();
		System.out.printf("SEVERAL INSTANCES (b): %d processors x 2 segments; query-side-1 holds %s, query-side-2 "
				+ "holds %s%n", owners.size(), segmentsHeldBy(owners, query1), segmentsHeldBy(owners, query2));
		awaitProjected();
		JsonNode comparison = compareWithARebuild(query1);
		System.out.printf(
				"SEVERAL INSTANCES (b): read models against a rebuild from the events: identical %s, "
						+ "%d rows equal, %d differing%n",
				comparison.path("identical").asBoolean(), comparison.path("rowsEqual").asLong(),
				comparison.path("rowsDiffering").asLong());
		assertThat(comparison.path("identical").asBoolean()).as(comparison.toPrettyString()).isTrue();
	}

	/**
	 * Before any replay: a replay pauses its instance's processors, whose segments the
	 * other instance may then claim, so that afterwards each processor's segments may be
	 * held either way round.
	 */
	@Test
	@Order(2)
	void aLiveUpdateReachesAPageOnTheInstanceThatDidNotProjectIt() throws Exception {
		Map<String, Map<Integer, String>> owners = awaitSharedOwners();
		// The segment every processor of which is held by one instance: a change in it is
		// projected there only, and its page is followed on the other.
		int segment = (allHeldBy(owners, 0, query1) || allHeldBy(owners, 0, query2)) ? 0 : 1;
		assertThat(allHeldBy(owners, segment, query1) || allHeldBy(owners, segment, query2))
			.as("one instance holds segment %d of every processor: %s", segment, owners)
			.isTrue();
		TrackerProcess projecting = allHeldBy(owners, segment, query1) ? query1 : query2;
		TrackerProcess following = (projecting == query1) ? query2 : query1;
		String initiative = initiativesBySegment.get(segment).get(0);

		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		HttpRequest live = Liaisons.signedIn("official", following.baseUrl() + "/live")
			.header("Accept", "text/event-stream")
			.build();
		HttpResponse<Stream<String>> stream = HTTP.send(live, HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		Thread reader = new Thread(() -> {
			try {
				stream.body().filter((line) -> line.startsWith("data:")).forEach(events::add);
			}
			catch (UncheckedIOException closed) {
				// The test closes the stream when it has heard what it waited for.
			}
		}, "live-page");
		reader.setDaemon(true);
		reader.start();
		try {
			// The answer's headers came: the page's stream is registered and listening.
			long sent = System.nanoTime();
			assertThat(report(command1, "TJ", initiative, 77, null)).isEqualTo(201);
			String heard = null;
			long deadline = System.nanoTime() + PATIENCE.toNanos();
			while (heard == null && System.nanoTime() < deadline) {
				String event = events.poll(1, TimeUnit.SECONDS);
				if (event != null && event.contains(initiative)) {
					heard = event;
				}
			}
			System.out.printf(
					"SEVERAL INSTANCES (d): a report on an initiative of segment %d, projected by %s only, "
							+ "reached a page following %s after %.0f ms%n",
					segment, projecting, following, (System.nanoTime() - sent) / 1e6);
			assertThat(heard).as("the page on %s hears of the change %s projected", following, projecting).isNotNull();
		}
		finally {
			stream.body().close();
		}
	}

	@Test
	@Order(4)
	void whenAQuerySideIsKilledTheOtherTakesItsSegmentsOverAndKeepsProjecting() throws Exception {
		Map<String, Map<Integer, String>> before = awaitSharedOwners();
		String survivor = owner(query1);
		String heldByTheKilled = segmentsHeldBy(before, query2);
		long killed = System.nanoTime();
		query2.kill();
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> owners().values()
				.stream()
				.allMatch((segments) -> segments.values().stream().allMatch(survivor::equals)));
		double seconds = (System.nanoTime() - killed) / 1e9;
		System.out.printf("SEVERAL INSTANCES (c): query-side-2 killed (kill -9) holding %s; query-side-1 held "
				+ "every segment %.1f s later (claims expire after 5 s)%n", heldByTheKilled, seconds);

		for (int segment : List.of(0, 1)) {
			for (String initiative : initiativesBySegment.get(segment)) {
				assertThat(report(command2, "TM", initiative, 88, null)).isEqualTo(201);
			}
		}
		awaitProjected();
		JsonNode comparison = compareWithARebuild(query1);
		System.out.printf(
				"SEVERAL INSTANCES (c): after the take-over every report is projected; against a "
						+ "rebuild: identical %s, %d rows equal%n%n",
				comparison.path("identical").asBoolean(), comparison.path("rowsEqual").asLong());
		assertThat(comparison.path("identical").asBoolean()).as(comparison.toPrettyString()).isTrue();
	}

	/** Alternates the two command sides. */
	private static TrackerProcess commandSide(int n) {
		return (n % 2 == 0) ? command1 : command2;
	}

	/**
	 * The segment of two that an initiative's events fall in: Axon's sequencing by
	 * aggregate, the hash of its id.
	 */
	private static int segmentOf(String initiative) {
		return initiative.hashCode() & 1;
	}

	private static String owner(TrackerProcess process) {
		return SQL
			.queryForList("SELECT DISTINCT owner FROM tokenentry WHERE owner LIKE ?", String.class,
					process.pid() + "@%")
			.stream()
			.findFirst()
			.orElse(process.pid() + "@?");
	}

	/** Each processor's segments and their owners (null where unclaimed). */
	private static Map<String, Map<Integer, String>> owners() {
		Map<String, Map<Integer, String>> owners = new TreeMap<>();
		SQL.query("SELECT processorname, segment, owner FROM tokenentry", (row) -> {
			owners.computeIfAbsent(row.getString(1), (name) -> new TreeMap<>()).put(row.getInt(2), row.getString(3));
		});
		return owners;
	}

	/**
	 * Waits until every processor runs on two segments, one held by each query side.
	 */
	private static Map<String, Map<Integer, String>> awaitSharedOwners() {
		List<Map<String, Map<Integer, String>>> seen = new ArrayList<>(List.of(Map.of()));
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
			Map<String, Map<Integer, String>> owners = owners();
			seen.set(0, owners);
			Set<String> both = Set.of(owner(query1), owner(query2));
			return owners.size() == PROCESSORS && owners.values()
				.stream()
				.allMatch((segments) -> segments.size() == 2 && new HashSet<>(segments.values()).equals(both));
		});
		return seen.get(0);
	}

	private static boolean allHeldBy(Map<String, Map<Integer, String>> owners, int segment, TrackerProcess process) {
		String owner = owner(process);
		return owners.values().stream().allMatch((segments) -> owner.equals(segments.get(segment)));
	}

	private static String segmentsHeldBy(Map<String, Map<Integer, String>> owners, TrackerProcess process) {
		String owner = owner(process);
		Map<Integer, Long> held = owners.values()
			.stream()
			.flatMap((segments) -> segments.entrySet().stream())
			.filter((segment) -> owner.equals(segment.getValue()))
			.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new, Collectors.counting()));
		return held.entrySet()
			.stream()
			.map((segment) -> "segment " + segment.getKey() + " of " + segment.getValue() + " processors")
			.collect(Collectors.joining(", ", "[", "]"));
	}

	/**
	 * Waits until the history read model holds every stored progress report, whichever
	 * instance projected it.
	 */
	private static void awaitProjected() {
		await().atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(200))
			.until(() -> SQL.queryForObject(
					"SELECT count(DISTINCT event_id) FROM rm_participation_history WHERE entry_type = 'PROGRESS_REPORTED'",
					Long.class) == progressReportEvents(null));
	}

	/**
	 * A replay that only compares (an auditor's "compare" on the replay page): every read
	 * model rebuilt from the events beside the live one, row by row.
	 */
	private static JsonNode compareWithARebuild(TrackerProcess querySide) throws Exception {
		Answer started = send(querySide, "auditor", "POST", "/api/replays", "{\"switchOver\": false}");
		assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
		String path = "/api/replays/" + started.body().path("replayId").asText();
		JsonNode[] last = new JsonNode[1];
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> {
			last[0] = send(querySide, "auditor", "GET", path, null).body();
			String state = last[0].path("state").asText();
			return state.equals("DONE") || state.equals("FAILED");
		});
		assertThat(last[0].path("state").asText()).as(last[0].toPrettyString()).isEqualTo("DONE");
		return last[0].path("comparison");
	}

	private static long progressReportEvents(String initiative) {
		return SQL.queryForObject("SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.ProgressReported' "
				+ "AND (?::text IS NULL OR aggregateidentifier = ?::text)", Long.class, initiative, initiative);
	}

	private static int tally(List<Future<Integer>> writes, Map<Integer, Integer> answers) throws Exception {
		int stored = 0;
		for (Future<Integer> write : writes) {
			int status = write.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
			answers.merge(status, 1, Integer::sum);
			if (status / 100 == 2) {
				stored++;
			}
		}
		return stored;
	}

	private static String[] recordProtocol() throws Exception {
		Answer protocol = send(command1, "secretariat", "POST", "/api/protocols", ReliabilitySuiteIT.TASHKENT_PROTOCOL);
		assertThat(protocol.status()).as(String.valueOf(protocol.body())).isEqualTo(201);
		return new String[] { protocol.body().get("protocolId").asText(),
				protocol.body().get("directionIds").get(0).asText() };
	}

	private static String propose(TrackerProcess commandSide, String[] protocol, String title) throws Exception {
		Answer initiative = send(commandSide, "secretariat", "POST", "/api/initiatives", """
				{"protocolId":"%s","directionId":"%s","kind":"OTHER","title":{"en":"%s"},
				 "proposedBy":"kz","participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(protocol[0], protocol[1],
				title));
		assertThat(initiative.status()).as(String.valueOf(initiative.body())).isEqualTo(201);
		return initiative.body().get("initiativeId").asText();
	}

	/** A liaison's progress report; its answer's status. */
	private static int report(TrackerProcess commandSide, String country, String initiative, int percent,
			String ifMatch) throws Exception {
		return send(commandSide, "liaison-" + country.toLowerCase(), "POST",
				"/api/initiatives/" + initiative + "/countries/" + country + "/progress-reports",
				"{\"percent\":" + percent + ",\"asOf\":\"2026-01-15\"}",
				(ifMatch != null) ? Map.of("If-Match", ifMatch) : Map.of())
			.status();
	}

	private record Answer(int status, JsonNode body) {
	}

	private static Answer send(TrackerProcess side, String user, String method, String path, String body)
			throws IOException, InterruptedException {
		return send(side, user, method, path, body, Map.of());
	}

	private static Answer send(TrackerProcess side, String user, String method, String path, String body,
			Map<String, String> headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = Liaisons.signedIn(user, side.baseUrl() + path)
			.timeout(Duration.ofSeconds(30))
			.header("Accept-Language", "en");
		headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
		return new Answer(response.statusCode(), json ? JSON.readTree(response.body()) : null);
	}

}
