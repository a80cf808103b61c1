package org.cooperation.tracker.access.signin;

import java.text.ParseException;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import lombok.RequiredArgsConstructor;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The identity provider's tokens, decoded and checked by the framework and
 * {@link TokenRules}, with every refusal told in the tracker's words
 * ({@link TokenRefused}): the framework's own messages name its internals ("Signed JWT
 * rejected: Invalid signature"). When the provider's keys cannot be fetched, the
 * framework's failure passes unchanged: it is no fault of the token.
 */
@RequiredArgsConstructor
final class CheckedTokens implements JwtDecoder {

	static final String NOT_A_JWT = "the bearer token is not a JWT (three base64url parts separated by dots)";

	private final JwtDecoder decoder;

	@Override
	public Jwt decode(String token) throws JwtException {
		try {
			return decoder.decode(token);
		}
		catch (JwtValidationException refused) {
			throw new TokenRefused(refused.getErrors()
				.stream()
				.filter(TokenRules.Refusal.class::isInstance)
				.map(error -> error.getDescription())
				.findFirst()
				.orElse("the token's claims were not accepted (it may be bound to a client certificate this "
						+ "connection did not present)"),
					refused);
		}
		catch (BadJwtException unreadable) {
			throw new TokenRefused(whyUnreadable(token), unreadable);
		}
	}

	/**
	 * What is wrong with a token the framework could not decode, found by looking at the
	 * token itself rather than at the framework's message.
	 */
	static String whyUnreadable(String token) {
		JWT jwt;
		try {
			jwt = JWTParser.parse(token);
		}
		catch (ParseException ex) {
			return NOT_A_JWT;
		}
		if (jwt instanceof PlainJWT) {
			return "the token is not signed (alg none); only tokens signed by the identity provider pass";
		}
		if (jwt instanceof EncryptedJWT) {
			return "the token is encrypted (JWE); the tracker takes signed tokens (JWS) from the identity provider";
		}
		SignedJWT signed = (SignedJWT) jwt;
		if (!JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
			return "the token is not signed with RS256, the one algorithm the tracker accepts";
		}
		JWTClaimsSet claims;
		try {
			claims = signed.getJWTClaimsSet();
		}
		catch (ParseException ex) {
			return "the token's claims are malformed (exp, iat and nbf must be numbers of seconds, iss and "
					+ "aud text)";
		}
		if (claims.getExpirationTime() != null && claims.getIssueTime() != null
				&& !claims.getExpirationTime().after(claims.getIssueTime())) {
			return "the token expires (exp) no later than it was issued (iat)";
		}
		return "the token's signature is not the identity provider's (it was signed with another key, or "
				+ "altered after signing)";
	}

}
