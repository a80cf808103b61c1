package org.cooperation.tracker.command.concurrency;

import org.cooperation.tracker.kernel.common.Phrase;

/**
 * A write sent with If-Match {@code W/"n"}: the weak ETag the query side gives a record
 * while events of it are parked there (its view lacks them, README "Dead letters"). Weak
 * ETags never match an If-Match (RFC 9110), and this one could not: the view's version
 * stays behind the record's until an admin's retry applies the parked events. Refused
 * with 412 and a detail that says so, instead of the bare "the record has changed" a
 * version comparison would give for as long as the events stay parked.
 */
public class IncompleteViewEtag extends RuntimeException implements Phrase.Phrased {

	private final long version;

	IncompleteViewEtag(long version) {
		super("If-Match W/\"" + version + "\" is the weak ETag the query side gives while its view of this record "
				+ "is incomplete: events of the record could not be applied there and are parked until an admin "
				+ "retries them, so it cannot guard a write. Once they are applied, read the record again and send "
				+ "its strong ETag (without W/), or send the write without If-Match");
		this.version = version;
	}

	@Override
	public Phrase phrase() {
		return Phrase.of("command.detail.incompleteView", version);
	}

	/** The version the weak ETag named. */
	public long version() {
		return version;
	}

}
