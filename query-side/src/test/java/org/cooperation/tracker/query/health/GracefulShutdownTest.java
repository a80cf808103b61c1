package org.cooperation.tracker.query.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.query.QuerySideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Shutting the query side down while a request is being answered: the request completes
 * with its 200 before the server stops (server.shutdown=graceful). The application is
 * started here rather than by the test framework, which must not see its context closed
 * under it.
 */
class GracefulShutdownTest {

	private ConfigurableApplicationContext application;

	@AfterEach
	void closeApplication() {
		if (application != null) {
			application.close();
		}
	}

	@Test
	void aRequestInFlightCompletesWhileTheApplicationShutsDown() throws Exception {
		long started = System.nanoTime();
		TestPostgres.Database database = TestPostgres.newDatabase();
		CommandSideTables.create(database);
		// Arguments, not default properties, which application.properties would override.
		application = new SpringApplicationBuilder(QuerySideApplication.class, SlowAnswer.class)
			.run(database.applicationArguments("--server.port=0"));
		System.out.printf("Query side: database and application started in %d ms%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
		int port = ((ServletWebServerApplicationContext) application).getWebServer().getPort();
		SlowAnswer slowAnswer = application.getBean(SlowAnswer.class);
		RestClient official = RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl("http://localhost:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth("official", "demo-official"))
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();

		CompletableFuture<ResponseEntity<String>> answer = CompletableFuture
			.supplyAsync(() -> official.get().uri(SlowAnswer.PATH).retrieve().toEntity(String.class));
		assertThat(slowAnswer.started.await(20, TimeUnit.SECONDS)).as("the slow request is being answered").isTrue();
		long shutdownStarted = System.nanoTime();
		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(application::close);

		ResponseEntity<String> received = answer.get(30, TimeUnit.SECONDS);
		assertThat(received.getStatusCode().value()).isEqualTo(200);
		assertThat(received.getBody()).isEqualTo(SlowAnswer.ANSWER);
		shutdown.get(30, TimeUnit.SECONDS);
		System.out.printf("Query side: shut down %d ms after it was asked to, the request in flight answered%n",
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - shutdownStarted));
		assertThat(application.isActive()).isFalse();
	}

	/**
	 * An answer that is held until the shutdown has begun: Spring Boot's graceful
	 * shutdown first closes Tomcat's server socket, so the answer waits (bounded) until
	 * its own port refuses a new connection, and only then completes, while the server is
	 * waiting for it.
	 */
	@RestController
	static class SlowAnswer {

		static final String PATH = "/api/test-only/slow";

		static final String ANSWER = "answered in full";

		final CountDownLatch started = new CountDownLatch(1);

		@GetMapping(PATH)
		String slowly(HttpServletRequest request) {
			started.countDown();
			int port = request.getLocalPort();
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> refusesConnections(port));
			return ANSWER;
		}

		private static boolean refusesConnections(int port) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("localhost", port), 200);
				return false;
			}
			catch (IOException refused) {
				return true;
			}
		}

	}

}
