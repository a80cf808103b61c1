package org.cooperation.tracker.command.access;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

import org.cooperation.tracker.command.CommandSideApplication;
import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-side instances on one database, as behind a load balancer, meet one limit:
 * a burst of five requests for a user (then one a minute, so a slow start refills
 * little), spread over both, and the sixth is refused wherever it lands; an instance
 * started again still knows the bucket is spent. Refused sign-ins are counted across
 * instances too, and each instance sees the count at most a second late.
 */
class SharedRateLimitTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	@AfterEach
	void stopInstances() {
		instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void twoInstancesShareOneLimitThatOutlivesARestart() {
		ConfigurableApplicationContext first = start();
		ConfigurableApplicationContext second = start();

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(get(i % 2 == 0 ? first : second, "admin", "demo-admin").getStatusCode().value());
		}
		ResponseEntity<String> sixth = get(second, "admin", "demo-admin");
		statuses.add(sixth.getStatusCode().value());
		assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
		assertThat(sixth.getBody()).contains("rate limit", "admin");
		assertThat(get(first, "admin", "demo-admin").getStatusCode().value()).as("and on the other instance")
			.isEqualTo(429);

		first.close();
		ConfigurableApplicationContext restarted = start();
		List<Integer> afterRestart = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			afterRestart.add(get(restarted, "admin", "demo-admin").getStatusCode().value());
		}
		// A minute's refill at most, however long the start took: never the whole burst.
		assertThat(afterRestart).as("the restarted instance knows the spent bucket").contains(429);

		List<Integer> signIns = new ArrayList<>();
		signIns.add(get(second, "auditor", "guess-1").getStatusCode().value());
		signIns.add(get(restarted, "auditor", "guess-2").getStatusCode().value());
		signIns.add(get(second, "auditor", "guess-3").getStatusCode().value());
		ResponseEntity<String> blocked = get(second, "auditor", "demo-auditor");
		signIns.add(blocked.getStatusCode().value());
		assertThat(signIns).containsExactly(401, 401, 401, 429);
		assertThat(blocked.getBody()).contains("too many refused sign-ins");
		// The other instance looks at the count from its copy, at most a second old: it
		// refuses the address within that second (polled slower than the auditor's own
		// burst of five would allow, so that limit is not what answers).
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(400))
			.untilAsserted(() -> assertThat(get(restarted, "auditor", "demo-auditor").getBody())
				.contains("too many refused sign-ins"));
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(CommandSideApplication.class)
			.run(DATABASE.applicationArguments("--server.port=0", "--tracker.access.rate-limit.per-minute=1",
					"--tracker.access.rate-limit.burst=5", "--tracker.access.failed-sign-ins.per-minute=1",
					"--tracker.access.failed-sign-ins.burst=3"));
		instances.add(instance);
		return instance;
	}

	private static ResponseEntity<String> get(ConfigurableApplicationContext instance, String user, String password) {
		return AdminUsersCall.as(((WebServerApplicationContext) instance).getWebServer().getPort(), user, password);
	}

}
