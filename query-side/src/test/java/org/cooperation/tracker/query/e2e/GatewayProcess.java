package org.cooperation.tracker.query.e2e;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * The packaged gateway, started as a real process on a free port in front of the two
 * applications, as {@code ./tracker.sh} starts it. Its output goes to
 * target/gateway-e2e.log.
 */
final class GatewayProcess {

	private static GatewayProcess running;

	private final Process process;

	private final int port;

	private GatewayProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** The one gateway of the test run, in front of these two applications. */
	static synchronized GatewayProcess inFrontOf(String commandSide, String querySide) {
		if (running == null) {
			running = start(commandSide, querySide);
		}
		return running;
	}

	private static GatewayProcess start(String commandSide, String querySide) {
		String jar = System.getProperty("tracker.gateway.jar");
		if (jar == null || !new File(jar).isFile()) {
			throw new IllegalStateException("the gateway jar was not found at " + jar
					+ "; run `mvn verify` from the root so that it is packaged first");
		}
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(
				new ArrayList<>(List.of(java, "-Xmx256m", "-jar", jar, "--server.port=" + port,
						"--tracker.gateway.command-side=" + commandSide, "--tracker.gateway.query-side=" + querySide)));
		builder.redirectErrorStream(true);
		builder.redirectOutput(new File("target/gateway-e2e.log"));
		try {
			GatewayProcess started = new GatewayProcess(builder.start(), port);
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
			started.awaitHealthy();
			return started;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the gateway", ex);
		}
	}

	private void awaitHealthy() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/gateway/actuator/health")).build();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("the gateway exited; see target/gateway-e2e.log");
			}
			try {
				return client.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
			}
			catch (IOException ex) {
				return false;
			}
		});
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	void stop() {
		process.destroy();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
