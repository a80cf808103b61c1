package org.cooperation.tracker.access.signin;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the API finds who is signed in: a request that carries an {@code Authorization}
 * header is signed in by that header only (its session, if it sends a cookie too, is not
 * read, so a wrong password is never covered by a session); any other request by the
 * session the dashboard's sign-in made, if it has one. Nothing is ever written to a
 * session.
 */
public final class SessionUnlessAuthorized implements SecurityContextRepository {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final HttpSessionSecurityContextRepository session;

	private final SessionRegistry sessions;

	private final RequestAttributeSecurityContextRepository thisRequest = new RequestAttributeSecurityContextRepository();

	public SessionUnlessAuthorized(HttpSessionSecurityContextRepository session, SessionRegistry sessions) {
		this.session = session;
		this.sessions = sessions;
	}

	/**
	 * A request that would change something on the strength of an existing session: it
	 * must carry the session's CSRF token. One without a session (or with one that has
	 * ended) asks for none: it is signed in by its header or is a 401, as before.
	 */
	public boolean writesOnASession(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && !authorizedByHeader(request) && signedInSession(request);
	}

	/**
	 * Whether the request comes with a session that has not ended: one its account's
	 * change ended (SignedInSessions) is not accepted here from that moment, though the
	 * dashboard keeps it until it has told its reader.
	 */
	private boolean signedInSession(HttpServletRequest request) {
		HttpSession existing = request.getSession(false);
		if (existing == null) {
			return false;
		}
		SessionInformation information = sessions.getSessionInformation(existing.getId());
		return information == null || !information.isExpired();
	}

	static boolean authorizedByHeader(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.AUTHORIZATION) != null;
	}

	/** The requests that must carry the session's CSRF token. */
	public RequestMatcher writesOnASession() {
		return this::writesOnASession;
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return loadDeferredContext(holder.getRequest()).get();
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext own = thisRequest.loadDeferredContext(request);
		if (authorizedByHeader(request) || !signedInSession(request)) {
			return own;
		}
		DeferredSecurityContext fromSession = session.loadDeferredContext(request);
		return new DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return own.isGenerated() ? fromSession.get() : own.get();
			}

			@Override
			public boolean isGenerated() {
				return own.isGenerated() && fromSession.isGenerated();
			}

		};
	}

	/** Kept for this request only: the API never writes to a session. */
	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		thisRequest.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return thisRequest.containsContext(request)
				|| (!authorizedByHeader(request) && signedInSession(request) && session.containsContext(request));
	}

}
