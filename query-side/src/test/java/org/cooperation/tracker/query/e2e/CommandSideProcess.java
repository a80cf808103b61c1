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

import org.cooperation.tracker.testing.TestPostgres;

import static org.awaitility.Awaitility.await;

/**
 * The packaged command-side application, started as a real process on a free port against
 * the test database, as a user would start it. Its output goes to
 * target/command-side-e2e.log.
 */
final class CommandSideProcess {

	private final Process process;

	private final int port;

	private CommandSideProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static CommandSideProcess start(TestPostgres.Database database) {
		String jar = System.getProperty("tracker.command-side.jar");
		if (jar == null || !new File(jar).isFile()) {
			throw new IllegalStateException("the command-side jar was not found at " + jar
					+ "; run `mvn verify` from the root so that it is packaged first");
		}
		int port = freePort();
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar)));
		builder.command()
			.addAll(List.of(database.applicationArguments("--server.port=" + port,
					"--tracker.access.rate-limit.per-minute=600000", "--tracker.access.rate-limit.burst=10000",
					"--tracker.access.failed-sign-ins.burst=10000")));
		builder.redirectErrorStream(true);
		builder.redirectOutput(new File("target/command-side-e2e.log"));
		try {
			CommandSideProcess started = new CommandSideProcess(builder.start(), port);
			Runtime.getRuntime().addShutdownHook(new Thread(started::stop));
			started.awaitHealthy();
			return started;
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the command side", ex);
		}
	}

	private void awaitHealthy() {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build();
		await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("the command side exited; see target/command-side-e2e.log");
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
