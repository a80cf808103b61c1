package org.cooperation.tracker.query.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.query.access.QuerySideOverHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser fetches besides the pages, over real HTTP: compressed when it accepts
 * it, and the versioned webjars kept for a year.
 */
class AssetsOverHttpTest extends QuerySideOverHttp {

	private static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aVersionedWebjarIsKeptForAYearAndTravelsCompressed() throws Exception {
		HttpResponse<byte[]> plain = fetch(ECHARTS, "identity");
		HttpResponse<byte[]> zipped = fetch(ECHARTS, "gzip");

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000", "public", "immutable"));
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.body().length).as("compressed").isLessThan(plain.body().length / 2);
		assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
	}

	@Test
	void ourOwnStyleSheetIsAskedForAfreshAndTravelsCompressed() throws Exception {
		HttpResponse<byte[]> zipped = fetch("/css/dashboard.css", "gzip");

		assertThat(zipped.statusCode()).isEqualTo(200);
		assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
		assertThat(zipped.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).doesNotContain("max-age=31536000"));
		assertThat(new String(gunzip(zipped.body()))).contains("body");
	}

	@Test
	void theIconIsServedToEveryone() throws Exception {
		HttpResponse<byte[]> icon = fetch("/favicon.svg", "identity");

		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
	}

	private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", encoding)
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] zipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
			return in.readAllBytes();
		}
	}

}
