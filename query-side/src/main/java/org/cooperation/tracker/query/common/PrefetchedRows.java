package org.cooperation.tracker.query.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The rows a batch of events looked for in one query and did not find, known absent for
 * the rest of the transaction, by row type. The rows it found need no record here: they
 * are in the persistence context, where a lookup by key finds them without a round trip.
 * An absent row would otherwise cost a select each, which in a replay or a catch-up is
 * most of them (every history entry is new).
 * <p>
 * A key leaves the set when its row is written through the repository. Whatever undoes
 * the transaction's writes (a batch taken back to its savepoint) forgets the whole of it
 * ({@link #forget()}).
 */
public final class PrefetchedRows {

	private PrefetchedRows() {
	}

	/** Records keys looked for and not found, when a transaction is there to bound it. */
	static void absent(Class<?> type, Set<?> keys) {
		Map<Class<?>, Set<Object>> absent = current(true);
		if (absent != null) {
			absent.computeIfAbsent(type, (t) -> new HashSet<>()).addAll(keys);
		}
	}

	/** Whether the row is known absent; it no longer is once written. */
	static boolean isAbsent(Class<?> type, Object key) {
		Map<Class<?>, Set<Object>> absent = current(false);
		return absent != null && absent.getOrDefault(type, Set.of()).contains(key);
	}

	/** The row is written: no longer known absent. Its key is asked only when needed. */
	static void written(Class<?> type, Supplier<?> key) {
		Map<Class<?>, Set<Object>> absent = current(false);
		if (absent != null && absent.containsKey(type)) {
			absent.get(type).remove(key.get());
		}
	}

	/** Forgets what this transaction knew: its writes were undone. */
	public static void forget() {
		Map<Class<?>, Set<Object>> absent = current(false);
		if (absent != null) {
			absent.clear();
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<Class<?>, Set<Object>> current(boolean create) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		Map<Class<?>, Set<Object>> absent = (Map<Class<?>, Set<Object>>) TransactionSynchronizationManager
			.getResource(PrefetchedRows.class);
		if (absent == null && create) {
			Map<Class<?>, Set<Object>> created = new HashMap<>();
			TransactionSynchronizationManager.bindResource(PrefetchedRows.class, created);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PrefetchedRows.class);
				}
			});
			absent = created;
		}
		return absent;
	}

}
