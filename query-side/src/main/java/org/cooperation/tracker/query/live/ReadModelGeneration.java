package org.cooperation.tracker.query.live;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * How many times this instance has heard the read models change: a number that moves
 * whenever any committed batch of any projection is announced ({@link CommittedChanges}),
 * whichever instance projected it. What was read from the read models under one
 * generation may be answered again as long as the generation stands
 * ({@link KeptUntilChanged}).
 * <p>
 * It is only known while the announcements are heard: without the listening connection a
 * change would go unnoticed, so the generation is then unknown and nothing is kept. When
 * the connection comes back the generation moves on, as anything may have changed while
 * no one listened.
 */
@Component
public class ReadModelGeneration {

	/** The generation while the changes are not heard. */
	public static final long UNKNOWN = -1;

	private final AtomicLong heard = new AtomicLong();

	private volatile boolean listening;

	/** The current generation, or {@link #UNKNOWN} while changes may go unheard. */
	public long current() {
		return listening ? heard.get() : UNKNOWN;
	}

	/**
	 * A change of the read models was heard, or made where no announcement tells of it:
	 * the generation moves on.
	 */
	public void changed() {
		heard.incrementAndGet();
	}

	/** The announcements are heard from now on; what came before is unknown. */
	void listening() {
		heard.incrementAndGet();
		listening = true;
	}

	/** The announcements are no longer heard. */
	void deaf() {
		listening = false;
		heard.incrementAndGet();
	}

}
