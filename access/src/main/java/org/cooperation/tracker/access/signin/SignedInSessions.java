package org.cooperation.tracker.access.signin;

import java.security.Principal;
import java.util.function.Consumer;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import org.cooperation.tracker.accounts.AccountChangeListener;

/**
 * The signed-in users' sessions. A session outlives the password check that opened it, so
 * when an account is disabled or given a new password, its sessions end too, in whichever
 * application they are; the next page asks to sign in again.
 * <p>
 * Where sessions are kept in the shared database ({@link #shared}), ending one deletes
 * it, so it ends for both applications at once: the dashboard that made it and the
 * command side's API that accepts it. Without a shared store (an application started
 * without a web server, a test slice) sessions are this application's own.
 */
public final class SignedInSessions implements AccountChangeListener {

	private final SessionRegistry sessions;

	private final Consumer<String> endSessionsOf;

	private final Runnable endEverySession;

	private final boolean shared;

	private SignedInSessions(SessionRegistry sessions, Consumer<String> endSessionsOf, Runnable endEverySession,
			boolean shared) {
		this.sessions = sessions;
		this.endSessionsOf = endSessionsOf;
		this.endEverySession = endEverySession;
		this.shared = shared;
	}

	/** Sessions held in this application's memory only. */
	public static SignedInSessions inMemory() {
		SessionRegistry registry = new SessionRegistryImpl();
		return new SignedInSessions(registry, (username) -> {
			for (Object principal : registry.getAllPrincipals()) {
				if (username.equals(name(principal))) {
					registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
				}
			}
		}, () -> registry.getAllPrincipals()
			.forEach((principal) -> registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow)),
				false);
	}

	/**
	 * Sessions in the store both applications share; {@code endEverySession} deletes them
	 * all (the store has no such call of its own).
	 */
	public static <S extends Session> SignedInSessions shared(FindByIndexNameSessionRepository<S> store,
			Runnable endEverySession) {
		SpringSessionBackedSessionRegistry<S> registry = new SpringSessionBackedSessionRegistry<>(store);
		// Marked as ended rather than deleted: the dashboard then tells the reader they
		// were
		// signed out (its expired URL) when they next come, and the command side's API no
		// longer accepts the session from that moment (SessionUnlessAuthorized).
		return new SignedInSessions(registry,
				(username) -> registry.getAllSessions(username, false).forEach(SessionInformation::expireNow),
				endEverySession, true);
	}

	/**
	 * Whether both applications see these sessions (the command side's API then accepts
	 * them).
	 */
	public boolean isShared() {
		return shared;
	}

	public SessionRegistry registry() {
		return sessions;
	}

	@Override
	public void accountChanged(String username) {
		endSessionsOf.accept(username);
	}

	/**
	 * Changes may have been missed: every session ends, since which of them still holds
	 * cannot be told.
	 */
	@Override
	public void anyAccountMayHaveChanged() {
		endEverySession.run();
	}

	private static String name(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof Principal named) {
			return named.getName();
		}
		return String.valueOf(principal);
	}

}
