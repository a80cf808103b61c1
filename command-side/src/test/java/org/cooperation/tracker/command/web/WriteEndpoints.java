package org.cooperation.tracker.command.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;

import org.cooperation.tracker.testing.Placeholders;

/**
 * Every write endpoint of the command API with the user who may call it and a body it
 * accepts: the one table the bad-input tests, the media-type tests and the controllers'
 * slices all go through, so a new endpoint is added once and checked everywhere.
 */
public final class WriteEndpoints {

	/**
	 * A write endpoint: who may call it, its path with {placeholders} and a body it
	 * accepts, or null when it takes none.
	 */
	public record Endpoint(String method, String path, String user, String body) {

		public String label() {
			return method + " " + path;
		}

		/** The endpoint with its path variables unnamed, as Spring's mappings compare. */
		public String shape() {
			return WriteEndpoints.shape(label());
		}

	}

	/** The placeholders of the table that stand for a record's id. */
	public static final List<String> RECORDS = List.of("P", "D", "CAL", "TOUR", "ARCH", "MKT", "BRAND", "S", "L", "F",
			"C", "M", "W");

	/** The placeholder of the table that stands for a user account's name. */
	static final String ACCOUNT = "auditor";

	/** A user name no account has. */
	static final String NO_ACCOUNT = "no-such-account";

	static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private WriteEndpoints() {
	}

	/**
	 * Every write endpoint, with the user who may call it and a body it accepts (null: it
	 * takes none). Placeholders name the records of {@link #RECORDS}.
	 */
	public static List<Endpoint> all() {
		String initiative = "/api/initiatives/";
		String calendar = initiative + "{CAL}/calendar/submissions";
		String tour = initiative + "{TOUR}/cultural-tour";
		String archive = initiative + "{ARCH}/archive-exchange";
		String market = initiative + "{MKT}/marketplace/listings";
		String group = initiative + "{BRAND}/working-group";
		return List.of(new Endpoint("POST", "/api/protocols", "secretariat", """
				{"number":"No. 1","meetingDate":"2025-11-14","place":"Tashkent",
				 "meetingTitle":{"en":"Meeting of the culture ministers"},
				 "parties":[{"country":"KZ","role":"MEMBER","designatedSignatory":"A. Minister"},
				            {"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Cinema"}}]}"""),
				new Endpoint("POST", "/api/protocols/{P}/directions", "secretariat", """
						{"title":{"en":"Archives","ru":"Архивы"}}"""),
				new Endpoint("POST", "/api/protocols/{P}/signatures", "secretariat", """
						{"country":"UZ","signatory":"A. Signatory","position":"Minister","signedOn":"2025-11-14"}"""),
				new Endpoint("POST", "/api/initiatives", "secretariat", """
						{"protocolId":"{P}","directionId":"{D}","kind":"OTHER","title":{"en":"Festival"},
						 "description":{"en":"A festival"},"proposedBy":"KZ","participants":["KZ","UZ"]}"""),
				new Endpoint("PUT", initiative + "{CAL}/countries/{KG}/status", "liaison-kg",
						"""
								{"status":"AGREED","effectiveOn":"2025-12-01","note":"Order","evidence":["https://example.org/o"]}"""),
				new Endpoint("POST", initiative + "{CAL}/countries/{KG}/progress-reports", "liaison-kg", """
						{"percent":40,"asOf":"2025-12-20","note":"Sent","evidence":["https://example.org/r"]}"""),
				new Endpoint("POST", calendar, "liaison-kz", """
						{"country":"KZ","editionYear":2026,"title":{"en":"Folk festival"},"type":"FESTIVAL",
						 "city":"Almaty","startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union",
						 "link":"https://example.org/f","description":{"en":"Music"}}"""),
				new Endpoint("PUT", calendar + "/{S}/decision", "secretariat", """
						{"decision":"RETURNED","reason":"Name the venue"}"""),
				new Endpoint("PUT", calendar + "/{S}", "liaison-kz", """
						{"country":"KZ","title":{"en":"Folk festival"},"type":"FESTIVAL","city":"Almaty",
						 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union",
						 "link":"https://example.org/f","description":{"en":"Music"}}"""),
				new Endpoint("POST", calendar + "/{S}/withdrawal", "liaison-kz", """
						{"country":"KZ","reason":"Cancelled"}"""),
				new Endpoint("POST", tour + "/programmes", "secretariat", """
						{"year":2027}"""), new Endpoint("POST", tour + "/programmes/{2026}/legs", "liaison-uz", """
						{"kind":"FILM_SCREENING","title":{"en":"Screening"},"origin":"KZ","host":"UZ",
						 "city":"Samarkand","venue":"Hall","startsOn":"2026-03-01","endsOn":"2026-03-02",
						 "films":["{F}"]}"""),
				new Endpoint("PUT", tour + "/programmes/{2026}/legs/{L}/state", "liaison-uz", """
						{"state":"CONFIRMED","note":"Letter"}"""),
				new Endpoint("POST", tour + "/films", "liaison-kg", """
						{"holder":"KG","title":{"en":"Film"},"year":1964,"rightsCleared":true}"""),
				new Endpoint("PUT", tour + "/films/{F}/digitisation", "liaison-kg", """
						{"state":"QUEUED","on":"2026-02-01","note":"Queued"}"""),
				new Endpoint("PUT", tour + "/films/{F}/rights", "liaison-kg", """
						{"cleared":false,"note":"Withdrawn"}"""),
				new Endpoint("POST", archive + "/offers", "liaison-kz", """
						{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},
						 "reference":"F. 12","description":{"en":"Letters"},"note":"Offer"}"""),
				new Endpoint("POST", archive + "/requests", "liaison-kg", """
						{"holder":"KZ","receiver":"KG","materialType":"DOCUMENTARY","title":{"en":"Maps"},
						 "reference":"F. 13","description":{"ru":"Карты"},"note":"Request"}"""),
				new Endpoint("POST", archive + "/copies/{C}/approve", "liaison-kg", """
						{"country":"KG","note":"Yes"}"""),
				new Endpoint("POST", archive + "/copies/{C}/transfer", "liaison-kz",
						"""
								{"country":"KZ","checksum":"%s","medium":"DIGITAL_TRANSFER","sentOn":"2026-01-10","note":"Sent"}"""
							.formatted(DIGEST)),
				new Endpoint("POST", archive + "/copies/{C}/confirm-receipt", "liaison-kg",
						"""
								{"country":"KG","checksum":"%s","receivedOn":"2026-01-11","note":"Arrived"}"""
							.formatted(DIGEST)),
				new Endpoint("POST", archive + "/copies/{C}/withdraw", "liaison-kz", """
						{"country":"KZ","reason":"No longer offered"}"""),
				new Endpoint("POST", archive + "/copies/{C}/decline", "liaison-kg", """
						{"country":"KG","reason":"Not needed"}"""), new Endpoint("POST", market, "liaison-uz", """
						{"country":"UZ","name":"Woodcarver","craft":"WOODCARVER","city":"Khiva",
						 "description":{"en":"Doors"},"links":["https://example.org/w"],
						 "contact":{"email":"w@example.org","phone":"+000 00 000 0003"}}"""),
				new Endpoint("POST", market + "/{M}/verify", "secretariat", null),
				new Endpoint("POST", market + "/{M}/delist", "secretariat", """
						{"reason":"Closed"}"""), new Endpoint("PUT", market + "/{M}/contact", "liaison-uz", """
						{"email":"new@example.org","phone":"+000 00 000 0004"}"""),
				new Endpoint("DELETE", market + "/{M}/contact", "liaison-uz", null),
				new Endpoint("POST", group, "secretariat", """
						{"establishedOn":"2026-01-20","note":"Decision"}"""),
				new Endpoint("POST", group + "/countries/{KZ}/members", "liaison-kz", """
						{"name":"Member","position":"Head","role":"MEMBER","nominatedOn":"2026-01-27"}"""),
				new Endpoint("POST", group + "/members/{W}/replacement", "liaison-kz", """
						{"name":"Successor","position":"Deputy","role":"MEMBER","replacedOn":"2026-03-01"}"""),
				new Endpoint("POST", group + "/members/{W}/recall", "liaison-kz", """
						{"recalledOn":"2026-03-20","note":"Recalled"}"""),
				new Endpoint("POST", group + "/meetings", "secretariat", """
						{"heldOn":"2026-02-10","place":"Online","attending":["KZ","UZ"],"decisions":"Outline",
						 "minutes":{"url":"https://example.org/m.pdf","sha256":"%s"}}""".formatted(DIGEST)),
				new Endpoint("POST", group + "/concept-drafts", "secretariat", """
						{"version":1,"title":"Concept","url":"https://example.org/c.pdf","sha256":"%s",
						 "submittedOn":"2026-02-24"}""".formatted(DIGEST)),
				new Endpoint("PUT", group + "/countries/{KZ}/concept-approval", "liaison-kz", """
						{"version":1,"decision":"APPROVED","decidedOn":"2026-03-02","note":"Agreed"}"""),
				new Endpoint("POST", "/api/admin/users", "admin", """
						{"username":"new-official","password":"a-long-password","role":"OFFICIAL"}"""),
				new Endpoint("PUT", "/api/admin/users/{auditor}/password", "admin", """
						{"password":"another-long-password"}"""),
				new Endpoint("PUT", "/api/admin/users/{auditor}/enabled", "admin", """
						{"enabled":false}"""));
	}

	/** A method and a path pattern with its path variables unnamed. */
	public static String shape(String endpoint) {
		return endpoint.replaceAll("\\{[^}]*}", "{}");
	}

	/**
	 * The template with each {placeholder} replaced by the record's id, or its own name.
	 */
	public static String resolve(String template, Map<String, String> ids) {
		return Placeholders.resolve(template, ids);
	}

	/**
	 * The template with a new id for each record it names, and an account nobody has for
	 * the account it names: for requests that are refused (or answered) before any record
	 * is looked up, or that find none. A valid request there changes nothing, so the demo
	 * auditor other tests sign in as keeps their password and stays enabled.
	 */
	public static String withNewIds(String template) {
		Matcher placeholder = Placeholders.PLACEHOLDER.matcher(template);
		StringBuilder resolved = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			placeholder.appendReplacement(resolved,
					RECORDS.contains(name) ? UUID.randomUUID().toString() : ACCOUNT.equals(name) ? NO_ACCOUNT : name);
		}
		return placeholder.appendTail(resolved).toString();
	}

	/** Makes a record through the API as the user, and answers its body. */
	@FunctionalInterface
	public interface RecordCreator {

		JsonNode created(String user, String path, String body) throws Exception;

	}

	/**
	 * A protocol, an initiative of each kind and a record of each kind: the ids the
	 * table's placeholders stand for.
	 */
	public static Map<String, String> records(RecordCreator creator) throws Exception {
		Map<String, String> ids = new HashMap<>();
		JsonNode protocol = creator.created("secretariat", "/api/protocols", """
				{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"First meeting"},
				 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"UZ","role":"MEMBER"},
				            {"country":"KG","role":"MEMBER"},{"country":"TJ","role":"MEMBER"},
				            {"country":"TM","role":"MEMBER"},{"country":"AZ","role":"HONORARY_GUEST"}],
				 "directions":[{"title":{"en":"Culture"}}]}""");
		ids.put("P", protocol.get("protocolId").asText());
		ids.put("D", protocol.get("directionIds").get(0).asText());
		for (String[] kind : new String[][] { { "CAL", "CULTURAL_CALENDAR" }, { "TOUR", "CULTURAL_TOUR_PLATFORM" },
				{ "ARCH", "ARCHIVE_EXCHANGE" }, { "MKT", "CREATIVE_MARKETPLACE" },
				{ "BRAND", "BRAND_WORKING_GROUP" } }) {
			ids.put(kind[0],
					creator
						.created("secretariat", "/api/initiatives",
								"""
										{"protocolId":"%s","directionId":"%s","kind":"%s","title":{"en":"%s"},
										 "participants":["KZ","UZ","KG","TJ","TM"]}""".formatted(ids.get("P"),
										ids.get("D"), kind[1], kind[1]))
						.get("initiativeId")
						.asText());
		}
		String initiative = "/api/initiatives/";
		ids.put("S", creator.created("liaison-kz", initiative + ids.get("CAL") + "/calendar/submissions", """
				{"country":"KZ","editionYear":2026,"title":{"en":"Festival"},"type":"FESTIVAL","city":"Almaty",
				 "startDate":"2026-06-12","endDate":"2026-06-14","organiser":"Union"}""").get("submissionId").asText());
		String tour = initiative + ids.get("TOUR") + "/cultural-tour";
		ids.put("F", creator.created("liaison-kg", tour + "/films", """
				{"holder":"KG","title":{"en":"Film"},"year":1964,"rightsCleared":true}""").get("filmId").asText());
		creator.created("secretariat", tour + "/programmes", "{\"year\":2026}");
		ids.put("L", creator.created("liaison-uz", tour + "/programmes/2026/legs", """
				{"kind":"TOURING_PROGRAMME","origin":"KZ","host":"UZ","city":"Samarkand","venue":"Hall",
				 "startsOn":"2026-09-01","endsOn":"2026-09-02"}""").get("legId").asText());
		ids.put("C", creator.created("liaison-kz", initiative + ids.get("ARCH") + "/archive-exchange/offers", """
				{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},
				 "reference":"F. 12"}""").get("copyId").asText());
		ids.put("M", creator.created("liaison-uz", initiative + ids.get("MKT") + "/marketplace/listings", """
				{"country":"UZ","name":"Woodcarver","craft":"WOODCARVER","city":"Khiva",
				 "contact":{"email":"w@example.org"}}""").get("listingId").asText());
		String group = initiative + ids.get("BRAND") + "/working-group";
		creator.created("secretariat", group, "{\"establishedOn\":\"2026-01-20\"}");
		ids.put("W",
				creator.created("liaison-kz", group + "/countries/KZ/members", """
						{"name":"Member","position":"Head","role":"MEMBER","nominatedOn":"2026-01-27"}""")
					.get("memberId")
					.asText());
		return ids;
	}

}
