package org.cooperation.tracker.query.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway costs per request: the same GETs straight to the query side and
 * through the gateway, one after the other, printed as p50 and p99 of each and the
 * difference. A benchmark, not a timing test: it asserts only that every answer was a
 * 200. Figures go to the output and to target/gateway-latency.txt.
 * {@code -Dtracker.gateway-bench.requests} sets how many requests per address and route
 * (default 400, after 50 to warm up).
 */
class GatewayLatencyIT extends EndToEndTest {

	@Test
	void theGatewaysAddedLatency() throws Exception {
		GatewayProcess gateway = GatewayProcess.inFrontOf(command(""), query(""));
		String[] ids = recordProtocol().split("/");
		String calendar = proposeCalendar(ids[0], ids[1]);
		awaitStatusMatrixRow(calendar);
		int requests = Integer.getInteger("tracker.gateway-bench.requests", 400);

		StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
				"Gateway latency, %d sequential GETs per line after 50 to warm up, %d cores%n", requests,
				Runtime.getRuntime().availableProcessors()));
		report.append(String.format(Locale.ROOT, "%-20s %22s %22s %18s%n", "", "query side (p50/p99)",
				"gateway (p50/p99)", "added (p50/p99)"));
		for (String path : List.of("/api/status-matrix", "/status-matrix", "/js/live.js")) {
			measure(query(path), 50);
			measure(gateway.baseUrl() + path, 50);
			// Interleaved in rounds so that a slow moment of the machine falls on both.
			List<Long> direct = new ArrayList<>();
			List<Long> through = new ArrayList<>();
			for (int round = 0; round < 4; round++) {
				direct.addAll(measure(query(path), requests / 4));
				through.addAll(measure(gateway.baseUrl() + path, requests / 4));
			}
			double[] d = percentiles(direct);
			double[] g = percentiles(through);
			report.append(String.format(Locale.ROOT, "%-20s %10.2f / %6.2f ms %10.2f / %6.2f ms %7.2f / %6.2f ms%n",
					path, d[0], d[1], g[0], g[1], g[0] - d[0], g[1] - d[1]));
		}
		System.out.print(report);
		Files.writeString(Path.of("target", "gateway-latency.txt"), report);
	}

	/**
	 * The milliseconds of each of {@code count} GETs of the address, as the demo
	 * official.
	 */
	private static List<Long> measure(String url, int count) throws Exception {
		List<Long> nanos = new ArrayList<>(count);
		HttpRequest request = signedIn(
				HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Accept-Language", "en"),
				"official")
			.build();
		for (int i = 0; i < count; i++) {
			long start = System.nanoTime();
			HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
			nanos.add(System.nanoTime() - start);
			assertThat(response.statusCode()).as(url).isEqualTo(200);
		}
		return nanos;
	}

	/** p50 and p99 in milliseconds. */
	private static double[] percentiles(List<Long> nanos) {
		long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return new double[] { sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
				sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6 };
	}

}
