package org.cooperation.tracker.query.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The base of every repository of the query side ({@code repositoryBaseClass}), so that a
 * projection's new rows cost one round trip each and reach the database in JDBC batches.
 * <p>
 * Spring Data's own way to write a row only once, {@code existsById} then {@code save},
 * costs three: the count query (which first flushes every pending row of the table, one
 * statement each), the {@code merge}'s select of a row with an assigned key, and the
 * insert. Here the lookup is {@link EntityManager#find} (the persistence context first,
 * then a select by key, without a flush) and the new row is persisted, so the inserts
 * wait for the flush at the end of the batch and go in batches
 * ({@code hibernate.jdbc.batch_size}).
 *
 * @param <T> the row
 * @param <ID> its key
 */
public class ReadModelRepositoryBase<T, ID> extends SimpleJpaRepository<T, ID> {

	private final EntityManager entityManager;

	private final JpaEntityInformation<T, ?> entityInformation;

	public ReadModelRepositoryBase(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
		super(entityInformation, entityManager);
		this.entityManager = entityManager;
		this.entityInformation = entityInformation;
	}

	@Transactional
	public void saveIfAbsent(ID id, Supplier<? extends T> row) {
		if (PrefetchedRows.isAbsent(getDomainClass(), id) || entityManager.find(getDomainClass(), id) == null) {
			entityManager.persist(row.get());
			PrefetchedRows.written(getDomainClass(), () -> id);
		}
	}

	@Transactional
	public void prefetch(Collection<ID> keys, Supplier<? extends Collection<? extends T>> query,
			Function<? super T, ? extends ID> keyOf) {
		if (keys.isEmpty()) {
			return;
		}
		Set<Object> absent = new HashSet<>(keys);
		for (T row : query.get()) {
			absent.remove(keyOf.apply(row));
		}
		PrefetchedRows.absent(getDomainClass(), absent);
	}

	/** The persistence context, then the database, unless the batch knows it absent. */
	@Override
	public Optional<T> findById(ID id) {
		if (PrefetchedRows.isAbsent(getDomainClass(), id)) {
			return Optional.empty();
		}
		return super.findById(id);
	}

	@Override
	@Transactional
	public <S extends T> S save(S row) {
		S saved = super.save(row);
		PrefetchedRows.written(getDomainClass(), () -> entityInformation.getId(saved));
		return saved;
	}

}
