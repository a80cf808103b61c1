package org.cooperation.tracker.query.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.country.Country;

/**
 * One event as the auditors' page shows it: its type by simple name, its record, the
 * countries it names (as the country filter reads them), who and when, and its payload as
 * indented JSON.
 *
 * @param event the event as stored
 * @param type the type's simple name
 * @param recordedAt when it was recorded, or null when the stored time is unreadable
 * @param countries the countries it names
 * @param payloadJson the payload, indented, or its absence said
 * @param metadataJson the metadata, indented, or null
 */
public record HistoryLine(StoredEvent event, String type, Instant recordedAt, List<Country> countries,
		String payloadJson, String metadataJson) {

	/**
	 * The payload fields that hold a country, as the event store's audit_countries reads
	 * them.
	 */
	static final List<String> COUNTRY_FIELDS = List.of("country", "holder", "receiver", "origin", "host", "proposedBy",
			"approvedBy", "declinedBy", "withdrawnBy");

	/** The payload fields that list countries. */
	static final List<String> COUNTRY_LISTS = List.of("participants", "attending");

	public static HistoryLine of(StoredEvent event, ObjectMapper json) {
		return new HistoryLine(event, simpleNameOf(event.payloadType()), instant(event.timestamp()), countries(event),
				indented(event.payload(), json), (event.metadata() == null) ? null : indented(event.metadata(), json));
	}

	public String actor() {
		return event.meta(EventMetadata.ACTOR);
	}

	public String actorRole() {
		return event.meta(EventMetadata.ACTOR_ROLE);
	}

	public String actorCountry() {
		return event.meta(EventMetadata.ACTOR_COUNTRY);
	}

	public String correlationId() {
		return event.meta(EventMetadata.CORRELATION_ID);
	}

	public static String simpleNameOf(String type) {
		int cut = Math.max(type.lastIndexOf('.'), type.lastIndexOf('$'));
		return type.substring(cut + 1);
	}

	private static Instant instant(String timestamp) {
		try {
			return Instant.parse(timestamp);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return null;
		}
	}

	private static List<Country> countries(StoredEvent event) {
		Set<String> codes = new TreeSet<>();
		JsonNode payload = event.payload();
		if (payload != null) {
			COUNTRY_FIELDS.forEach((field) -> add(codes, payload.get(field)));
			COUNTRY_LISTS.forEach((field) -> {
				if (payload.path(field).isArray()) {
					payload.get(field).forEach((code) -> add(codes, code));
				}
			});
			if (payload.path("parties").isArray()) {
				payload.get("parties").forEach((party) -> add(codes, party.get("country")));
			}
		}
		if (event.metadata() != null) {
			add(codes, event.metadata().get(EventMetadata.ACTOR_COUNTRY));
		}
		return codes.stream().flatMap((code) -> known(code).stream()).toList();
	}

	private static void add(Set<String> codes, JsonNode value) {
		if (value != null && value.isTextual()) {
			codes.add(value.asText());
		}
	}

	private static List<Country> known(String code) {
		for (Country country : Country.values()) {
			if (country.name().equals(code)) {
				return List.of(country);
			}
		}
		return List.of();
	}

	private static String indented(JsonNode node, ObjectMapper json) {
		if (node == null) {
			return null;
		}
		try {
			return json.writerWithDefaultPrettyPrinter().writeValueAsString(node);
		}
		catch (JsonProcessingException ex) {
			return node.toString();
		}
	}

}
