package org.cooperation.tracker.query.ledger.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.health.CommandSideTables;
import org.cooperation.tracker.query.ledger.Checkpoint;
import org.cooperation.tracker.query.ledger.EventLeaf;
import org.cooperation.tracker.query.ledger.Finding;
import org.cooperation.tracker.query.ledger.HistoryVerifier;
import org.cooperation.tracker.query.ledger.LedgerExport;
import org.cooperation.tracker.query.ledger.MerkleProofs;
import org.cooperation.tracker.query.ledger.NoteKey;
import org.cooperation.tracker.query.ledger.SignedNote;
import org.cooperation.tracker.query.ledger.Witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The running query side seals events appended to the store by another writer within a
 * second or so, signs a checkpoint, and answers an auditor's proofs, which verify against
 * that checkpoint with RFC 9162's algorithms; every bad request is a 4xx problem.
 */
@WithMockUser(username = "auditor", roles = "AUDITOR")
class LedgerApiTest extends QuerySideTestBase {

	@Autowired
	private ObjectMapper json;

	@Test
	void appendedEventsAreSealedAndEveryProofVerifiesAgainstTheSignedCheckpoint() throws Exception {
		long head = appendAndAwaitSealing();

		NoteKey key = NoteKey.verifier(text("/api/audit/ledger/key").trim());
		SignedNote note = SignedNote.parse(text("/api/audit/ledger/checkpoint"));
		assertThat(note.signedBy(key)).isTrue();
		Checkpoint checkpoint = Checkpoint.parse(note.text());
		assertThat(text("/api/audit/ledger/checkpoints/" + checkpoint.size())).isEqualTo(note.format());

		EventLeaf last = jdbc.queryForObject(
				"SELECT " + EventLeaf.COLUMNS + " FROM domainevententry " + "WHERE globalindex = ?",
				(row, i) -> EventLeaf.read(row), head);
		JsonNode byPosition = jsonOf("/api/audit/ledger/inclusion?position=" + head + "&size=" + checkpoint.size());
		JsonNode byId = jsonOf("/api/audit/ledger/inclusion?eventId=" + last.eventId());
		assertThat(byId).isEqualTo(byPosition);
		assertThat(byPosition.get("leafHash").asText()).isEqualTo(base64(last.leafHash()));
		assertThat(MerkleProofs.verifyInclusion(byPosition.get("leafIndex").asLong(), checkpoint.size(),
				last.leafHash(), hashes(byPosition.get("proof")), checkpoint.rootHash()))
			.isTrue();

		for (long from = 1; from <= checkpoint.size(); from++) {
			JsonNode proof = jsonOf("/api/audit/ledger/consistency?from=" + from + "&to=" + checkpoint.size());
			assertThat(proof.get("toRoot").asText()).isEqualTo(base64(checkpoint.rootHash()));
			assertThat(MerkleProofs.verifyConsistency(from, checkpoint.size(),
					Base64.getDecoder().decode(proof.get("fromRoot").asText()), checkpoint.rootHash(),
					hashes(proof.get("proof"))))
				.as("from %d", from)
				.isTrue();
		}
	}

	@Test
	void theVerificationEndpointLocatesAChangedEventAndTheExportVerifiesOffline() throws Exception {
		long head = appendAndAwaitSealing();
		byte[] original = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE globalindex = ?",
				byte[].class, head - 2);
		// As the table's owner could: the application's own role may not rewrite an
		// event.
		superuser.update("UPDATE domainevententry SET payload = set_byte(payload, 1, get_byte(payload, 1) # 4) "
				+ "WHERE globalindex = ?", head - 2);
		try {
			JsonNode changed = jsonOf("/api/audit/ledger/verification");
			assertThat(changed.get("intact").asBoolean()).isFalse();
			assertThat(findingsAt(changed, head - 4, head)).containsExactly("PAYLOAD_CHANGED@" + (head - 2));
		}
		finally {
			superuser.update("UPDATE domainevententry SET payload = ? WHERE globalindex = ?", original, head - 2);
		}
		assertThat(findingsAt(jsonOf("/api/audit/ledger/verification"), head - 4, head)).isEmpty();

		SignedNote note = SignedNote.parse(text("/api/audit/ledger/checkpoint"));
		long size = Checkpoint.parse(note.text()).size();
		String export = mvc.perform(get("/api/audit/ledger/export.ndjson?size=" + size))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/x-ndjson"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		HistoryVerifier.Report offline = LedgerExport.verify(new StringReader(export), note,
				NoteKey.verifier(text("/api/audit/ledger/key").trim()));
		assertThat(offline.treeSize()).isEqualTo(size);
		assertThat(offline.findings()).as("the sealed leaves whose events are still as sealed").isEmpty();

		// The auditors' history export (every event, no sealed hashes) checks against the
		// same
		// checkpoint: its first lines give the checkpoint's root.
		String history = mvc.perform(get("/api/audit/events.ndjson"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		HistoryVerifier.Report fromHistory = LedgerExport.verify(new StringReader(history), note,
				NoteKey.verifier(text("/api/audit/ledger/key").trim()));
		assertThat(fromHistory.findings()).isEmpty();
		String altered = history.replaceFirst("\"storedPayload\":\"e", "\"storedPayload\":\"f");
		assertThat(LedgerExport
			.verify(new StringReader(altered), note, NoteKey.verifier(text("/api/audit/ledger/key").trim()))
			.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.ROOT_MISMATCH);
		problem("/api/audit/ledger/export.ndjson?size=-1", 400);
		problem("/api/audit/ledger/export.ndjson?size=" + (size + 1_000_000), 400);
	}

	private static List<String> findingsAt(JsonNode verification, long from, long to) {
		return java.util.stream.StreamSupport.stream(verification.get("findings").spliterator(), false)
			.filter((finding) -> finding.get("position").asLong() >= from && finding.get("position").asLong() <= to)
			.map((finding) -> finding.get("kind").asText() + "@" + finding.get("position").asLong())
			.toList();
	}

	@Test
	void aCountrysCosignatureIsKeptAndServedWithTheCheckpoint() throws Exception {
		appendAndAwaitSealing();
		NoteKey witnessKey = NoteKey.generate("tj.example/ledger-witness", NoteKey.COSIGNATURE);
		mvc.perform(put("/api/admin/ledger/cosigners/tj").contentType(MediaType.TEXT_PLAIN)
			.content(witnessKey.verifierKey())
			.with(user("admin").roles("ADMIN"))).andExpect(status().isNoContent());
		NoteKey logKey = NoteKey.verifier(text("/api/audit/ledger/key").trim());
		SignedNote checkpoint = SignedNote.parse(text("/api/audit/ledger/checkpoint"));
		long size = Checkpoint.parse(checkpoint.text()).size();
		SignedNote cosigned = new Witness(witnessKey, logKey, -1, null).cosign(checkpoint, List.of(),
				System.currentTimeMillis() / 1000);

		mvc.perform(post("/api/audit/ledger/cosignatures").contentType(MediaType.TEXT_PLAIN).content(cosigned.format()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted[0]").value("TJ"));
		SignedNote served = SignedNote.parse(text("/api/audit/ledger/checkpoints/" + size));
		assertThat(served.signedBy(NoteKey.verifier(witnessKey.verifierKey()))).isTrue();
		assertThat(served.signedBy(logKey)).isTrue();
		mvc.perform(get("/api/audit/ledger/cosigners"))
			.andExpect(jsonPath("$[?(@.country == 'TJ')].treeSize").value(org.hamcrest.Matchers.contains((int) size)));
		// The dashboard shows every reader what each country vouched for.
		String page = getOkIn("en", "/ledger").andReturn().getResponse().getContentAsString();
		assertThat(page).contains("The latest signed checkpoint", "What each member country has vouched for");
		String tajikistan = page.substring(page.indexOf(">Tajikistan<"));
		assertThat(tajikistan.substring(0, tajikistan.indexOf("</tr>"))).contains(">" + size + "<");

		problem(post("/api/audit/ledger/cosignatures").contentType(MediaType.TEXT_PLAIN).content("not a note"), 400);
		problem(put("/api/admin/ledger/cosigners/xx").contentType(MediaType.TEXT_PLAIN)
			.content(witnessKey.verifierKey())
			.with(user("admin").roles("ADMIN")), 400);
		problem(put("/api/admin/ledger/cosigners/tj").contentType(MediaType.TEXT_PLAIN)
			.content(logKey.verifierKey())
			.with(user("admin").roles("ADMIN")), 400);
		problem(put("/api/admin/ledger/cosigners/tj").contentType(MediaType.TEXT_PLAIN)
			.content(witnessKey.verifierKey()), 403);
	}

	@Test
	void theApplicationsRoleMayAddToTheTreeButNeverChangeIt() {
		appendAndAwaitSealing();
		for (String rewrite : List.of("UPDATE ledger_leaf SET leaf_hash = sha256(leaf_hash)", "DELETE FROM ledger_node",
				"UPDATE ledger_checkpoint SET note = note", "TRUNCATE ledger_checkpoint", "DELETE FROM ledger_key")) {
			assertThatThrownBy(() -> jdbc.execute(rewrite)).as(rewrite)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
	}

	@Test
	void badNumbersAndSizesAreProblemsNotErrors() throws Exception {
		appendAndAwaitSealing();
		problem("/api/audit/ledger/inclusion?position=seven", 400)
			.andExpect(jsonPath("$.detail").value("'seven' is not a valid position"));
		problem("/api/audit/ledger/inclusion?position=-1", 400)
			.andExpect(jsonPath("$.detail").value("position must be 0 or more, not -1"));
		problem("/api/audit/ledger/inclusion", 400).andExpect(jsonPath("$.detail").value(containsString("one of")));
		problem("/api/audit/ledger/inclusion?position=1&eventId=x", 400);
		problem("/api/audit/ledger/inclusion?position=1&size=999999999", 400)
			.andExpect(jsonPath("$.detail").value(containsString("beyond the sealed tree")));
		problem("/api/audit/ledger/inclusion?eventId=no-such-event", 404);
		problem("/api/audit/ledger/consistency?from=5&to=2", 400)
			.andExpect(jsonPath("$.detail").value("from (5) must not be larger than to (2)"));
		problem("/api/audit/ledger/consistency?from=0&to=2", 400);
		problem("/api/audit/ledger/consistency?from=1", 400);
		problem("/api/audit/ledger/checkpoints/-3", 400);
		problem("/api/audit/ledger/checkpoints/99999999999", 404);
		problem("/api/audit/ledger/checkpoints/x1", 400);
		mvc.perform(get("/api/audit/ledger/consistency?from=5&to=2").header("Accept-Language", "ru"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("from (5) не может быть больше to (2)"));
	}

	@Test
	@WithMockUser(username = "official", roles = "OFFICIAL")
	void anOfficialGetsNoProofs() throws Exception {
		problem("/api/audit/ledger/checkpoint", 403);
		problem("/api/audit/ledger/inclusion?position=1", 403);
	}

	/**
	 * Appends five events as another writer would and waits until they are sealed; the
	 * last position.
	 */
	private long appendAndAwaitSealing() {
		CommandSideTables.createEventTableOnce(database());
		String record = UUID.randomUUID().toString();
		long started = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			jdbc.update(
					"INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp, "
							+ "payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, 'Initiative', "
							+ "'2025-11-20T09:00:00Z', 'ProgressReported', '1', ?, ?)",
					"ledger-api-" + record + "-" + i, record, i,
					("{\"percent\":" + (i * 10) + "}").getBytes(StandardCharsets.UTF_8),
					"{\"actor\":\"liaison-kz\"}".getBytes(StandardCharsets.UTF_8));
		}
		long head = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> jdbc.queryForObject("SELECT last_global_index FROM ledger_state", Long.class) >= head);
		System.out.printf("ledger: 5 events sealed %d ms after their commit%n",
				Duration.ofNanos(System.nanoTime() - started).toMillis());

		return head;
	}

	private org.springframework.test.web.servlet.ResultActions problem(String path, int status) throws Exception {
		return problem(get(path), status);
	}

	private org.springframework.test.web.servlet.ResultActions problem(
			org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private JsonNode jsonOf(String path) throws Exception {
		return json.readTree(mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<byte[]> hashes(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false)
			.map((node) -> Base64.getDecoder().decode(node.asText()))
			.toList();
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

}
