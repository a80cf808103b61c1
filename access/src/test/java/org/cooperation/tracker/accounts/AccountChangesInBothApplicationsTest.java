package org.cooperation.tracker.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import org.cooperation.tracker.access.AccessConfiguration;
import org.cooperation.tracker.access.SignIn;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two applications signing in against one database, as the command and query sides do: an
 * account disabled, or given a new password, in one is refused by both within a second,
 * although each remembers checked passwords for minutes.
 * <p>
 * It lives in the accounts package, not beside the sign-in code it also tests: the access
 * test-jar is on both applications' test class path, and {@code AccessConfiguration}
 * scans the access package, so its nested application would join theirs there.
 */
class AccountChangesInBothApplicationsTest {

	private static final Duration AT_ONCE = Duration.ofSeconds(1);

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static ConfigurableApplicationContext commandSide;

	private static ConfigurableApplicationContext querySide;

	private final HttpClient http = HttpClient.newHttpClient();

	/** An application that imports the accounts and access as both sides do. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import({ AccountsConfiguration.class, AccessConfiguration.class })
	static class SigningInApplication {

		@Bean
		SecurityFilterChain api(HttpSecurity http, SignIn signIn) throws Exception {
			signIn.api(http).authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
			return http.build();
		}

		@Bean
		HeardChanges heardChanges() {
			return new HeardChanges();
		}

		@Bean
		RouterFunction<ServerResponse> whoAmI() {
			return RouterFunctions.route()
				.GET("/who-am-i",
						request -> ServerResponse.ok().body(request.principal().map(Principal::getName).orElse("")))
				.build();
		}

	}

	/**
	 * The users whose change an application has heard of, beside the caches that evict
	 * them: what the one-second promise is measured on. The refusal that follows costs a
	 * password check (BCrypt), whose time depends on the machine's load, not on how fast
	 * a change travels.
	 */
	static class HeardChanges implements AccountChangeListener {

		private final Set<String> users = ConcurrentHashMap.newKeySet();

		@Override
		public void accountChanged(String username) {
			users.add(username);
		}

		@Override
		public void anyAccountMayHaveChanged() {
		}

		boolean heardOf(String username) {
			return users.contains(username);
		}

		void forget(String username) {
			users.remove(username);
		}

	}

	@BeforeAll
	static void startBoth() {
		commandSide = start();
		querySide = start();
	}

	@AfterAll
	static void stopBoth() {
		commandSide.close();
		querySide.close();
	}

	@Test
	void aDisabledAccountIsRefusedByBothApplicationsWithinASecond() {
		UserAccounts accounts = commandSide.getBean(UserAccounts.class);
		accounts.create(Caller.of("travelling-official", Role.OFFICIAL), "a long enough password", "admin");
		assertSignsInOnBoth("travelling-official", "a long enough password");

		forgetChangesOf("travelling-official");
		accounts.enable("travelling-official", false, "admin");

		awaitRefusedByBoth("travelling-official", "a long enough password");

		accounts.enable("travelling-official", true, "admin");
		assertSignsInOnBoth("travelling-official", "a long enough password");
	}

	@Test
	void aChangedPasswordIsTheOnlyOneBothApplicationsAcceptWithinASecond() {
		UserAccounts accounts = querySide.getBean(UserAccounts.class);
		accounts.create(Caller.of("rotating-auditor", Role.AUDITOR), "first long password", "admin");
		assertSignsInOnBoth("rotating-auditor", "first long password");

		forgetChangesOf("rotating-auditor");
		accounts.changePassword("rotating-auditor", "second long password", "admin");

		awaitRefusedByBoth("rotating-auditor", "first long password");
		assertSignsInOnBoth("rotating-auditor", "second long password");
	}

	/**
	 * What the announcement is for: with the table's trigger off, the other application
	 * goes on accepting the remembered password of an account disabled by hand.
	 */
	@Test
	void withoutTheAnnouncementTheOtherApplicationWouldStillAcceptARememberedSignIn() {
		UserAccounts accounts = commandSide.getBean(UserAccounts.class);
		accounts.create(Caller.of("quiet-official", Role.OFFICIAL), "a long enough password", "admin");
		assertSignsInOnBoth("quiet-official", "a long enough password");
		JdbcTemplate jdbc = commandSide.getBean(JdbcTemplate.class);

		jdbc.execute("ALTER TABLE tracker_user DISABLE TRIGGER tracker_user_changed");
		try {
			jdbc.update("UPDATE tracker_user SET enabled = FALSE WHERE username = 'quiet-official'");
		}
		finally {
			jdbc.execute("ALTER TABLE tracker_user ENABLE TRIGGER tracker_user_changed");
		}
		assertThat(status(querySide, "quiet-official", "a long enough password")).isEqualTo(200);

		jdbc.update("UPDATE tracker_user SET enabled = TRUE WHERE username = 'quiet-official'");
		forgetChangesOf("quiet-official");
		jdbc.update("UPDATE tracker_user SET enabled = FALSE WHERE username = 'quiet-official'");
		awaitRefusedByBoth("quiet-official", "a long enough password");
	}

	/**
	 * Both applications hear of the change within a second, and from then on refuse the
	 * old credentials.
	 */
	private void awaitRefusedByBoth(String user, String password) {
		await().atMost(AT_ONCE)
			.pollInterval(Duration.ofMillis(20))
			.until(() -> heardOf(commandSide, user) && heardOf(querySide, user));
		assertThat(status(commandSide, user, password)).as("command side").isEqualTo(401);
		assertThat(status(querySide, user, password)).as("query side").isEqualTo(401);
	}

	private static void forgetChangesOf(String user) {
		commandSide.getBean(HeardChanges.class).forget(user);
		querySide.getBean(HeardChanges.class).forget(user);
	}

	private static boolean heardOf(ConfigurableApplicationContext application, String user) {
		return application.getBean(HeardChanges.class).heardOf(user);
	}

	private void assertSignsInOnBoth(String user, String password) {
		assertThat(status(commandSide, user, password)).as("command side").isEqualTo(200);
		assertThat(status(querySide, user, password)).as("query side").isEqualTo(200);
	}

	private int status(ConfigurableApplicationContext application, String user, String password) {
		int port = ((ServletWebServerApplicationContext) application).getWebServer().getPort();
		String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/who-am-i"))
			.header("Authorization", "Basic " + basic)
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(SigningInApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + DATABASE.url(), "--spring.datasource.username=" + DATABASE.user(),
				"--spring.datasource.password=" + DATABASE.password(),
				// The applications' own schemas are not part of this test.
				"--spring.flyway.enabled=false",
				// Refusals are what this test waits for; the throttle must not answer
				// them.
				"--tracker.access.failed-sign-ins.burst=10000", "--tracker.access.failed-sign-ins.per-minute=10000");
	}

}
