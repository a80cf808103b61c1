package org.cooperation.tracker.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

import org.cooperation.tracker.access.AccessProperties;

/**
 * What a signed token must claim before the tracker believes it: a type meant for access
 * (JWT or at+jwt, or none), the configured issuer and audience, an expiry ({@code exp})
 * and an issue time ({@code iat}) that are both present, a lifetime from one to the other
 * no longer than the configured maximum, not expired, not issued in the future, not used
 * before {@code nbf}. A token without {@code exp} would otherwise be good for ever. Each
 * refusal is a {@link Refusal} in the tracker's words.
 */
final class TokenRules implements OAuth2TokenValidator<Jwt> {

	/**
	 * A plain JWT, or an access token as RFC 9068 types it; a token of another type (a
	 * logout token, say) is not meant to sign in.
	 */
	private static final Set<String> ACCEPTED_TYPES = Set.of("jwt", "at+jwt", "application/at+jwt");

	private final String issuer;

	private final String audience;

	private final Duration maxLifetime;

	private final Duration clockSkew;

	private final Clock clock;

	TokenRules(AccessProperties.Jwt settings, Clock clock) {
		this.issuer = settings.issuerUri();
		this.audience = settings.audience();
		this.maxLifetime = settings.maxLifetime();
		this.clockSkew = settings.clockSkew();
		this.clock = clock;
	}

	/** A refusal of these rules, told apart from the framework's own. */
	static final class Refusal extends OAuth2Error {

		Refusal(String sentence) {
			super(OAuth2ErrorCodes.INVALID_TOKEN, sentence, null);
		}

	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		String refusal = refusal(token);
		return (refusal == null) ? OAuth2TokenValidatorResult.success()
				: OAuth2TokenValidatorResult.failure(new Refusal(refusal));
	}

	/** Why the token is refused, or null when its claims pass. */
	String refusal(Jwt token) {
		Object type = token.getHeaders().get("typ");
		if (type != null && !ACCEPTED_TYPES.contains(type.toString().toLowerCase(Locale.ROOT))) {
			return "the token's type (typ) is neither JWT nor at+jwt: it is no access token";
		}
		if (!issuer.equals(token.getClaimAsString(JwtClaimNames.ISS))) {
			return "the token was not issued by the ministry's identity provider (iss)";
		}
		List<String> audiences = token.getAudience();
		if (audiences == null || !audiences.contains(audience)) {
			return "the token is not meant for this tracker (aud)";
		}
		Instant expires = token.getExpiresAt();
		Instant issued = token.getIssuedAt();
		if (expires == null) {
			return "the token has no expiry (exp); the tracker accepts only tokens that expire";
		}
		if (issued == null) {
			return "the token has no issue time (iat); the tracker accepts only tokens that say when they were issued";
		}
		Instant now = clock.instant();
		if (!now.isBefore(expires.plus(clockSkew))) {
			return "the token expired at " + expires + "; sign in again for a new one";
		}
		if (issued.isAfter(now.plus(clockSkew))) {
			return "the token claims to be issued at " + issued
					+ ", which is in the future; the identity provider's clock may be wrong";
		}
		Instant notBefore = token.getNotBefore();
		if (notBefore != null && notBefore.isAfter(now.plus(clockSkew))) {
			return "the token is not valid before " + notBefore;
		}
		Duration lifetime = Duration.between(issued, expires);
		if (lifetime.compareTo(maxLifetime) > 0) {
			return "the token is meant to last " + words(lifetime) + " (iat to exp); the tracker accepts tokens "
					+ "that last at most " + words(maxLifetime);
		}
		return null;
	}

	/** "12h", "36h 30m", "45s": short and unambiguous. */
	static String words(Duration duration) {
		long hours = duration.toHours();
		int minutes = duration.toMinutesPart();
		int seconds = duration.toSecondsPart();
		StringBuilder text = new StringBuilder();
		if (hours > 0) {
			text.append(hours).append('h');
		}
		if (minutes > 0) {
			text.append(text.isEmpty() ? "" : " ").append(minutes).append('m');
		}
		if (seconds > 0 || text.isEmpty()) {
			text.append(text.isEmpty() ? "" : " ").append(seconds).append('s');
		}
		return text.toString();
	}

}
