package org.cooperation.tracker.access.signin;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import org.cooperation.tracker.access.problem.DatabaseUnavailable;

/**
 * The sign-in sessions both applications share, kept in the database, as a request meets
 * them while the database cannot be used: a session that cannot be read is no session
 * (the request signs in by its header, or is asked to sign in), and one that cannot be
 * saved is not saved. Either way the request goes on to meet the application's own 503
 * (or its 503 page) where it needs the database, instead of ending as a 500 when Spring
 * Session reads the session before it or saves it after it: a 500 for an outage, the
 * database being down, is what the outage tests refuse.
 *
 * @param <S> the store's sessions
 */
public final class SessionsThroughOutages<S extends Session>
		implements FindByIndexNameSessionRepository<S>, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SessionsThroughOutages.class);

	private final FindByIndexNameSessionRepository<S> store;

	public SessionsThroughOutages(FindByIndexNameSessionRepository<S> store) {
		this.store = store;
	}

	@Override
	public S createSession() {
		return store.createSession();
	}

	@Override
	public void save(S session) {
		try {
			store.save(session);
		}
		catch (RuntimeException ex) {
			unavailable(ex, "saved");
		}
	}

	@Override
	public S findById(String id) {
		try {
			return store.findById(id);
		}
		catch (RuntimeException ex) {
			unavailable(ex, "read");
			return null;
		}
	}

	@Override
	public void deleteById(String id) {
		try {
			store.deleteById(id);
		}
		catch (RuntimeException ex) {
			unavailable(ex, "deleted");
		}
	}

	@Override
	public Map<String, S> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		try {
			return store.findByIndexNameAndIndexValue(indexName, indexValue);
		}
		catch (RuntimeException ex) {
			unavailable(ex, "read");
			return Map.of();
		}
	}

	/** The store's own end: it stops its sweep of expired sessions. */
	@Override
	public void destroy() throws Exception {
		if (store instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	private static void unavailable(RuntimeException ex, String what) {
		if (!DatabaseUnavailable.causedBy(ex)) {
			throw ex;
		}
		log.warn("A sign-in session could not be {}, the database cannot be used: {}", what, ex.toString());
	}

}
