package org.cooperation.tracker.access.signin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import org.cooperation.tracker.access.AccessProperties;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.country.Country;

/**
 * Sign-in by the ministry's identity provider: a bearer JWT, signed with one of the
 * provider's RSA keys (RS256; unsigned {@code alg=none} tokens never pass), issued by the
 * configured issuer for the configured audience, carrying {@code exp} and {@code iat}
 * with a bounded lifetime, and not expired. The role and country come from configurable
 * claims.
 */
public final class JwtSignIn {

	private JwtSignIn() {
	}

	/**
	 * Checks signature, issuer, audience and lifetime of every token
	 * ({@link TokenRules}); every refusal says why in the tracker's words
	 * ({@link CheckedTokens}).
	 */
	public static JwtDecoder decoder(AccessProperties.Jwt settings) {
		if (settings.issuerUri() == null || settings.audience() == null) {
			throw new IllegalStateException("tracker.access.sign-in=JWT needs tracker.access.jwt.issuer-uri and "
					+ "tracker.access.jwt.audience: a token from any issuer or for any audience must not pass");
		}
		// The token's type (typ) is checked by TokenRules, which also takes RFC 9068's
		// at+jwt; the library's own check takes only JWT and says so in its words.
		NimbusJwtDecoder decoder;
		if (settings.jwkSetUri() != null) {
			decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).validateType(false).build();
		}
		else if (settings.publicKeyLocation() != null) {
			decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings)).validateType(false).build();
		}
		else {
			decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).validateType(false).build();
		}
		decoder.setClaimSetConverter(claimsAsSent());
		// The framework's defaults stay (a token bound to a client certificate is checked
		// against it); its timestamp check is given our clock skew, and ours decides.
		decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
				new JwtTimestampValidator(settings.clockSkew()), new TokenRules(settings, Clock.systemUTC())));
		return new CheckedTokens(decoder);
	}

	/**
	 * The framework's reading of the claims, except that it makes up an {@code iat} of
	 * {@code exp} minus one second for a token that has none: the tracker must see that
	 * it has none.
	 */
	private static Converter<Map<String, Object>, Map<String, Object>> claimsAsSent() {
		MappedJwtClaimSetConverter framework = MappedJwtClaimSetConverter.withDefaults(Map.of());
		return claims -> {
			Map<String, Object> read = framework.convert(claims);
			if (claims.containsKey(JwtClaimNames.IAT) || read == null) {
				return read;
			}
			Map<String, Object> withoutMadeUpIssueTime = new HashMap<>(read);
			withoutMadeUpIssueTime.remove(JwtClaimNames.IAT);
			return withoutMadeUpIssueTime;
		};
	}

	/**
	 * Turns a checked token into the caller it names; a token naming no valid role, or a
	 * liaison without a country, is refused as an invalid token (401), not let in with no
	 * rights.
	 */
	public static Converter<Jwt, AbstractAuthenticationToken> callers(AccessProperties.Jwt settings) {
		return token -> {
			String name = token.hasClaim(settings.nameClaim()) ? token.getClaimAsString(settings.nameClaim())
					: token.getSubject();
			try {
				Role role = Role.ofUser(token.getClaimAsString(settings.roleClaim()));
				String country = token.getClaimAsString(settings.countryClaim());
				Caller caller = new Caller(name, role,
						role.actsForACountry() && country != null ? Country.fromCode(country) : null);
				Collection<SimpleGrantedAuthority> authorities = new ArrayList<>();
				caller.authorities().forEach(authority -> authorities.add(new SimpleGrantedAuthority(authority)));
				return new JwtAuthenticationToken(token, List.copyOf(authorities), caller.name());
			}
			catch (IllegalArgumentException ex) {
				String sentence = "the token names no caller the tracker knows"
						+ ((ex instanceof InvalidValueException) ? ": " + ex.getMessage() : "")
						+ " (the role is read from the claim '" + settings.roleClaim() + "', a liaison's country from '"
						+ settings.countryClaim() + "')";
				throw new InvalidBearerTokenException(sentence, new TokenRefused(sentence, ex));
			}
		};
	}

	private static RSAPublicKey publicKey(AccessProperties.Jwt settings) {
		try (InputStream in = settings.publicKeyLocation().getInputStream()) {
			String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
			byte[] der = Base64.getMimeDecoder()
				.decode(pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", ""));
			return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(
					"cannot read the identity provider's public key from " + settings.publicKeyLocation(), ex);
		}
	}

}
