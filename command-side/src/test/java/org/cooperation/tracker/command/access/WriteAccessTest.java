package org.cooperation.tracker.command.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write what, over real HTTP on a real PostgreSQL: every write endpoint of the
 * command API × every kind of caller (nobody, official, auditor, admin, secretariat,
 * Kazakhstan's liaison, Uzbekistan's liaison) × where the request names a country,
 * Kazakhstan or Uzbekistan. The record each case writes is Kazakhstan's: stored so, or,
 * for a record being created, the one the request names. Each case gets a record of its
 * own, set up by the users who may; a refusal leaves it as it was (the case checks that
 * no event was stored), so the next case may reuse it, and a case that wrote gets a fresh
 * one. The table must name every write endpoint Spring knows, and no other.
 */
class WriteAccessTest extends CommandSideIntegrationTest {

	/** The country whose records the cases write. */
	static final Country OWN = Country.KZ;

	/** Another participating country, whose liaison the cases also try. */
	static final Country FOREIGN = Country.UZ;

	static final String PARTICIPANTS = "[\"KZ\",\"UZ\",\"KG\",\"TJ\",\"TM\"]";

	static final String SENT = Sha256.of("the copy as sent".getBytes()).hex();

	static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	/** What each endpoint's cases answered, for the summary. */
	static final Map<String, Map<Integer, Integer>> ANSWERS = new TreeMap<>();

	static final AtomicInteger UNIQUE = new AtomicInteger();

	static long startedAt;

	/** Records the cases share: they are written to, never taken away. */
	static Map<String, String> base;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** Who may send a request to an endpoint, by role. */
	enum Who {

		SECRETARIAT, LIAISON, SECRETARIAT_OR_LIAISON, ADMIN

	}

	/** Whose record an endpoint writes. */
	enum Owner {

		/** A record of no country (a protocol, an initiative, a user account). */
		NONE,
		/** Kazakhstan's record, as stored, whatever the request names. */
		STORED,
		/** The record of the country the request names: one being created. */
		NAMED

	}

	/**
	 * A caller of the cases.
	 *
	 * @param user a demo account, or null for a request without credentials
	 * @param liaisonOf the country a liaison acts for, or null
	 */
	record Caller(String user, Country liaisonOf) {

		static final List<Caller> ALL = List.of(new Caller(null, null), new Caller("official", null),
				new Caller("auditor", null), new Caller("admin", null), new Caller("secretariat", null),
				new Caller("liaison-kz", Country.KZ), new Caller("liaison-uz", Country.UZ));

		String label() {
			return (user != null) ? user : "nobody";
		}

	}

	/** One request: where and what. */
	record Call(String path, String body) {
	}

	/** Makes the record a case writes, as the users who may. */
	@FunctionalInterface
	interface Target {

		Map<String, String> setUp();

	}

	/** The request a case sends to the record, naming this country (or none). */
	@FunctionalInterface
	interface Request {

		Call to(Map<String, String> record, Country named);

	}

	/**
	 * One row of the table.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern as Spring maps it
	 * @param who who may send it
	 * @param owner whose record it writes
	 * @param namesCountry whether the request names a country (in its path or body)
	 * @param target the record it writes, set up fresh
	 * @param request the request itself
	 */
	record Endpoint(String method, String pattern, Who who, Owner owner, boolean namesCountry, Target target,
			Request request) {

		String key() {
			return method + " " + pattern;
		}

		List<Country> variants() {
			return namesCountry ? List.of(OWN, FOREIGN) : Collections.singletonList(null);
		}

		/** The status the table says this caller gets; 200 stands for any 2xx. */
		int expected(Caller caller, Country named) {
			if (caller.user() == null) {
				return 401;
			}
			if (who == Who.ADMIN) {
				return caller.user().equals("admin") ? 200 : 403;
			}
			if (caller.user().equals("secretariat")) {
				return (who == Who.SECRETARIAT || who == Who.SECRETARIAT_OR_LIAISON) ? 200 : 403;
			}
			if (caller.liaisonOf() == null || who == Who.SECRETARIAT) {
				return 403;
			}
			Country record = (owner == Owner.NAMED) ? named : OWN;
			boolean ownRecord = caller.liaisonOf() == record;
			boolean namesItself = named == null || named == caller.liaisonOf();
			return ownRecord && namesItself ? 200 : 403;
		}

	}

	@TestFactory
	Stream<DynamicContainer> everyWriteEndpointAnswersEveryCallerAsTheTableSays() {
		startedAt = System.nanoTime();
		return endpoints().stream().map(this::cases);
	}

	private DynamicContainer cases(Endpoint endpoint) {
		AtomicReference<Map<String, String>> record = new AtomicReference<>();
		List<DynamicTest> tests = new ArrayList<>();
		for (Country named : endpoint.variants()) {
			for (Caller caller : Caller.ALL) {
				String name = caller.label() + ((named != null) ? ", naming " + named : "");
				tests.add(DynamicTest.dynamicTest(name, () -> {
					if (record.get() == null) {
						record.set(endpoint.target().setUp());
					}
					if (run(endpoint, caller, named, record.get())) {
						record.set(null);
					}
				}));
			}
		}
		return DynamicContainer.dynamicContainer(endpoint.key(), tests);
	}

	/** Runs one case; says whether it wrote, so the next case needs a fresh record. */
	private boolean run(Endpoint endpoint, Caller caller, Country named, Map<String, String> record) {
		Call call = endpoint.request().to(record, named);
		long events = storedEvents();
		String accounts = accounts();
		ResponseEntity<JsonNode> answer = send(client(caller.user()), endpoint.method(), call);
		int status = answer.getStatusCode().value();
		int expected = endpoint.expected(caller, named);
		ANSWERS.computeIfAbsent(endpoint.key(), (key) -> new TreeMap<>()).merge(status, 1, Integer::sum);
		String what = caller.label() + " " + endpoint.method() + " " + call.path() + " " + call.body() + " -> "
				+ answer;
		if (expected == 200) {
			assertThat(answer.getStatusCode().is2xxSuccessful()).as(what).isTrue();
			if (endpoint.who() == Who.ADMIN) {
				assertThat(accounts()).as("the account changed: " + what).isNotEqualTo(accounts);
			}
			else {
				assertThat(storedEvents()).as("an event was stored: " + what).isGreaterThan(events);
			}
			return true;
		}
		assertThat(status).as(what).isEqualTo(expected);
		assertThat(answer.getHeaders().getContentType()).as(what).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(answer.getBody().get("status").asInt()).as(what).isEqualTo(expected);
		assertThat(storedEvents()).as("nothing was stored: " + what).isEqualTo(events);
		assertThat(accounts()).as("no account changed: " + what).isEqualTo(accounts);
		return false;
	}

	@Test
	void theTableCoversEveryWriteEndpointAndNoOther() {
		List<String> mapped = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			if (!info.getConsumesCondition().getConsumableMediaTypes().isEmpty() && info.getConsumesCondition()
				.getConsumableMediaTypes()
				.stream()
				.noneMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
				// The CSV imports: who may import, and each line's country, are tested in
				// their room (ProgressReportImportTest).
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				if (info.getMethodsCondition().getMethods().isEmpty()) {
					mapped.add("ANY " + pattern);
				}
				for (RequestMethod method : info.getMethodsCondition().getMethods()) {
					if (method != RequestMethod.GET && method != RequestMethod.HEAD && method != RequestMethod.OPTIONS
							&& method != RequestMethod.TRACE) {
						mapped.add(method.name() + " " + pattern);
					}
				}
			}
		}
		List<String> table = endpoints().stream().map(Endpoint::key).toList();
		assertThat(table).as("the table names each endpoint once").doesNotHaveDuplicates();
		assertThat(table).as("every write endpoint Spring maps is in the table, and nothing else")
			.containsExactlyInAnyOrderElementsOf(mapped);
	}

	@AfterAll
	static void summary() {
		if (ANSWERS.isEmpty()) {
			return;
		}
		int cases = ANSWERS.values().stream().flatMap((byStatus) -> byStatus.values().stream()).reduce(0, Integer::sum);
		StringBuilder lines = new StringBuilder();
		lines.append(String.format("%nWRITE ACCESS: %d cases over %d endpoints in %.1f s%n", cases, ANSWERS.size(),
				(System.nanoTime() - startedAt) / 1e9));
		ANSWERS.forEach((endpoint, byStatus) -> lines.append(String.format("  %-95s %s%n", endpoint, byStatus)));
		System.out.println(lines);
	}

	/** The table: every write endpoint, who may, and how a case reaches its record. */
	List<Endpoint> endpoints() {
		String initiative = "/api/initiatives/{initiativeId}";
		String submission = initiative + "/calendar/submissions/{submissionId}";
		String tour = initiative + "/cultural-tour";
		String copy = initiative + "/archive-exchange/copies/{copyId}";
		String listing = initiative + "/marketplace/listings/{listingId}";
		String group = initiative + "/working-group";
		return List.of(
				// Protocols: the secretariat's.
				new Endpoint("POST", "/api/protocols", Who.SECRETARIAT, Owner.NONE, false, Map::of,
						(r, c) -> new Call("/api/protocols", protocolBody())),
				new Endpoint("POST", "/api/protocols/{protocolId}/directions", Who.SECRETARIAT, Owner.NONE, false,
						this::base,
						(r, c) -> new Call("/api/protocols/" + r.get("protocol") + "/directions",
								"{\"title\":{\"en\":\"Direction " + unique() + "\"}}")),
				new Endpoint("POST", "/api/protocols/{protocolId}/signatures", Who.SECRETARIAT, Owner.NAMED, true,
						() -> Map.of("protocol",
								created("secretariat", "/api/protocols", protocolBody(), "protocolId")),
						(r, c) -> new Call("/api/protocols/" + r.get("protocol") + "/signatures",
								"{\"country\":\"" + c
										+ "\",\"signatory\":\"Sample Signatory\",\"signedOn\":\"2025-11-14\"}")),
				// Initiatives: proposed by the secretariat, a country's standing by its
				// liaison.
				new Endpoint("POST", "/api/initiatives", Who.SECRETARIAT, Owner.NONE, false, this::base,
						(r, c) -> new Call("/api/initiatives", initiativeBody(r, "OTHER"))),
				new Endpoint("PUT", initiative + "/countries/{country}/status", Who.LIAISON, Owner.NAMED, true,
						() -> Map.of("initiative", initiative("OTHER")),
						(r, c) -> new Call("/api/initiatives/" + r.get("initiative") + "/countries/" + c + "/status",
								"{\"status\":\"AGREED\",\"effectiveOn\":\"2025-12-01\"}")),
				new Endpoint("POST", initiative + "/countries/{country}/progress-reports", Who.LIAISON, Owner.NAMED,
						true, this::base,
						(r, c) -> new Call(
								"/api/initiatives/" + r.get("calendar") + "/countries/" + c + "/progress-reports",
								"{\"percent\":40,\"asOf\":\"2025-12-20\"}")),
				// Cultural calendar.
				new Endpoint("POST", initiative + "/calendar/submissions", Who.LIAISON, Owner.NAMED, true, this::base,
						(r, c) -> new Call(submissions(r), festival(c, true))),
				new Endpoint("PUT", submission + "/decision", Who.SECRETARIAT, Owner.STORED, false,
						() -> submission(false),
						(r, c) -> new Call(r.get("submission") + "/decision",
								"{\"decision\":\"RETURNED\",\"reason\":\"Name the venue\"}")),
				new Endpoint("PUT", submission, Who.LIAISON, Owner.STORED, true, () -> submission(true),
						(r, c) -> new Call(r.get("submission"), festival(c, false))),
				new Endpoint("POST", submission + "/withdrawal", Who.LIAISON, Owner.STORED, true,
						() -> submission(false),
						(r, c) -> new Call(r.get("submission") + "/withdrawal",
								"{\"country\":\"" + c + "\",\"reason\":\"Cancelled\"}")),
				// Cultural Tour: editions by the secretariat, legs also by the host's
				// liaison,
				// films by their holder's.
				new Endpoint("POST", tour + "/programmes", Who.SECRETARIAT, Owner.NONE, false, this::base,
						(r, c) -> new Call(tourPath(r, "/programmes"),
								"{\"year\":" + (2030 + UNIQUE.incrementAndGet() % 70) + "}")),
				new Endpoint("POST", tour + "/programmes/{year}/legs", Who.SECRETARIAT_OR_LIAISON, Owner.NAMED, true,
						this::base, (r, c) -> new Call(tourPath(r, "/programmes/2026/legs"), leg(c))),
				new Endpoint("PUT", tour + "/programmes/{year}/legs/{legId}/state", Who.SECRETARIAT_OR_LIAISON,
						Owner.STORED, false, this::legHostedByOwnCountry,
						(r, c) -> new Call(r.get("leg") + "/state", "{\"state\":\"CONFIRMED\"}")),
				new Endpoint("POST", tour + "/films", Who.LIAISON, Owner.NAMED, true, this::base,
						(r, c) -> new Call(tourPath(r, "/films"), film(c, true))),
				new Endpoint("PUT", tour + "/films/{filmId}/digitisation", Who.LIAISON, Owner.STORED, false,
						this::filmOfOwnCountry,
						(r, c) -> new Call(r.get("film") + "/digitisation",
								"{\"state\":\"QUEUED\",\"on\":\"2026-01-05\"}")),
				new Endpoint("PUT", tour + "/films/{filmId}/rights", Who.LIAISON, Owner.STORED, false,
						this::filmOfOwnCountry, (r, c) -> new Call(r.get("film") + "/rights", "{\"cleared\":true}")),
				// Archive exchange: each step by the liaison of the party whose step it
				// is.
				new Endpoint("POST", initiative + "/archive-exchange/offers", Who.LIAISON, Owner.NAMED, true,
						this::base, (r, c) -> new Call(archivePath(r, "/offers"), copyBody(c, other(c)))),
				new Endpoint("POST", initiative + "/archive-exchange/requests", Who.LIAISON, Owner.NAMED, true,
						this::base, (r, c) -> new Call(archivePath(r, "/requests"), copyBody(other(c), c))),
				new Endpoint("POST", copy + "/approve", Who.LIAISON, Owner.STORED, true,
						() -> copy(FOREIGN, OWN, false, false),
						(r, c) -> new Call(r.get("copy") + "/approve", "{\"country\":\"" + c + "\"}")),
				new Endpoint("POST", copy + "/transfer", Who.LIAISON, Owner.STORED, true,
						() -> copy(OWN, FOREIGN, true, false),
						(r, c) -> new Call(r.get("copy") + "/transfer",
								"{\"country\":\"" + c + "\",\"checksum\":\"" + SENT
										+ "\",\"medium\":\"DIGITAL_TRANSFER\",\"sentOn\":\"2026-01-10\"}")),
				new Endpoint("POST", copy + "/confirm-receipt", Who.LIAISON, Owner.STORED, true,
						() -> copy(FOREIGN, OWN, true, true),
						(r, c) -> new Call(r.get("copy") + "/confirm-receipt",
								"{\"country\":\"" + c + "\",\"checksum\":\"" + SENT
										+ "\",\"receivedOn\":\"2026-01-12\"}")),
				new Endpoint("POST", copy + "/withdraw", Who.LIAISON, Owner.STORED, true,
						() -> copy(OWN, FOREIGN, false, false),
						(r, c) -> new Call(r.get("copy") + "/withdraw",
								"{\"country\":\"" + c + "\",\"reason\":\"No longer available\"}")),
				new Endpoint("POST", copy + "/decline", Who.LIAISON, Owner.STORED, true,
						() -> copy(FOREIGN, OWN, false, false),
						(r, c) -> new Call(r.get("copy") + "/decline",
								"{\"country\":\"" + c + "\",\"reason\":\"Already held\"}")),
				// Marketplace: listed by the country's liaison, verified by the
				// secretariat.
				new Endpoint("POST", initiative + "/marketplace/listings", Who.LIAISON, Owner.NAMED, true, this::base,
						(r, c) -> new Call(listingsPath(r), listingBody(c, null))),
				new Endpoint("POST", listing + "/verify", Who.SECRETARIAT, Owner.STORED, false,
						() -> listingOfOwnCountry(null), (r, c) -> new Call(r.get("listing") + "/verify", null)),
				new Endpoint("POST", listing + "/delist", Who.SECRETARIAT_OR_LIAISON, Owner.STORED, false,
						() -> listingOfOwnCountry(null),
						(r, c) -> new Call(r.get("listing") + "/delist", "{\"reason\":\"The workshop closed\"}")),
				new Endpoint("PUT", listing + "/contact", Who.LIAISON, Owner.STORED, false,
						() -> listingOfOwnCountry(null),
						(r, c) -> new Call(r.get("listing") + "/contact",
								"{\"email\":\"contact-" + unique() + "@example.org\"}")),
				new Endpoint("DELETE", listing + "/contact", Who.SECRETARIAT_OR_LIAISON, Owner.STORED, false,
						() -> listingOfOwnCountry("{\"phone\":\"+000 12 345 6789\"}"),
						(r, c) -> new Call(r.get("listing") + "/contact", null)),
				// Brand working group: run by the secretariat, seats and positions by
				// each
				// country's liaison.
				new Endpoint("POST", group, Who.SECRETARIAT, Owner.NONE, false,
						() -> Map.of("initiative", initiative("BRAND_WORKING_GROUP")),
						(r, c) -> new Call("/api/initiatives/" + r.get("initiative") + "/working-group",
								"{\"establishedOn\":\"2026-01-20\"}")),
				new Endpoint("POST", group + "/countries/{country}/members", Who.LIAISON, Owner.NAMED, true,
						() -> workingGroup(false, false),
						(r, c) -> new Call(r.get("group") + "/countries/" + c + "/members", nominee(c))),
				new Endpoint("POST", group + "/members/{memberId}/replacement", Who.LIAISON, Owner.STORED, false,
						() -> workingGroup(true, false),
						(r, c) -> new Call(r.get("member") + "/replacement", "{\"name\":\"Sample Member KZ-" + unique()
								+ "\",\"position\":\"Adviser\",\"role\":\"MEMBER\",\"replacedOn\":\"2026-03-09\"}")),
				new Endpoint("POST", group + "/members/{memberId}/recall", Who.LIAISON, Owner.STORED, false,
						() -> workingGroup(true, false),
						(r, c) -> new Call(r.get("member") + "/recall", "{\"recalledOn\":\"2026-03-20\"}")),
				new Endpoint("POST", group + "/meetings", Who.SECRETARIAT, Owner.NONE, false, this::base,
						(r, c) -> new Call(r.get("group") + "/meetings",
								"{\"heldOn\":\"2026-02-10\",\"place\":\"Venue " + unique()
										+ "\",\"attending\":[\"KZ\",\"UZ\"]}")),
				new Endpoint("POST", group + "/concept-drafts", Who.SECRETARIAT, Owner.NONE, false,
						() -> workingGroup(false, false),
						(r, c) -> new Call(r.get("group") + "/concept-drafts", draft())),
				new Endpoint("PUT", group + "/countries/{country}/concept-approval", Who.LIAISON, Owner.NAMED, true,
						() -> workingGroup(false, true),
						(r, c) -> new Call(r.get("group") + "/countries/" + c + "/concept-approval",
								"{\"version\":1,\"decision\":\"APPROVED\",\"decidedOn\":\"2026-03-02\"}")),
				// User accounts: admins only.
				new Endpoint("POST", "/api/admin/users", Who.ADMIN, Owner.NONE, false, Map::of,
						(r, c) -> new Call("/api/admin/users",
								"{\"username\":\"reader-" + unique()
										+ "\",\"password\":\"a long enough password\",\"role\":\"OFFICIAL\"}")),
				new Endpoint("PUT", "/api/admin/users/{username}/password", Who.ADMIN, Owner.NONE, false, this::account,
						(r, c) -> new Call("/api/admin/users/" + r.get("username") + "/password",
								"{\"password\":\"another long password " + unique() + "\"}")),
				new Endpoint("PUT", "/api/admin/users/{username}/enabled", Who.ADMIN, Owner.NONE, false, this::account,
						(r, c) -> new Call("/api/admin/users/" + r.get("username") + "/enabled",
								"{\"enabled\":false}")));
	}

	// The records the cases write, set up by the users who may.

	private synchronized Map<String, String> base() {
		if (base == null) {
			Map<String, String> ids = new HashMap<>();
			JsonNode protocol = post("secretariat", "/api/protocols", protocolBody());
			ids.put("protocol", protocol.get("protocolId").asText());
			ids.put("direction", protocol.get("directionIds").get(0).asText());
			base = ids;
			ids.put("calendar", initiative("CULTURAL_CALENDAR"));
			ids.put("tour", initiative("CULTURAL_TOUR_PLATFORM"));
			ids.put("archives", initiative("ARCHIVE_EXCHANGE"));
			ids.put("marketplace", initiative("CREATIVE_MARKETPLACE"));
			post("secretariat", tourPath(ids, "/programmes"), "{\"year\":2026}");
			ids.put("group", workingGroup(false, false).get("group"));
		}
		return base;
	}

	private String initiative(String kind) {
		return created("secretariat", "/api/initiatives", initiativeBody(base(), kind), "initiativeId");
	}

	/** A calendar submission of Kazakhstan's, returned to it when asked. */
	private Map<String, String> submission(boolean returned) {
		String id = created("liaison-kz", submissions(base()), festival(OWN, true), "submissionId");
		String path = submissions(base()) + "/" + id;
		if (returned) {
			post("secretariat", HttpMethod.PUT, path + "/decision",
					"{\"decision\":\"RETURNED\",\"reason\":\"Venue?\"}");
		}
		return Map.of("submission", path);
	}

	private Map<String, String> legHostedByOwnCountry() {
		String id = created("secretariat", tourPath(base(), "/programmes/2026/legs"), leg(OWN), "legId");
		return Map.of("leg", tourPath(base(), "/programmes/2026/legs/" + id));
	}

	private Map<String, String> filmOfOwnCountry() {
		String id = created("liaison-kz", tourPath(base(), "/films"), film(OWN, false), "filmId");
		return Map.of("film", tourPath(base(), "/films/" + id));
	}

	/**
	 * A copy offered by the holder's liaison, approved by the receiver's and transferred
	 * by the holder's when asked.
	 */
	private Map<String, String> copy(Country holder, Country receiver, boolean approved, boolean transferred) {
		String id = created(liaison(holder), archivePath(base(), "/offers"), copyBody(holder, receiver), "copyId");
		String path = archivePath(base(), "/copies/" + id);
		if (approved) {
			post(liaison(receiver), path + "/approve", "{\"country\":\"" + receiver + "\"}");
		}
		if (transferred) {
			post(liaison(holder), path + "/transfer", "{\"country\":\"" + holder + "\",\"checksum\":\"" + SENT
					+ "\",\"medium\":\"DIGITAL_TRANSFER\",\"sentOn\":\"2026-01-10\"}");
		}
		return Map.of("copy", path);
	}

	private Map<String, String> listingOfOwnCountry(String contact) {
		String id = created("liaison-kz", listingsPath(base()), listingBody(OWN, contact), "listingId");
		return Map.of("listing", listingsPath(base()) + "/" + id);
	}

	/**
	 * A working group of its own initiative, with a member for Kazakhstan or a first
	 * concept draft when asked.
	 */
	private Map<String, String> workingGroup(boolean member, boolean draft) {
		String initiative = initiative("BRAND_WORKING_GROUP");
		String path = "/api/initiatives/" + initiative + "/working-group";
		post("secretariat", path, "{\"establishedOn\":\"2026-01-20\"}");
		Map<String, String> ids = new HashMap<>(Map.of("group", path));
		if (member) {
			String id = created("liaison-kz", path + "/countries/KZ/members", nominee(OWN), "memberId");
			ids.put("member", path + "/members/" + id);
		}
		if (draft) {
			post("secretariat", path + "/concept-drafts", draft());
		}
		return ids;
	}

	private Map<String, String> account() {
		String username = "account-" + unique();
		post("admin", "/api/admin/users",
				"{\"username\":\"" + username + "\",\"password\":\"a long enough password\",\"role\":\"AUDITOR\"}");
		return Map.of("username", username);
	}

	// Request bodies and paths.

	private static String protocolBody() {
		return """
				{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"Tashkent meeting"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
				            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
				            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Culture"}}]}""";
	}

	private static String initiativeBody(Map<String, String> base, String kind) {
		return """
				{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s initiative"},"participants":%s}"""
			.formatted(base.get("protocol"), base.get("direction"), kind, kind, PARTICIPANTS);
	}

	private static String submissions(Map<String, String> base) {
		return "/api/initiatives/" + base.get("calendar") + "/calendar/submissions";
	}

	private static String festival(Country country, boolean withYear) {
		return """
				{"country":"%s",%s"title":{"en":"Festival %d"},"type":"FESTIVAL","city":"Almaty",
				 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union of folk musicians"}"""
			.formatted(country, withYear ? "\"editionYear\":2026," : "", unique());
	}

	private static String tourPath(Map<String, String> base, String rest) {
		return "/api/initiatives/" + base.get("tour") + "/cultural-tour" + rest;
	}

	private static String leg(Country host) {
		return """
				{"kind":"TOURING_PROGRAMME","origin":"%s","host":"%s","city":"City %d","venue":"Hall",
				 "startsOn":"2026-09-01","endsOn":"2026-09-02","films":[]}""".formatted(other(host), host, unique());
	}

	private static String film(Country holder, boolean rightsCleared) {
		return "{\"holder\":\"%s\",\"title\":{\"en\":\"Film %d\"},\"year\":1961,\"rightsCleared\":%s}".formatted(holder,
				unique(), rightsCleared);
	}

	private static String archivePath(Map<String, String> base, String rest) {
		return "/api/initiatives/" + base.get("archives") + "/archive-exchange" + rest;
	}

	private static String copyBody(Country holder, Country receiver) {
		return """
				{"holder":"%s","receiver":"%s","materialType":"DOCUMENTARY","title":{"en":"Letters %d"},
				 "reference":"F. 5, inv. 1, file 12"}""".formatted(holder, receiver, unique());
	}

	private static String listingsPath(Map<String, String> base) {
		return "/api/initiatives/" + base.get("marketplace") + "/marketplace/listings";
	}

	private static String listingBody(Country country, String contact) {
		return "{\"country\":\"%s\",\"name\":\"Sample Weaver %d\",\"craft\":\"WEAVER\",\"city\":\"Almaty\"%s}"
			.formatted(country, unique(), (contact != null) ? ",\"contact\":" + contact : "");
	}

	private static String nominee(Country country) {
		return "{\"name\":\"Sample Member %s-%d\",\"position\":\"Adviser\",\"role\":\"MEMBER\",\"nominatedOn\":\"2026-01-27\"}"
			.formatted(country, unique());
	}

	private static String draft() {
		return "{\"version\":1,\"title\":\"Concept\",\"url\":\"https://example.org/concept.pdf\",\"sha256\":\"" + DIGEST
				+ "\",\"submittedOn\":\"2026-02-24\"}";
	}

	private static Country other(Country country) {
		return (country == OWN) ? FOREIGN : OWN;
	}

	private static String liaison(Country country) {
		return "liaison-" + country.name().toLowerCase(Locale.ROOT);
	}

	private static int unique() {
		return UNIQUE.incrementAndGet();
	}

	// HTTP.

	private final Map<String, RestClient> clients = new HashMap<>();

	private RestClient client(String user) {
		return clients.computeIfAbsent((user != null) ? user : "",
				(key) -> key.isEmpty() ? RestClient.builder()
					.defaultHeader("Accept-Language", "en")
					.baseUrl(baseUrl())
					.defaultStatusHandler((status) -> true, (req, res) -> {
					})
					.build() : signedInAs(key));
	}

	private static ResponseEntity<JsonNode> send(RestClient client, String method, Call call) {
		RestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(method)).uri(call.path());
		if (call.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(call.body());
		}
		return request.retrieve().toEntity(JsonNode.class);
	}

	private JsonNode post(String user, String path, String body) {
		return post(user, HttpMethod.POST, path, body);
	}

	/**
	 * A write by a user who may make it, as set-up: anything but a 2xx stops the case.
	 */
	private JsonNode post(String user, HttpMethod method, String path, String body) {
		ResponseEntity<JsonNode> answer = send(client(user), method.name(), new Call(path, body));
		assertThat(answer.getStatusCode().is2xxSuccessful())
			.as("set-up: " + user + " " + method + " " + path + " " + body + " -> " + answer)
			.isTrue();
		return answer.getBody();
	}

	private String created(String user, String path, String body, String idField) {
		return post(user, path, body).get(idField).asText();
	}

	/** A digest of every user account, to tell whether a request changed one. */
	private String accounts() {
		return jdbc.queryForObject(
				"SELECT coalesce(md5(string_agg(username || role || coalesce(country, '') "
						+ "|| password_hash || enabled::text, ',' ORDER BY username)), '') FROM tracker_user",
				String.class);
	}

}
