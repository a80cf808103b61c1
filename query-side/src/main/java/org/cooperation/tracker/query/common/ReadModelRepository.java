package org.cooperation.tracker.query.common;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A repository of read-model rows. Projections write a row when the event that starts it
 * arrives, and the same event may arrive again (redelivery, replay after a crash):
 * {@link #saveIfAbsent} writes it only the first time, so a row that has moved on since
 * keeps its state. An event for a row that is not there (an inconsistent store) is
 * skipped with a word in the log rather than stalling the processor:
 * {@link #update(Object, Consumer, Runnable)}.
 *
 * @param <T> the row
 * @param <ID> its key
 */
@NoRepositoryBean
public interface ReadModelRepository<T, ID> extends JpaRepository<T, ID> {

	/**
	 * Saves the row unless one with this key is there already (implemented by
	 * {@link ReadModelRepositoryBase}: a lookup by key and a persist, which waits for the
	 * batch's flush).
	 */
	void saveIfAbsent(ID id, Supplier<? extends T> row);

	/**
	 * Reads in one query the rows a batch of events is about to touch, so that the batch
	 * costs no read per event: the rows found stay in the persistence context, and the
	 * keys not found are known absent for the rest of the transaction
	 * ({@link PrefetchedRows}), so that {@link #saveIfAbsent} and {@link #findById} need
	 * no select for them either.
	 * @param keys the rows' keys the batch touches
	 * @param query reads at least every existing row among them
	 * @param keyOf a row's key
	 */
	void prefetch(Collection<ID> keys, Supplier<? extends Collection<? extends T>> query,
			Function<? super T, ? extends ID> keyOf);

	/** Changes the row and saves it, if it is there. */
	default void update(ID id, Consumer<? super T> change) {
		update(id, change, () -> {
		});
	}

	/**
	 * Changes the row and saves it; when it is not there, {@code missing} says (in the
	 * log) why the event that needed it is skipped.
	 */
	default void update(ID id, Consumer<? super T> change, Runnable missing) {
		findById(id).ifPresentOrElse((row) -> {
			change.accept(row);
			save(row);
		}, missing);
	}

}
