package org.cooperation.tracker.query.live;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeptUntilChangedTest {

	private final ReadModelGeneration generation = new ReadModelGeneration();

	private final KeptUntilChanged<String, String> kept = new KeptUntilChanged<>(generation, 8);

	private final AtomicInteger reads = new AtomicInteger();

	@Test
	void whileChangesGoUnheardEveryRequestReadsAfresh() {
		assertThat(generation.current()).isEqualTo(ReadModelGeneration.UNKNOWN);

		assertThat(read("matrix")).isEqualTo("matrix #1");
		assertThat(read("matrix")).isEqualTo("matrix #2");
	}

	@Test
	void whileHeardAnAnswerIsKeptUntilTheNextChange() {
		generation.listening();

		assertThat(read("matrix")).isEqualTo("matrix #1");
		assertThat(read("matrix")).isEqualTo("matrix #1");
		assertThat(read("overview")).as("another key is read for itself").isEqualTo("overview #2");

		generation.changed();

		assertThat(read("matrix")).isEqualTo("matrix #3");
		assertThat(read("matrix")).isEqualTo("matrix #3");
	}

	@Test
	void losingTheAnnouncementsLetsGoOfWhatWasKeptAndHearingThemAgainStartsAfresh() {
		generation.listening();
		read("matrix");
		long before = generation.current();

		generation.deaf();

		assertThat(generation.current()).isEqualTo(ReadModelGeneration.UNKNOWN);
		assertThat(read("matrix")).isEqualTo("matrix #2");
		assertThat(read("matrix")).isEqualTo("matrix #3");

		generation.listening();

		assertThat(generation.current()).as("what changed while no one listened is unknown").isGreaterThan(before);
		assertThat(read("matrix")).isEqualTo("matrix #4");
		assertThat(read("matrix")).isEqualTo("matrix #4");
	}

	@Test
	void anAnswerIsKeptUnderTheGenerationItWasAskedIn() {
		generation.listening();
		// A change heard while the answer is being read: the answer may not show it, so
		// it
		// must not be kept for the new generation.
		assertThat(kept.get("matrix", (key) -> {
			generation.changed();
			return key + " #" + reads.incrementAndGet();
		})).isEqualTo("matrix #1");

		assertThat(read("matrix")).isEqualTo("matrix #2");
	}

	private String read(String key) {
		return kept.get(key, (asked) -> asked + " #" + reads.incrementAndGet());
	}

}
