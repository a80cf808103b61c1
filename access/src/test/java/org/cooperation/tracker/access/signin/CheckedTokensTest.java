package org.cooperation.tracker.access.signin;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import org.cooperation.tracker.access.AccessProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The decoder the JWT sign-in uses, with a key this test makes: each kind of bad token is
 * refused with the tracker's sentence for it, and none with the text of the libraries
 * that read it.
 */
class CheckedTokensTest {

	static final KeyPair PROVIDER = rsaKey();

	static final KeyPair STRANGER = rsaKey();

	/** What the libraries' own messages contain and the tracker's never do. */
	static final List<String> LIBRARY_WORDS = List.of("Jwt", "JWT rejected", "Signed JWT", "An error occurred",
			"Malformed payload", "Invalid signature", "Another algorithm", "Unsupported algorithm", "Failed to");

	final JwtDecoder decoder = JwtSignIn.decoder(new AccessProperties.Jwt(TokenRulesTest.ISSUER, null,
			new ByteArrayResource(pem().getBytes(StandardCharsets.US_ASCII)), TokenRulesTest.AUDIENCE, "tracker_role",
			"tracker_country", "preferred_username", Duration.ofHours(12), Duration.ofSeconds(60)));

	@Test
	void aGoodTokenPasses() {
		assertThat(decoder.decode(signed(claims(), PROVIDER)).getSubject()).isEqualTo("someone");
	}

	@Test
	void everyBadTokenIsRefusedInTheTrackersWords() {
		Instant now = Instant.now();
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("not-a-token", CheckedTokens.NOT_A_JWT);
		expected.put("a.b.c", CheckedTokens.NOT_A_JWT);
		expected.put(new PlainJWT(claims().build()).serialize(), "is not signed (alg none)");
		expected.put(hmac(claims().build()), "is not signed with RS256");
		expected.put(signed(claims(), STRANGER), "signature is not the identity provider's");
		expected.put(tampered(signed(claims(), PROVIDER)), "signature is not the identity provider's");
		expected.put(withClaimsText("{\"exp\":\"tomorrow\"}"), "claims are malformed");
		expected.put(signed(claims().expirationTime(null), PROVIDER), "has no expiry (exp)");
		expected.put(signed(claims().issueTime(null), PROVIDER), "has no issue time (iat)");
		expected.put(signed(claims().expirationTime(Date.from(now.plus(Duration.ofDays(365)))), PROVIDER),
				"the tracker accepts tokens that last at most 12h");
		expected.put(signed(
				claims().issueTime(Date.from(now.plusSeconds(3600))).expirationTime(Date.from(now.plusSeconds(4000))),
				PROVIDER), "which is in the future");
		expected.put(signed(
				claims().issueTime(Date.from(now.minusSeconds(4000))).expirationTime(Date.from(now.minusSeconds(600))),
				PROVIDER), "the token expired at");
		expected.put(
				signed(claims().issueTime(Date.from(now.plusSeconds(30)))
					.expirationTime(Date.from(now.plusSeconds(20))), PROVIDER),
				"expires (exp) no later than it was issued");
		expected.put(signed(claims().issuer("https://evil.example"), PROVIDER), "(iss)");
		expected.put(signed(claims().audience("another-api"), PROVIDER), "(aud)");
		for (Map.Entry<String, String> bad : expected.entrySet()) {
			TokenRefused refused = catchThrowableOfType(TokenRefused.class, () -> decoder.decode(bad.getKey()));
			assertThat(refused).as(bad.getValue()).isNotNull();
			assertThat(refused.getMessage()).contains(bad.getValue());
			for (String library : LIBRARY_WORDS) {
				assertThat(refused.getMessage()).as(bad.getValue()).doesNotContain(library);
			}
		}
	}

	static JWTClaimsSet.Builder claims() {
		return new JWTClaimsSet.Builder().issuer(TokenRulesTest.ISSUER)
			.subject("someone")
			.audience(TokenRulesTest.AUDIENCE)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)));
	}

	static String signed(JWTClaimsSet.Builder claims, KeyPair key) {
		return sign(new JWSHeader(JWSAlgorithm.RS256), claims.build(),
				new RSASSASigner((RSAPrivateKey) key.getPrivate()));
	}

	private static String hmac(JWTClaimsSet claims) {
		try {
			return sign(new JWSHeader(JWSAlgorithm.HS256), claims, new MACSigner(new byte[32]));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(signer);
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The provider's token with one claim changed after signing. */
	private static String tampered(String token) {
		String[] parts = token.split("\\.");
		String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		return parts[0] + "." + base64(claims.replace("someone", "someone-else")) + "." + parts[2];
	}

	private static String withClaimsText(String claims) {
		return base64("{\"alg\":\"RS256\"}") + "." + base64(claims) + ".c2lnbmF0dXJl";
	}

	private static String base64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String pem() {
		return "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(PROVIDER.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n";
	}

	private static KeyPair rsaKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
