package org.cooperation.tracker.query.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.cooperation.tracker.testing.BadInputTally;
import org.cooperation.tracker.testing.ContainerCases;
import org.cooperation.tracker.testing.Placeholders;
import org.cooperation.tracker.testing.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input test of the query side, over real HTTP with both applications running:
 * every GET address of the API and the dashboard, with each path variable and each query
 * parameter in turn given hostile text (malformed ids, unknown codes, absurd years and
 * pages, path traversal, SQL, over-long and undecodable values). Every answer must be a
 * 4xx with nothing internal in it, problem+json from the API (the dashboard may answer a
 * browser with its error page), and no request may change the event store.
 */
class BadQueryInputIT extends EndToEndTest {

	@Autowired
	JdbcTemplate jdbc;

	/** A GET address with {placeholders} and the query parameters it reads. */
	record Address(String path, List<String> parameters) {

		boolean isApi() {
			return path.startsWith("/api/");
		}

	}

	static final List<Address> ADDRESSES = List.of(address("/api/status-matrix"),
			address("/api/initiatives", "page", "size"), address("/api/initiatives/{CAL}"),
			address("/api/initiatives/{CAL}/progress-reports/{R}"), address("/api/protocols", "page", "size"),
			address("/api/protocols/{P}"), address("/api/protocols/{P}/directions/{D}"),
			address("/api/protocols/{P}/signatures/{KZ}"), address("/api/countries/{KZ}/initiatives"),
			address("/api/initiatives/{CAL}/calendar/{2026}", "country", "month", "type", "state", "page", "size"),
			address("/api/initiatives/{CAL}/calendar/{2026}.ics", "country", "month", "type"),
			address("/api/initiatives/{CAL}/calendar/submissions", "page", "size"),
			address("/api/initiatives/{CAL}/calendar/submissions/{S}"),
			address("/api/initiatives/{TOUR}/cultural-tour"),
			address("/api/initiatives/{TOUR}/cultural-tour/programmes"),
			address("/api/initiatives/{TOUR}/cultural-tour/programmes/{2026}"),
			address("/api/initiatives/{TOUR}/cultural-tour/programmes/{2026}/legs/{L}"),
			address("/api/initiatives/{TOUR}/cultural-tour/films", "holder", "state", "page", "size"),
			address("/api/initiatives/{TOUR}/cultural-tour/films/{F}"),
			address("/api/initiatives/{TOUR}/cultural-tour/digitisation"),
			address("/api/initiatives/{ARCH}/archive-exchange/matrix"),
			address("/api/initiatives/{ARCH}/archive-exchange/pairs/{KZ}/{KG}"),
			address("/api/initiatives/{ARCH}/archive-exchange/copies/{C}"),
			address("/api/initiatives/{ARCH}/archive-exchange/waiting", "country"),
			address("/api/initiatives/{MKT}/marketplace/listings", "country", "craft", "state", "page", "size"),
			address("/api/initiatives/{MKT}/marketplace/listings/{M}"),
			address("/api/initiatives/{BRAND}/working-group"),
			address("/api/initiatives/{BRAND}/working-group/members/{W}"),
			address("/api/initiatives/{BRAND}/working-group/concept-drafts/{1}"), address("/initiatives/{CAL}"),
			address("/countries/{KZ}"), address("/initiatives/{CAL}/calendar"),
			address("/initiatives/{CAL}/calendar/{2026}", "country", "month", "type", "state"),
			address("/initiatives/{TOUR}/cultural-tour", "year"),
			address("/initiatives/{TOUR}/cultural-tour/films/{F}"), address("/initiatives/{ARCH}/archive-exchange"),
			address("/initiatives/{ARCH}/archive-exchange/pairs/{KZ}/{KG}"),
			address("/initiatives/{MKT}/marketplace", "country", "craft", "state"),
			address("/initiatives/{BRAND}/working-group"));

	/** Hostile text in place of an id, as it goes on the wire. */
	static final List<String> HOSTILE_IDS = List.of("not-a-uuid", "..%2F..%2F..%2Fetc%2Fpasswd",
			"%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..", "%00", "%27%20OR%201%3D1%20--",
			"%27%3B%20DROP%20TABLE%20domainevententry%3B%20--", "..%5C..%5Cwindows", "%C0%AE%C0%AE%2F",
			"x".repeat(3_000), "00000000-0000-0000-0000-00000000000g");

	static final List<String> HOSTILE_COUNTRIES = List.of("XX", "k%00z", "..%2F..%2Fetc", "%27%20OR%201%3D1%20--",
			"K".repeat(300), "%F0%9F%98%80", "1");

	static final List<String> HOSTILE_NUMBERS = List.of("abc", "99999999999", "-1", "0", "1999", "2101", "2026.5",
			"%00", "%27%20OR%201%3D1%20--");

	/** Hostile values of query parameters, each within the query-string limits. */
	static final Map<String, List<String>> HOSTILE_PARAMETERS = Map.of("page",
			List.of("-1", "abc", "100001", "99999999999", "1.5", "%27%20OR%201%3D1%20--"), "size",
			List.of("0", "501", "-5", "abc", "99999999999", "%3B%20DROP%20TABLE%20domainevententry"), "country",
			List.of("XX", "%27%20OR%201%3D1%20--", "K".repeat(150), "..%2F..%2Fetc", "KZ&country=UZ"), "holder",
			List.of("XX", "%27%20OR%201%3D1%20--", "K".repeat(150), "..%2F..%2Fetc"), "month",
			List.of("13", "0", "abc", "-1", "99999999999"), "type",
			List.of("NOT_A_VALUE", "%27%20OR%201%3D1%20--", "x".repeat(150)), "state",
			List.of("NOT_A_VALUE", "%27%3B%20DROP%20TABLE%20domainevententry%3B%20--", "x".repeat(150)), "craft",
			List.of("NOT_A_VALUE", "%27%20OR%201%3D1%20--", "x".repeat(150)), "year",
			List.of("abc", "99999999999", "-1", "1999.5"));

	/** Query strings the tracker refuses on any address. */
	static final List<String> HOSTILE_QUERIES = List.of("a=1&".repeat(40) + "a=1", "q=" + "x".repeat(300), "q=%zz",
			"q=%C3%28", "x=" + "y".repeat(2_100), "q=%0d%0aSet-Cookie:%20x%3D1");

	@Test
	void everyHostilePathAndQueryGetsA4xxAndChangesNothing() throws Exception {
		Map<String, String> ids = records();
		RawHttp http = new RawHttp(queryPort);
		BadInputTally tally = new BadInputTally("query side", this::storedEvents);
		for (Address address : ADDRESSES) {
			for (String[] variant : variants(address, ids)) {
				String target = variant[1];
				String label = address.path() + " [" + variant[0] + "]";
				if (address.isApi()) {
					tally.check(label, null,
							() -> http.request("GET", target).basic("official", "demo-official").send());
				}
				else {
					tally.checkPage(label, () -> http.request("GET", target).basic("official", "demo-official").send());
				}
			}
		}
		ContainerCases.check(tally, http, "/api/initiatives", "official");
		tally.assertAllRefused(500);
	}

	@Test
	void listsComeInCappedPagesThatSayWhereTheNextIs() throws Exception {
		records();
		RawHttp http = new RawHttp(queryPort);
		RawHttp.Reply first = http.request("GET", "/api/initiatives?size=2").basic("official", "demo-official").send();
		assertThat(first.status()).isEqualTo(200);
		assertThat(JSON.readTree(first.body())).hasSize(2);
		long total = Long.parseLong(first.header("X-Total-Count"));
		assertThat(total).isGreaterThanOrEqualTo(5);
		assertThat(first.header("Link")).isEqualTo("</api/initiatives?page=1&size=2>; rel=\"next\"");
		RawHttp.Reply last = http.request("GET", "/api/initiatives?page=" + ((total - 1) / 2) + "&size=2")
			.basic("official", "demo-official")
			.send();
		assertThat(JSON.readTree(last.body())).hasSize((int) (total - 2 * ((total - 1) / 2)));
		assertThat(last.header("Link")).doesNotContain("rel=\"next\"").contains("rel=\"prev\"");
		RawHttp.Reply tooLarge = http.request("GET", "/api/initiatives?size=501")
			.basic("official", "demo-official")
			.send();
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(JSON.readTree(tooLarge.body()).get("detail").asText())
			.isEqualTo("size is a number from 1 to 500, not 501");
	}

	private long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

	/** Each path variable, then each query parameter, in turn given hostile text. */
	private static List<String[]> variants(Address address, Map<String, String> ids) {
		List<String[]> variants = new ArrayList<>();
		String path = Placeholders.resolve(address.path(), ids);
		Matcher placeholder = Placeholders.PLACEHOLDER.matcher(address.path());
		while (placeholder.find()) {
			String value = ids.getOrDefault(placeholder.group(1), placeholder.group(1));
			for (String hostile : hostileFor(value)) {
				variants.add(new String[] { "{" + placeholder.group(1) + "} = " + abbreviated(hostile),
						Placeholders.resolve(address.path().substring(0, placeholder.start()), ids) + hostile
								+ Placeholders.resolve(address.path().substring(placeholder.end()), ids) });
			}
		}
		for (String parameter : address.parameters()) {
			for (String hostile : HOSTILE_PARAMETERS.get(parameter)) {
				variants.add(new String[] { parameter + " = " + abbreviated(hostile),
						path + "?" + parameter + "=" + hostile });
			}
		}
		for (String query : HOSTILE_QUERIES) {
			variants.add(new String[] { "query " + abbreviated(query), path + "?" + query });
		}
		return variants;
	}

	private static List<String> hostileFor(String value) {
		if (value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
			return HOSTILE_IDS;
		}
		if (value.matches("[A-Z]{2}")) {
			return HOSTILE_COUNTRIES;
		}
		return HOSTILE_NUMBERS;
	}

	private static Address address(String path, String... parameters) {
		return new Address(path, List.of(parameters));
	}

	private static String abbreviated(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "...(" + text.length() + ")";
	}

	private static Map<String, String> records;

	/**
	 * Records of every kind, made on the command side by users who may, and awaited on
	 * the query side, so each address names something that exists.
	 */
	private Map<String, String> records() throws Exception {
		if (records != null) {
			return records;
		}
		Map<String, String> ids = new LinkedHashMap<>();
		String[] protocol = recordProtocol().split("/");
		ids.put("P", protocol[0]);
		ids.put("D", protocol[1]);
		assertThat(send("POST", command("/api/protocols/" + protocol[0] + "/signatures"),
				"{\"country\":\"KZ\",\"signatory\":\"A. Signatory\",\"signedOn\":\"2025-11-14\"}")
			.status()).isEqualTo(201);
		String[] members = { "KZ", "UZ", "KG", "TJ", "TM" };
		ids.put("CAL", propose(protocol[0], protocol[1], "CULTURAL_CALENDAR", "Calendar", members));
		ids.put("TOUR", propose(protocol[0], protocol[1], "CULTURAL_TOUR_PLATFORM", "Tour", members));
		ids.put("ARCH", propose(protocol[0], protocol[1], "ARCHIVE_EXCHANGE", "Archives", members));
		ids.put("MKT", propose(protocol[0], protocol[1], "CREATIVE_MARKETPLACE", "Marketplace", members));
		ids.put("BRAND", propose(protocol[0], protocol[1], "BRAND_WORKING_GROUP", "Brand", members));
		String initiatives = "/api/initiatives/";
		ids.put("R", created("liaison-kz", initiatives + ids.get("CAL") + "/countries/KZ/progress-reports",
				"{\"percent\":10,\"asOf\":\"2026-01-05\"}", "reportId"));
		ids.put("S", created("liaison-kz", initiatives + ids.get("CAL") + "/calendar/submissions", """
				{"country":"KZ","editionYear":2026,"title":{"en":"Festival"},"type":"FESTIVAL","city":"Almaty",
				 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union"}""", "submissionId"));
		String tour = initiatives + ids.get("TOUR") + "/cultural-tour";
		ids.put("F", created("liaison-kg", tour + "/films",
				"{\"holder\":\"KG\",\"title\":{\"en\":\"Film\"},\"year\":1964,\"rightsCleared\":true}", "filmId"));
		created("secretariat", tour + "/programmes", "{\"year\":2026}", "year");
		ids.put("L", created("liaison-uz", tour + "/programmes/2026/legs", """
				{"kind":"TOURING_PROGRAMME","origin":"KZ","host":"UZ","city":"Samarkand","venue":"Hall",
				 "startsOn":"2026-09-01","endsOn":"2026-09-02"}""", "legId"));
		ids.put("C", created("liaison-kz", initiatives + ids.get("ARCH") + "/archive-exchange/offers", """
				{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},
				 "reference":"F. 12"}""", "copyId"));
		ids.put("M",
				created("liaison-uz", initiatives + ids.get("MKT") + "/marketplace/listings",
						"{\"country\":\"UZ\",\"name\":\"Woodcarver\",\"craft\":\"WOODCARVER\",\"city\":\"Khiva\"}",
						"listingId"));
		String group = initiatives + ids.get("BRAND") + "/working-group";
		created("secretariat", group, "{\"establishedOn\":\"2026-01-20\"}", "workingGroupId");
		ids.put("W", created("liaison-kz", group + "/countries/KZ/members",
				"{\"name\":\"Member\",\"position\":\"Head\",\"role\":\"MEMBER\",\"nominatedOn\":\"2026-01-27\"}",
				"memberId"));
		awaitQuery(group.replace("/working-group", "/working-group/members/" + ids.get("W")), (member) -> true);
		awaitQuery(initiatives + ids.get("MKT") + "/marketplace/listings/" + ids.get("M"), (listing) -> true);
		records = ids;
		return ids;
	}

	private String created(String user, String path, String body, String idField) throws Exception {
		Answer answer = sendAs(user, "POST", command(path), body);
		assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(201);
		return answer.body().get(idField).asText();
	}

}
