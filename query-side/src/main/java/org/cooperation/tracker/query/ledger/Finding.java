package org.cooperation.tracker.query.ledger;

/**
 * One thing a verification found, located by global position where it has one.
 *
 * @param kind what is wrong
 * @param position the global position concerned, or -1 for the tree as a whole
 * @param detail what was found there, in words
 */
public record Finding(Kind kind, long position, String detail) {

	/** What a verification can find. */
	public enum Kind {

		/** The stored payload bytes differ from those sealed. */
		PAYLOAD_CHANGED,
		/** The stored metadata bytes differ from those sealed. */
		METADATA_CHANGED,
		/**
		 * Another column (type, record, sequence, time, payload type or revision)
		 * changed.
		 */
		FIELDS_CHANGED,
		/** A sealed event is no longer there. */
		DELETED,
		/** The sealed events from a position on are all gone. */
		TRUNCATED,
		/**
		 * An event stands at a position inside the sealed range where none was sealed.
		 */
		INSERTED,
		/** A sealed event now stands at another position. */
		MOVED,
		/** The events no longer give a root that was signed or sealed. */
		ROOT_MISMATCH,
		/** A checkpoint's signature does not verify with the key trusted. */
		BAD_SIGNATURE,
		/** The export itself is inconsistent (line order, numbering, format). */
		EXPORT_DAMAGED;

	}

	/** One line for a report. */
	public String describe() {
		String where = (position < 0) ? "tree" : "position " + position;
		return where + ": " + kind.name().toLowerCase().replace('_', ' ') + " - " + detail;
	}

}
