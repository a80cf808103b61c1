package org.cooperation.tracker.access.signin;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import org.cooperation.tracker.accounts.AccountChangeListener;

/**
 * Remembers, for a short while, credentials that passed the BCrypt check, so an API
 * client sending HTTP Basic on every request pays for one hash per period instead of one
 * per request (about 80 ms each on a small server). Only a keyed hash of user name and
 * password is kept, under a key that lives in this process's memory alone. A changed
 * password or a disabled account takes effect at once in every application: the accounts
 * tell each of them (see {@link AccountChangeListener}), and that account's sign-ins are
 * forgotten.
 * <p>
 * A burst of requests with the same credentials that nobody has checked yet (a ministry's
 * system starting 64 workers) waits for one check instead of running 64: on two cores
 * those hashes alone took seconds, the largest item in a profile of the first minute of a
 * write benchmark.
 */
public class RememberedCredentials implements AuthenticationProvider, AccountChangeListener {

	private static final int MAX_REMEMBERED = 10_000;

	private final AuthenticationProvider checked;

	private final Duration period;

	private final Clock clock;

	private final byte[] key = new byte[32];

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	/** Checks running now, by fingerprint: the same credentials wait for their result. */
	private final Map<String, CompletableFuture<Authentication>> checking = new ConcurrentHashMap<>();

	public RememberedCredentials(AuthenticationProvider checked, Duration period, Clock clock) {
		this.checked = checked;
		this.period = period;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String fingerprint = fingerprint(attempt.getName(), String.valueOf(attempt.getCredentials()));
		Instant now = clock.instant();
		Remembered known = remembered.get(fingerprint);
		if (known != null && known.until().isAfter(now)) {
			return known.authentication();
		}
		CompletableFuture<Authentication> mine = new CompletableFuture<>();
		CompletableFuture<Authentication> running = checking.putIfAbsent(fingerprint, mine);
		if (running != null) {
			return resultOf(running);
		}
		try {
			Authentication authenticated = check(attempt, fingerprint, now);
			mine.complete(authenticated);
			return authenticated;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			checking.remove(fingerprint, mine);
		}
	}

	/**
	 * The other request's check, as if this one had run it: its answer or its refusal.
	 */
	private static Authentication resultOf(CompletableFuture<Authentication> running) {
		try {
			return running.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException refusal) {
				throw refusal;
			}
			throw ex;
		}
	}

	private Authentication check(Authentication attempt, String fingerprint, Instant now) {
		Authentication authenticated = checked.authenticate(attempt);
		if (authenticated != null && authenticated.isAuthenticated()) {
			if (remembered.size() >= MAX_REMEMBERED) {
				remembered.values().removeIf(entry -> !entry.until().isAfter(now));
				if (remembered.size() >= MAX_REMEMBERED) {
					remembered.clear();
				}
			}
			remembered.put(fingerprint, new Remembered(authenticated, now.plus(period)));
		}
		return authenticated;
	}

	/** Forgets every remembered sign-in of that user. */
	@Override
	public void accountChanged(String username) {
		remembered.values().removeIf(entry -> entry.authentication().getName().equals(username));
	}

	@Override
	public void anyAccountMayHaveChanged() {
		remembered.clear();
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private String fingerprint(String username, String password) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update(username.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}

	private record Remembered(Authentication authentication, Instant until) {
	}

}
