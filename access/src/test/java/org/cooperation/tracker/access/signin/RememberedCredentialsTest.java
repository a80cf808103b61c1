package org.cooperation.tracker.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A burst of requests with credentials nobody has checked yet runs one check, and every
 * request gets its answer: the sign-in or the refusal.
 */
class RememberedCredentialsTest {

	private final AtomicInteger checks = new AtomicInteger();

	/** The threads of the burst that is running. */
	private final List<Thread> burst = new CopyOnWriteArrayList<>();

	/**
	 * A slow check, as BCrypt is: it ends only once every other request of the burst
	 * waits for its result (a request running a check of its own would never get there,
	 * and the bounded wait would end with the count showing it).
	 */
	private final AuthenticationProvider slowCheck = new AuthenticationProvider() {

		@Override
		public Authentication authenticate(Authentication attempt) {
			checks.incrementAndGet();
			Thread me = Thread.currentThread();
			await().atMost(Duration.ofSeconds(10))
				.ignoreExceptions()
				.until(() -> burst.stream()
					.filter((other) -> other != me)
					.allMatch(RememberedCredentialsTest::waitsForACheck));
			if (!"demo-liaison-kg".equals(attempt.getCredentials())) {
				throw new BadCredentialsException("bad credentials");
			}
			return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, List.of());
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return true;
		}

	};

	private static boolean waitsForACheck(Thread thread) {
		return thread.getState() == Thread.State.WAITING && Arrays.stream(thread.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals(CompletableFuture.class.getName()));
	}

	private final RememberedCredentials credentials = new RememberedCredentials(slowCheck, Duration.ofMinutes(5),
			Clock.systemUTC());

	@Test
	void aBurstWithTheSameCredentialsRunsOneCheck() throws Exception {
		List<Object> answers = burst(16, "demo-liaison-kg");
		assertThat(checks.get()).isEqualTo(1);
		assertThat(answers).hasSize(16)
			.allSatisfy((answer) -> assertThat(answer).isInstanceOfSatisfying(Authentication.class,
					(signedIn) -> assertThat(signedIn.getName()).isEqualTo("liaison-kg")));
	}

	@Test
	void aBurstWithAWrongPasswordIsRefusedEveryTimeAfterOneCheck() throws Exception {
		List<Object> answers = burst(16, "guess");
		assertThat(checks.get()).isEqualTo(1);
		assertThat(answers).hasSize(16)
			.allSatisfy((answer) -> assertThat(answer).isInstanceOf(BadCredentialsException.class));
		// A refusal is never remembered: the next attempt is checked again.
		burst(1, "guess");
		assertThat(checks.get()).isEqualTo(2);
	}

	private List<Object> burst(int requests, String password) throws Exception {
		burst.clear();
		ExecutorService pool = Executors.newFixedThreadPool(requests, (work) -> {
			Thread thread = new Thread(work);
			burst.add(thread);
			return thread;
		});
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (int i = 0; i < requests; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				try {
					return credentials
						.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("liaison-kg", password));
				}
				catch (AuthenticationException refused) {
					return refused;
				}
			}));
		}
		start.countDown();
		List<Object> answers = new ArrayList<>();
		for (Future<Object> future : futures) {
			answers.add(future.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return answers;
	}

}
