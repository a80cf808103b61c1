package org.cooperation.tracker.access.signin;

import org.springframework.security.oauth2.jwt.BadJwtException;

/**
 * A bearer token refused, with the reason in the tracker's words: only this sentence, not
 * the text of the libraries that checked the token, reaches the client's 401.
 */
public final class TokenRefused extends BadJwtException {

	public TokenRefused(String sentence, Throwable cause) {
		super(sentence, cause);
	}

	/** The tracker's reason found in a failure's causes, or null when none is there. */
	public static String reasonIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof TokenRefused refused) {
				return refused.getMessage();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
