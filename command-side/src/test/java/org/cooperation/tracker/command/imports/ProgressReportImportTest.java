package org.cooperation.tracker.command.imports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A liaison's progress reports from a CSV file, over real HTTP on a real PostgreSQL: the
 * template, a file with errors refused whole with every error's line, the corrected file
 * filed once however often it is uploaded, a line refused by the rules refusing the file,
 * and files that are not CSV, too large or carrying formulas refused, none of which
 * records anything.
 */
class ProgressReportImportTest extends CommandSideIntegrationTest {

	private static final String HEADER = "initiative_id,country,percent,as_of,note,evidence\r\n";

	private static String initiative;

	@BeforeEach
	void anInitiativeOfKazakhstanAndKyrgyzstan() {
		if (initiative != null) {
			return;
		}
		RestClient secretariat = signedInAs("secretariat");
		JsonNode protocol = send(secretariat, HttpMethod.POST, "/api/protocols", TASHKENT_PROTOCOL).getBody();
		initiative = send(secretariat, HttpMethod.POST, "/api/initiatives",
				"""
						{"protocolId":"%s","directionId":"%s","kind":"ARCHIVE_EXCHANGE",
						 "title":{"en":"Exchange of archival material copies"},"participants":["KZ","KG"]}"""
					.formatted(protocol.get("protocolId").asText(), protocol.get("directionIds").get(0).asText()))
			.getBody()
			.get("initiativeId")
			.asText();
	}

	@Test
	void theTemplateNamesTheColumns() {
		ResponseEntity<byte[]> template = signedInAs("liaison-kz").get()
			.uri("/api/imports/progress-reports/template")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(template.getStatusCode().value()).isEqualTo(200);
		assertThat(template.getHeaders().getContentType().toString()).startsWith("text/csv");
		assertThat(template.getHeaders().getContentDisposition().getFilename())
			.isEqualTo("progress-reports-template.csv");
		assertThat(new String(template.getBody(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + HEADER);
	}

	@Test
	void aFileWithBadLinesIsRefusedWholeThenTheCorrectedFileIsFiledOnceEvenWhenUploadedTwice() {
		String bad = HEADER + line("KZ", "40", "2025-12-20", "Inventory of the film archive", "https://example.org/a")
				+ line("KZ", "140", "2025-12-21", "Copies made", "")
				+ line("KZ", "60", "2025-13-01", "=HYPERLINK(\"x\")", "");
		long before = storedEvents();
		ResponseEntity<JsonNode> refused = upload("liaison-kz", bad, key(bad));
		assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(422);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused.getBody().get("title").asText()).isEqualTo("The file was not imported");
		List<String> errors = errors(refused);
		assertThat(errors).containsExactly("3 percent", "4 as_of", "4 note");
		assertThat(refused.getBody().get("errors").get(0).get("detail").asText()).contains("100");
		assertThat(refused.getBody().get("errors").get(2).get("detail").asText()).contains("formula");
		assertThat(storedEvents()).as("nothing of the file is recorded").isEqualTo(before);

		String corrected = HEADER
				+ line("KZ", "40", "2025-12-20", "Inventory of the film archive", "https://example.org/a")
				+ line("kz", "45", "2025-12-21", "Copies made; see the list", "")
				+ line("KZ", "60", "", "Digitisation begun", "https://example.org/b https://example.org/c");
		ResponseEntity<JsonNode> applied = upload("liaison-kz", corrected, key(corrected));
		assertThat(applied.getStatusCode().value()).as(applied.toString()).isEqualTo(200);
		assertThat(applied.getBody().get("lines").asInt()).isEqualTo(3);
		assertThat(applied.getBody().get("records").get(2).get("line").asInt()).isEqualTo(4);
		assertThat(storedEvents()).as("a report per line").isEqualTo(before + 3);

		ResponseEntity<JsonNode> again = upload("liaison-kz", corrected, key(corrected));
		assertThat(again.getStatusCode().value()).isEqualTo(200);
		assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
		assertThat(again.getBody()).isEqualTo(applied.getBody());
		assertThat(storedEvents()).as("the same file again records nothing").isEqualTo(before + 3);

		// Under another key (a client that derives none from the file), the lines still
		// name the same reports, which the initiative files once.
		ResponseEntity<JsonNode> otherKey = upload("liaison-kz", corrected, "another-key");
		assertThat(otherKey.getStatusCode().value()).as(otherKey.toString()).isEqualTo(409);
		assertThat(otherKey.getBody().get("detail").asText()).startsWith("line 2: ");
		assertThat(storedEvents()).isEqualTo(before + 3);
	}

	@Test
	void aLineTheRulesRefuseRefusesTheWholeFile() {
		String file = HEADER + line("KZ", "10", "2025-12-01", "First", "")
				+ line("KZ", "20", "2025-12-02", "On no initiative", "").replace(initiative,
						"00000000-0000-4000-8000-000000000000");
		long before = storedEvents();
		ResponseEntity<JsonNode> refused = upload("liaison-kz", file, key(file));
		assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(404);
		assertThat(refused.getBody().get("detail").asText()).startsWith("line 3: ");
		assertThat(refused.getBody().get("line").asInt()).isEqualTo(3);
		assertThat(storedEvents()).as("line 2 was filed in the same transaction, and rolled back").isEqualTo(before);
	}

	@Test
	void aLiaisonImportsOnlyForTheirOwnCountry() {
		String file = HEADER + line("KG", "10", "2025-12-01", "Forged", "");
		long before = storedEvents();
		ResponseEntity<JsonNode> refused = upload("liaison-kz", file, key(file));
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(errors(refused)).containsExactly("2 country");
		assertThat(refused.getBody().get("errors").get(0).get("detail").asText()).contains("Kyrgyzstan");
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void onlyALiaisonImportsAndNobodyUnsignedDoes() {
		String file = HEADER + line("KZ", "10", "2025-12-01", "Not theirs", "");
		long before = storedEvents();
		for (String user : List.of("secretariat", "official", "auditor", "admin")) {
			ResponseEntity<JsonNode> refused = upload(user, file, key(file) + user);
			assertThat(refused.getStatusCode().value()).as(user).isEqualTo(403);
			assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		}
		ResponseEntity<JsonNode> nobody = RestClient.builder()
			.baseUrl(baseUrl())
			.defaultStatusHandler((status) -> true, (request, response) -> {
			})
			.build()
			.post()
			.uri("/api/imports/progress-reports")
			.contentType(MediaType.parseMediaType("text/csv"))
			.header("Idempotency-Key", key(file))
			.body(file.getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(nobody.getStatusCode().value()).isEqualTo(401);
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void filesThatAreNotCsvOrTooLargeAreRefusedAndRecordNothing() {
		long before = storedEvents();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff };
		ResponseEntity<JsonNode> binary = upload("liaison-kz", png, "csv-binary");
		assertThat(binary.getStatusCode().value()).isEqualTo(422);
		assertThat(binary.getBody().get("errors").get(0).get("detail").asText()).contains("not a CSV text file");

		ResponseEntity<JsonNode> pdf = signedInAs("liaison-kz").post()
			.uri("/api/imports/progress-reports")
			.contentType(MediaType.APPLICATION_PDF)
			.header("Idempotency-Key", "csv-pdf")
			.body("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(pdf.getStatusCode().value()).isEqualTo(415);

		String large = HEADER + line("KZ", "10", "2025-12-01", "x".repeat(3_000), "").repeat(30);
		ResponseEntity<JsonNode> tooLarge = upload("liaison-kz", large, key(large));
		assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
		assertThat(tooLarge.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

		ResponseEntity<JsonNode> wrongHeader = upload("liaison-kz", "initiative,percent\r\nx,1\r\n", "csv-header");
		assertThat(errors(wrongHeader)).containsExactly("1 ");

		String file = HEADER + line("KZ", "10", "2025-12-01", "No key", "");
		ResponseEntity<JsonNode> noKey = upload("liaison-kz", file, null);
		assertThat(noKey.getStatusCode().value()).isEqualTo(400);
		assertThat(noKey.getBody().get("detail").asText()).contains("Idempotency-Key");
		assertThat(storedEvents()).isEqualTo(before);
	}

	@Test
	void errorsAreWordedInTheLiaisonsLanguageAndSemicolonsSeparateCellsToo() {
		String file = HEADER.replace(',', ';') + line("KZ", "сто", "2025-12-01", "Ескерту", "").replace(',', ';');
		ResponseEntity<JsonNode> refused = signedInAs("liaison-kz").post()
			.uri("/api/imports/progress-reports")
			.header("Accept-Language", "kk")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Idempotency-Key", key(file))
			.body(file.getBytes(StandardCharsets.UTF_8))
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(refused.getStatusCode().value()).isEqualTo(422);
		assertThat(refused.getBody().get("title").asText()).isEqualTo("Файл импортталмады");
		assertThat(refused.getBody().get("errors").get(0).get("detail").asText())
			.isEqualTo("percent бағанындағы 'сто' бүтін сан емес");
	}

	private static String line(String country, String percent, String asOf, String note, String evidence) {
		return String.join(",", initiative, country, percent, asOf, "\"" + note.replace("\"", "\"\"") + "\"", evidence)
				+ "\r\n";
	}

	private static String key(String file) {
		return "csv-" + Integer.toHexString(file.hashCode());
	}

	private static List<String> errors(ResponseEntity<JsonNode> refused) {
		assertThat(refused.getStatusCode().value()).as(refused.toString()).isEqualTo(422);
		return refused.getBody()
			.get("errors")
			.valueStream()
			.map((error) -> error.get("line").asInt() + " " + error.get("column").asText())
			.toList();
	}

	private ResponseEntity<JsonNode> upload(String user, String file, String key) {
		return upload(user, file.getBytes(StandardCharsets.UTF_8), key);
	}

	private ResponseEntity<JsonNode> upload(String user, byte[] file, String key) {
		RestClient.RequestBodySpec request = signedInAs(user).post()
			.uri("/api/imports/progress-reports")
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return request.body(file).retrieve().toEntity(JsonNode.class);
	}

}
