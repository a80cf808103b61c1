package org.cooperation.tracker.query.common;

import java.util.function.Supplier;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * A repository of read-model rows. Projections write a row when the event that starts it
 * arrives, and the same event may arrive again (redelivery, replay after a crash):
 * {@link #saveIfAbsent} writes it only the first time, so a row that has moved on since
 * keeps its state.
 *
 * @param <T> the row
 * @param <ID> its key
 */
@NoRepositoryBean
public interface ReadModelRepository<T, ID> extends JpaRepository<T, ID> {

	/** Saves the row unless one with this key is there already. */
	default void saveIfAbsent(ID id, Supplier<? extends T> row) {
		if (!existsById(id)) {
			save(row.get());
		}
	}

}
