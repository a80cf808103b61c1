package org.cooperation.tracker.query.live;

import java.time.Duration;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Answers read from the read models, kept until they next change: a dashboard that many
 * officials open reads and renders the same matrix once per change rather than once per
 * official. An answer is kept under the generation read before it was computed
 * ({@link ReadModelGeneration}), so it is never newer than its generation claims and
 * never older than the last change heard before it was asked for. While changes may go
 * unheard nothing is kept, and every request reads afresh.
 * <p>
 * A key is computed once at a time (others asking for it wait for that answer rather than
 * read it again), and answers of an older generation are let go as soon as a newer one is
 * asked for.
 *
 * @param <K> what an answer depends on besides the read models (a filter, a language)
 * @param <V> the answer
 */
public final class KeptUntilChanged<K, V> {

	/** An answer no one asked for lately gives its memory back. */
	private static final Duration UNUSED_FOR = Duration.ofMinutes(10);

	private final ReadModelGeneration generation;

	private final Cache<Generational<K>, V> kept;

	private volatile long latest = ReadModelGeneration.UNKNOWN;

	/**
	 * @param generation the read models' generation
	 * @param most how many answers are kept at most (one per filter and language, say)
	 */
	public KeptUntilChanged(ReadModelGeneration generation, int most) {
		this.generation = generation;
		this.kept = Caffeine.newBuilder().maximumSize(most).expireAfterAccess(UNUSED_FOR).build();
	}

	/** The answer for the key: kept, or read now and kept. */
	public V get(K key, Function<? super K, ? extends V> read) {
		long now = generation.current();
		if (now == ReadModelGeneration.UNKNOWN) {
			return read.apply(key);
		}
		if (now != latest) {
			// The read models changed: nothing kept can be answered again.
			latest = now;
			kept.invalidateAll();
		}
		return kept.get(new Generational<>(now, key), (asked) -> read.apply(asked.key()));
	}

	private record Generational<K>(long generation, K key) {
	}

}
