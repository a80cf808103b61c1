package org.cooperation.tracker.command.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import org.cooperation.tracker.testing.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in by a ministry's identity provider: the command side takes bearer JWTs signed by
 * a key this test makes (its public half handed over as a PEM file), and only tokens that
 * are signed by that key, unexpired, from the configured issuer and for the configured
 * audience pass. Role and country come from the token's claims.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JwtSignInTest {

	private static final TestPostgres.Database DATABASE = TestPostgres.newDatabase();

	private static final String ISSUER = "https://idp.culture.example/realms/ministries";

	private static final String AUDIENCE = "cooperation-tracker";

	private static final KeyPair PROVIDER_KEY = rsaKey();

	private static final KeyPair STRANGER_KEY = rsaKey();

	private static final String PROTOCOL = """
			{"meetingDate":"2025-11-14","place":"Tashkent","meetingTitle":{"en":"Token test meeting"},
			 "parties":[{"country":"KZ","role":"MEMBER"},{"country":"KG","role":"MEMBER"}],"directions":[{"title":{"en":"One"}}]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) throws Exception {
		DATABASE.registerAsDataSource(registry);
		Path pem = Files.createTempFile("identity-provider", ".pem");
		Files.writeString(pem,
				"-----BEGIN PUBLIC KEY-----\n"
						+ Base64.getMimeEncoder().encodeToString(PROVIDER_KEY.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n");
		pem.toFile().deleteOnExit();
		registry.add("tracker.access.sign-in", () -> "JWT");
		// The refused tokens here are many more than an address may send before it waits.
		registry.add("tracker.access.failed-sign-ins.burst", () -> "10000");
		registry.add("tracker.access.jwt.issuer-uri", () -> ISSUER);
		registry.add("tracker.access.jwt.audience", () -> AUDIENCE);
		registry.add("tracker.access.jwt.public-key-location", () -> "file:" + pem);
	}

	@Test
	void aValidTokenSignsInWithTheRoleAndCountryItsClaimsName() {
		ResponseEntity<JsonNode> answer = postProtocol(token(claims("secretariat.anna", "SECRETARIAT", null)));
		assertThat(answer.getStatusCode().value()).isEqualTo(201);
		String metadata = jdbc.queryForObject(
				"SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? LIMIT 1",
				String.class, answer.getBody().get("protocolId").asText());
		assertThat(metadata).contains("\"actor\":\"secretariat.anna\"", "\"actorRole\":\"SECRETARIAT\"");
	}

	@Test
	void aLiaisonTokenActsForTheCountryItsClaimNamesAndNoOther() {
		String secretariat = token(claims("secretariat.anna", "SECRETARIAT", null));
		JsonNode recorded = postProtocol(secretariat).getBody();
		JsonNode protocol = client().post()
			.uri("/api/initiatives")
			.headers((headers) -> headers.setBearerAuth(secretariat))
			.contentType(MediaType.APPLICATION_JSON)
			.body("""
					{"protocolId":"%s","directionId":"%s","kind":"OTHER","title":{"en":"Token initiative"},
					 "participants":["KZ","KG"]}""".formatted(recorded.get("protocolId").asText(),
					recorded.get("directionIds").get(0).asText()))
			.retrieve()
			.body(JsonNode.class);
		String initiativeId = protocol.get("initiativeId").asText();
		String kyrgyz = token(claims("liaison.aibek", "LIAISON", "KG"));

		ResponseEntity<JsonNode> own = report(kyrgyz, initiativeId, "KG");
		assertThat(own.getStatusCode().value()).isEqualTo(201);
		assertThat(jdbc.queryForObject(
				"SELECT convert_from(metadata, 'UTF8') FROM domainevententry "
						+ "WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1",
				String.class, initiativeId))
			.contains("\"actor\":\"liaison.aibek\"", "\"actorRole\":\"LIAISON\"", "\"actorCountry\":\"KG\"");

		long before = storedEvents();
		assertThat(report(kyrgyz, initiativeId, "KZ").getStatusCode().value()).isEqualTo(403);
		assertThat(report(token(claims("official.dana", "OFFICIAL", null)), initiativeId, "KG").getStatusCode().value())
			.isEqualTo(403);
		assertThat(storedEvents()).isEqualTo(before);
	}

	private ResponseEntity<JsonNode> report(String bearer, String initiativeId, String country) {
		return client().post()
			.uri("/api/initiatives/" + initiativeId + "/countries/" + country + "/progress-reports")
			.headers((headers) -> headers.setBearerAuth(bearer))
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"percent\":10,\"asOf\":\"2025-12-01\"}")
			.retrieve()
			.toEntity(JsonNode.class);
	}

	@Test
	void tokensThatMustNotPassAnswer401AndStoreNothing() throws Exception {
		long before = storedEvents();
		JWTClaimsSet.Builder valid = claims("secretariat.anna", "SECRETARIAT", null);
		Map<String, String> refused = new java.util.LinkedHashMap<>();
		refused.put("expired", token(valid.expirationTime(Date.from(Instant.now().minusSeconds(600)))
			.issueTime(Date.from(Instant.now().minusSeconds(4200)))));
		refused.put("signed by another key", token(claims("secretariat.anna", "SECRETARIAT", null), STRANGER_KEY));
		refused.put("wrong audience", token(claims("secretariat.anna", "SECRETARIAT", null).audience("another-api")));
		refused.put("wrong issuer",
				token(claims("secretariat.anna", "SECRETARIAT", null).issuer("https://evil.example")));
		refused.put("alg=none", new PlainJWT(claims("secretariat.anna", "SECRETARIAT", null).build()).serialize());
		refused.put("no role claim", token(claims("someone", null, null)));
		refused.put("role SYSTEM", token(claims("someone", "SYSTEM", null)));
		refused.put("liaison without country", token(claims("liaison.x", "LIAISON", null)));
		refused.put("not a JWT", "not-a-token");
		refused.put("no exp", token(claims("secretariat.anna", "SECRETARIAT", null).expirationTime(null)));
		for (Map.Entry<String, String> bad : refused.entrySet()) {
			ResponseEntity<JsonNode> answer = postProtocol(bad.getValue());
			assertThat(answer.getStatusCode().value()).as(bad.getKey()).isEqualTo(401);
			assertThat(answer.getHeaders().getContentType()).as(bad.getKey())
				.isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).as(bad.getKey()).startsWith("Bearer");
			assertInTheTrackersWords(bad.getKey(), answer);
		}
		assertThat(postProtocol(token(claims("secretariat.anna", "SECRETARIAT", null), STRANGER_KEY)).getBody()
			.path("detail")
			.asText())
			.isEqualTo("the bearer token was not accepted: the token's signature is not the identity "
					+ "provider's (it was signed with another key, or altered after signing)");
		assertThat(postProtocol(token(claims("someone", "SYSTEM", null))).getBody().path("detail").asText())
			.startsWith("the bearer token was not accepted: the token names no caller the tracker knows: unknown role")
			.endsWith("(the role is read from the claim 'tracker_role', a liaison's country from 'tracker_country')");
		assertThat(postProtocol("!!!").getBody().path("detail").asText())
			.isEqualTo("the Authorization header holds no well-formed bearer token; send 'Bearer ' and the token as "
					+ "the identity provider issued it");
		assertThat(storedEvents()).isEqualTo(before);
	}

	/**
	 * A token must say when it expires and when it was issued, and may last at most
	 * {@code tracker.access.jwt.max-lifetime} (12h): a token without exp was good for
	 * ever. Each refusal says which rule the token broke.
	 */
	@Test
	void aTokenWithoutABoundedLifetimeIsRefusedAndSaysWhy() {
		long before = storedEvents();
		Instant now = Instant.now();
		Map<String, String> refused = new java.util.LinkedHashMap<>();
		refused.put("the token has no expiry (exp); the tracker accepts only tokens that expire",
				token(claims("secretariat.anna", "SECRETARIAT", null).expirationTime(null)));
		refused.put("the token is meant to last 8760h (iat to exp); the tracker accepts tokens that last at most 12h",
				token(claims("secretariat.anna", "SECRETARIAT", null).issueTime(Date.from(now))
					.expirationTime(Date.from(now.plus(Duration.ofDays(365))))));
		refused.put("the token has no issue time (iat)",
				token(claims("secretariat.anna", "SECRETARIAT", null).issueTime(null)));
		refused.put("which is in the future; the identity provider's clock may be wrong",
				token(claims("secretariat.anna", "SECRETARIAT", null).issueTime(Date.from(now.plusSeconds(600)))
					.expirationTime(Date.from(now.plusSeconds(900)))));
		refused.put("the token is not valid before",
				token(claims("secretariat.anna", "SECRETARIAT", null).notBeforeTime(Date.from(now.plusSeconds(600)))));
		for (Map.Entry<String, String> bad : refused.entrySet()) {
			ResponseEntity<JsonNode> answer = postProtocol(bad.getValue());
			assertThat(answer.getStatusCode().value()).as(bad.getKey()).isEqualTo(401);
			assertThat(answer.getBody().path("detail").asText()).as(bad.getKey())
				.startsWith("the bearer token was not accepted: ")
				.contains(bad.getKey());
		}
		assertThat(storedEvents()).isEqualTo(before);
		ResponseEntity<JsonNode> almostTwelveHours = postProtocol(token(
				claims("secretariat.anna", "SECRETARIAT", null).issueTime(Date.from(now.minus(Duration.ofHours(11))))
					.expirationTime(Date.from(now.plus(Duration.ofMinutes(59))))));
		assertThat(almostTwelveHours.getStatusCode().value()).as("a token within the limit").isEqualTo(201);
		ResponseEntity<JsonNode> accessTokenType = postProtocol(
				token(claims("secretariat.anna", "SECRETARIAT", null), new JOSEObjectType("at+jwt")));
		assertThat(accessTokenType.getStatusCode().value()).as("typ at+jwt (RFC 9068)").isEqualTo(201);
	}

	/**
	 * What the token libraries would have said; a 401 says what is wrong in the tracker's
	 * words instead.
	 */
	private static void assertInTheTrackersWords(String what, ResponseEntity<JsonNode> answer) {
		String detail = answer.getBody().path("detail").asText();
		assertThat(detail).as(what).isNotBlank();
		for (String library : List.of("Jwt", "JWT rejected", "Signed JWT", "An error occurred", "Malformed payload",
				"Invalid signature", "Another algorithm", "Unsupported algorithm", "Failed to", "Bearer token is")) {
			assertThat(detail).as(what).doesNotContain(library);
		}
	}

	@Test
	void builtInPasswordsDoNotWorkInJwtMode() {
		ResponseEntity<JsonNode> answer = client().post()
			.uri("/api/protocols")
			.headers((headers) -> headers.setBasicAuth("secretariat", "demo-secretariat"))
			.contentType(MediaType.APPLICATION_JSON)
			.body(PROTOCOL)
			.retrieve()
			.toEntity(JsonNode.class);
		assertThat(answer.getStatusCode().value()).isEqualTo(401);
	}

	private static JWTClaimsSet.Builder claims(String user, String role, String country) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.subject("subject-" + user)
			.audience(List.of(AUDIENCE))
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.claim("preferred_username", user);
		if (role != null) {
			claims.claim("tracker_role", role);
		}
		if (country != null) {
			claims.claim("tracker_country", country);
		}
		return claims;
	}

	private static String token(JWTClaimsSet.Builder claims) {
		return token(claims, PROVIDER_KEY);
	}

	private static String token(JWTClaimsSet.Builder claims, JOSEObjectType type) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).build(), claims.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) PROVIDER_KEY.getPrivate()));
			return jwt.serialize();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String token(JWTClaimsSet.Builder claims, KeyPair key) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
			jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
			return jwt.serialize();
		}
		catch (com.nimbusds.jose.JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair rsaKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private ResponseEntity<JsonNode> postProtocol(String bearer) {
		return client().post()
			.uri("/api/protocols")
			.headers((headers) -> headers.setBearerAuth(bearer))
			.contentType(MediaType.APPLICATION_JSON)
			.body(PROTOCOL)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	private RestClient client() {
		return RestClient.builder()
			.defaultHeader("Accept-Language", "en")
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler((status) -> true, (req, res) -> {
			})
			.build();
	}

	private long storedEvents() {
		return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
	}

}
