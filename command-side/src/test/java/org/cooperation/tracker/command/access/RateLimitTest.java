package org.cooperation.tracker.command.access;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate limits, set low here: per user a burst of 5, then 6 a minute (the sixth quick
 * request of one user is answered 429 with Retry-After, while another user goes on); per
 * address 3 refused sign-ins, after which even the right password waits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tracker.access.rate-limit.per-minute=6", "tracker.access.rate-limit.burst=5",
				"tracker.access.failed-sign-ins.per-minute=1", "tracker.access.failed-sign-ins.burst=3" })
class RateLimitTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		DATABASE.registerAsDataSource(registry);
	}

	@Test
	void aUserBeyondTheLimitIsAnswered429WithRetryAfterAndOthersAreNotHeldUp() {
		List<Integer> statuses = new ArrayList<>();
		ResponseEntity<String> last = null;
		for (int i = 0; i < 6; i++) {
			last = get("admin");
			statuses.add(last.getStatusCode().value());
		}
		assertThat(statuses).containsExactly(200, 200, 200, 200, 200, 429);
		assertThat(last.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(Integer.parseInt(last.getHeaders().getFirst("Retry-After"))).isBetween(1, 10);
		assertThat(last.getBody()).contains("rate limit", "admin");
		assertThat(get("secretariat").getStatusCode().value()).as("another user has an allowance of their own")
			.isEqualTo(403);
	}

	@Test
	void anAddressGuessingPasswordsIsMadeToWaitBeforeAnyPasswordIsChecked() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			statuses.add(get("auditor", "guess-" + i).getStatusCode().value());
		}
		ResponseEntity<String> blocked = get("auditor", "demo-auditor");
		statuses.add(blocked.getStatusCode().value());
		assertThat(statuses).containsExactly(401, 401, 401, 429);
		assertThat(blocked.getHeaders().getFirst("Retry-After")).isNotBlank();
		assertThat(blocked.getBody()).contains("too many refused sign-ins");
	}

	private ResponseEntity<String> get(String user) {
		return get(user, "demo-" + user);
	}

	private ResponseEntity<String> get(String user, String password) {
		return AdminUsersCall.as(port, user, password);
	}

}
