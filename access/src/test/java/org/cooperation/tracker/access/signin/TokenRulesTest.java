package org.cooperation.tracker.access.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import org.cooperation.tracker.access.AccessProperties;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRulesTest {

	static final String ISSUER = "https://idp.culture.example/realms/ministries";

	static final String AUDIENCE = "cooperation-tracker";

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	static final AccessProperties.Jwt SETTINGS = new AccessProperties.Jwt(ISSUER, null, null, AUDIENCE, "tracker_role",
			"tracker_country", "preferred_username", Duration.ofHours(12), Duration.ofSeconds(60));

	final TokenRules rules = new TokenRules(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void aTokenOfTheIssuerForTheTrackerWithABoundedLifetimePasses() {
		assertThat(rules.refusal(token(NOW.minusSeconds(60), NOW.plusSeconds(300)).build())).isNull();
		assertThat(rules.refusal(token(NOW.minus(Duration.ofHours(11)), NOW.plus(Duration.ofHours(1))).build()))
			.as("exactly the longest lifetime")
			.isNull();
		assertThat(rules.refusal(token(NOW.plusSeconds(30), NOW.plusSeconds(600)).build()))
			.as("issued a little ahead of our clock, within the skew")
			.isNull();
		assertThat(rules.refusal(token(NOW.minusSeconds(600), NOW.minusSeconds(30)).build()))
			.as("expired within the skew")
			.isNull();
	}

	@Test
	void aTokenWithoutExpiryOrIssueTimeIsRefused() {
		assertThat(rules.refusal(token(NOW, null).build())).contains("has no expiry (exp)");
		assertThat(rules.refusal(token(null, NOW.plusSeconds(300)).build())).contains("has no issue time (iat)");
	}

	@Test
	void aTokenMeantToLastLongerThanTheLimitIsRefused() {
		assertThat(rules.refusal(token(NOW, NOW.plus(Duration.ofHours(12)).plusSeconds(1)).build()))
			.isEqualTo("the token is meant to last 12h 1s (iat to exp); the tracker accepts tokens that last at most "
					+ "12h");
		assertThat(rules.refusal(token(NOW, NOW.plus(Duration.ofDays(3650))).build())).contains("meant to last 87600h");
	}

	@Test
	void aTokenIssuedInTheFutureExpiredOrNotYetValidIsRefused() {
		assertThat(rules.refusal(token(NOW.plusSeconds(120), NOW.plusSeconds(600)).build()))
			.isEqualTo("the token claims to be issued at 2026-03-02T09:02:00Z, which is in the future; the identity "
					+ "provider's clock may be wrong");
		assertThat(rules.refusal(token(NOW.minusSeconds(3600), NOW.minusSeconds(61)).build()))
			.isEqualTo("the token expired at 2026-03-02T08:58:59Z; sign in again for a new one");
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(600)).notBefore(NOW.plusSeconds(300)).build()))
			.isEqualTo("the token is not valid before 2026-03-02T09:05:00Z");
	}

	@Test
	void aTokenTypedAsSomethingElseThanAnAccessTokenIsRefused() {
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).header("typ", "JWT").build())).isNull();
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).header("typ", "at+jwt").build())).isNull();
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).header("typ", "logout+jwt").build()))
			.contains("the token's type (typ) is neither JWT nor at+jwt");
	}

	@Test
	void aTokenOfAnotherIssuerOrForAnotherAudienceIsRefused() {
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).issuer("https://evil.example").build()))
			.contains("not issued by the ministry's identity provider (iss)");
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).audience(List.of("another-api")).build()))
			.contains("not meant for this tracker (aud)");
		assertThat(rules.refusal(token(NOW, NOW.plusSeconds(60)).claims(claims -> claims.remove("aud")).build()))
			.contains("not meant for this tracker (aud)");
	}

	@Test
	void durationsAreWrittenShort() {
		assertThat(TokenRules.words(Duration.ofHours(12))).isEqualTo("12h");
		assertThat(TokenRules.words(Duration.ofMinutes(90))).isEqualTo("1h 30m");
		assertThat(TokenRules.words(Duration.ofSeconds(45))).isEqualTo("45s");
		assertThat(TokenRules.words(Duration.ZERO)).isEqualTo("0s");
	}

	private static Jwt.Builder token(Instant issuedAt, Instant expiresAt) {
		Jwt.Builder token = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.issuer(ISSUER)
			.audience(List.of(AUDIENCE))
			.subject("someone");
		if (issuedAt != null) {
			token.issuedAt(issuedAt);
		}
		if (expiresAt != null) {
			token.expiresAt(expiresAt);
		}
		return token;
	}

}
