package org.cooperation.tracker.access;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How callers sign in and what limits they meet, under {@code tracker.access.*}.
 *
 * @param signIn built-in users (the embedded default) or an identity provider's JWTs
 * @param jwt where tokens come from and which claims say role and country
 * @param rememberCredentials how long a checked password is remembered, so that HTTP
 * Basic does not cost a BCrypt hash on every request
 * @param rateLimit requests a user may make
 * @param failedSignIns refused sign-ins an address may make before it must wait
 * @param corsAllowedOrigins origins allowed to call from a browser; none by default
 * @param demoUsers whether the demo accounts the README lists are created at start (by
 * the accounts module; the command side's embedded default sets it, the {@code prod}
 * profile refuses to start with it)
 */
@ConfigurationProperties("tracker.access")
public record AccessProperties(@DefaultValue("BUILT_IN") SignIn signIn, @DefaultValue Jwt jwt,
		@DefaultValue("2m") Duration rememberCredentials, @DefaultValue RateLimit rateLimit,
		@DefaultValue FailedSignInLimit failedSignIns, @DefaultValue List<String> corsAllowedOrigins,
		boolean demoUsers) {

	public enum SignIn {

		/** Users kept in the tracker's own table, passwords hashed with BCrypt. */
		BUILT_IN,

		/** OAuth2 bearer tokens (JWT) issued by the ministry's identity provider. */
		JWT

	}

	/**
	 * The identity provider's tokens.
	 *
	 * @param issuerUri the required {@code iss}; alone, also where keys are discovered
	 * (OpenID Connect discovery)
	 * @param jwkSetUri where the provider publishes its signing keys
	 * @param publicKeyLocation a PEM file with the provider's RSA public key, instead of
	 * a key set
	 * @param audience the required {@code aud}: this tracker's client or API id
	 * @param roleClaim the claim naming the role (SECRETARIAT, LIAISON, ...)
	 * @param countryClaim the claim naming a liaison's country (KZ, UZ, ...)
	 * @param nameClaim the claim naming the user; {@code sub} when absent
	 * @param maxLifetime the longest a token may be meant to last, from {@code iat} to
	 * {@code exp}: a working day and some, so a token that leaks is useful for a day at
	 * most, while any identity provider's ordinary tokens (minutes to hours) pass
	 * @param clockSkew how far the identity provider's clock may be from ours when
	 * {@code exp}, {@code nbf} and {@code iat} are checked
	 */
	public record Jwt(String issuerUri, String jwkSetUri, Resource publicKeyLocation, String audience,
			@DefaultValue("tracker_role") String roleClaim, @DefaultValue("tracker_country") String countryClaim,
			@DefaultValue("preferred_username") String nameClaim, @DefaultValue("12h") Duration maxLifetime,
			@DefaultValue("60s") Duration clockSkew) {
	}

	/**
	 * A token bucket per user: {@code burst} requests at once, refilled at
	 * {@code perMinute}.
	 */
	public record RateLimit(@DefaultValue("600") int perMinute, @DefaultValue("120") int burst) {
	}

	/**
	 * Refused sign-ins per client address: {@code burst} at once, then {@code perMinute}.
	 */
	public record FailedSignInLimit(@DefaultValue("30") int perMinute, @DefaultValue("20") int burst) {
	}

}
