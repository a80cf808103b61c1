package org.cooperation.tracker.query.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A real headless Chromium, driven through ChromeDriver's W3C WebDriver protocol over
 * plain HTTP: open a page, fill a field, click, read what the browser rendered. Just what
 * the dashboard tests need, without a Selenium dependency.
 */
final class Browser implements AutoCloseable {

	private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process driver;

	private final String session;

	private Browser(Process driver, String session) {
		this.driver = driver;
		this.session = session;
	}

	/** Chromium and ChromeDriver where Debian installs them, or null when missing. */
	static Path[] installed() {
		Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElse(null);
		Path chromedriver = Path.of("/usr/bin/chromedriver");
		return chromium != null && Files.isExecutable(chromedriver) ? new Path[] { chromium, chromedriver } : null;
	}

	static Browser start(Path chromium, Path chromedriver) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Process driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		String base = "http://127.0.0.1:" + port;
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (true) {
			try {
				if (call("GET", base + "/status", null).path("ready").asBoolean()) {
					break;
				}
			}
			catch (IOException notYet) {
				// ChromeDriver is still starting.
			}
			if (System.nanoTime() > deadline) {
				driver.destroyForcibly();
				throw new IllegalStateException("ChromeDriver did not start");
			}
			Thread.sleep(100);
		}
		Map<String, Object> capabilities = Map.of("capabilities", Map.of("alwaysMatch",
				Map.of("browserName", "chrome", "goog:chromeOptions",
						Map.of("binary", chromium.toString(), "args", List.of("--headless", "--no-sandbox",
								"--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage")))));
		JsonNode created = call("POST", base + "/session", JSON.writeValueAsString(capabilities));
		return new Browser(driver, base + "/session/" + created.get("sessionId").asText());
	}

	void open(String url) throws Exception {
		call("POST", session + "/url", JSON.writeValueAsString(Map.of("url", url)));
	}

	void type(String cssSelector, String text) throws Exception {
		call("POST", session + "/element/" + find(cssSelector) + "/value",
				JSON.writeValueAsString(Map.of("text", text)));
	}

	void click(String cssSelector) throws Exception {
		call("POST", session + "/element/" + find(cssSelector) + "/click", "{}");
	}

	String source() throws Exception {
		return call("GET", session + "/source", null).asText();
	}

	/**
	 * Waits, within 10 s, until the browser's address satisfies the check (a form's
	 * answer may still be loading when a click returns); returns the address.
	 */
	String awaitUrl(java.util.function.Predicate<String> check) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String url = currentUrl();
		while (!check.test(url) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			url = currentUrl();
		}
		return url;
	}

	String currentUrl() throws Exception {
		return call("GET", session + "/url", null).asText();
	}

	private String find(String cssSelector) throws Exception {
		return call("POST", session + "/element",
				JSON.writeValueAsString(Map.of("using", "css selector", "value", cssSelector)))
			.get(ELEMENT)
			.asText();
	}

	/**
	 * One WebDriver call; returns its {@code value}, or throws with the driver's error.
	 */
	private static JsonNode call(String method, String url, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
		request.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		request.header("Content-Type", "application/json");
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode value = JSON.readTree(response.body()).path("value");
		if (response.statusCode() != 200) {
			throw new IllegalStateException("WebDriver " + method + " " + url + ": " + value);
		}
		return value;
	}

	@Override
	public void close() throws Exception {
		try {
			call("DELETE", session, null);
		}
		finally {
			driver.destroy();
			driver.waitFor();
		}
	}

}
