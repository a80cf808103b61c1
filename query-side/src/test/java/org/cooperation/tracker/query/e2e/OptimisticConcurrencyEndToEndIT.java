package org.cooperation.tracker.query.e2e;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A liaison reads an initiative on the query side, takes its ETag and files a progress
 * report on the command side with it as If-Match: stored. A second writer that read the
 * same version is refused with 412 and reads again.
 */
class OptimisticConcurrencyEndToEndIT extends EndToEndTest {

	static final String PROGRESS = """
			{"percent":40,"asOf":"2025-12-20","note":"Draft calendar sent to the secretariat"}""";

	@Test
	void aWriteNamingTheVersionReadIsStoredAndTheSameVersionAgainIsRefused() throws Exception {
		String initiative = "/api/initiatives/" + newCalendar();
		String reports = initiative + "/countries/KG/progress-reports";

		Answer read = awaitAnswer(initiative, (answer) -> true);
		assertThat(read.etag()).isEqualTo("\"0\"");
		Answer notModified = send("GET", query(initiative), null, Map.of("If-None-Match", read.etag()));
		assertThat(notModified.status()).isEqualTo(304);

		Answer filed = sendAs("liaison-kg", "POST", command(reports), PROGRESS, Map.of("If-Match", read.etag()));
		assertThat(filed.status()).isEqualTo(201);

		Answer stale = sendAs("liaison-kg", "POST", command(reports), PROGRESS, Map.of("If-Match", read.etag()));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.body().get("detail").asText()).contains("changed since version 0", "read it again");

		// The initiative and its history have processors of their own: the answer's
		// version is the older of the two, so wait for both to have the report.
		Answer reread = awaitAnswer(initiative,
				(answer) -> answer.body().get("history").size() == 6 && "\"1\"".equals(answer.etag()));
		assertThat(reread.etag()).isEqualTo("\"1\"");
		assertThat(sendAs("liaison-kg", "POST", command(reports), PROGRESS, Map.of("If-Match", reread.etag())).status())
			.isEqualTo(201);
	}

	/**
	 * The query side's whole answer once it satisfies the check: the body and its ETag
	 * belong together.
	 */
	private Answer awaitAnswer(String path, Predicate<Answer> check) {
		Answer[] seen = new Answer[1];
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			seen[0] = send("GET", query(path), null);
			return seen[0].status() == 200 && check.test(seen[0]);
		});
		return seen[0];
	}

}
