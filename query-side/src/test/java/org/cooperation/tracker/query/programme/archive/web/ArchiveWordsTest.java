package org.cooperation.tracker.query.programme.archive.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;
import org.cooperation.tracker.kernel.programme.archive.ExchangeParty;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.testing.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/** Every constant the archive-exchange pages word has its words in the bundles. */
class ArchiveWordsTest {

	@Test
	void everyConstantThePagesWordHasItsWords() {
		assertThat(Stream
			.of(ArchiveCopyState.values(), ArchiveCopyStep.values(), ExchangeParty.values(), MaterialType.values(),
					TransferMedium.values())
			.flatMap(Stream::of)
			.map(Display::key)).isSubsetOf(MessageBundles.keys());
	}

}
