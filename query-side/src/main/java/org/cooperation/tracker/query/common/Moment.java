package org.cooperation.tracker.query.common;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When the status matrix or an initiative is read, on one of two time axes: as the
 * tracker knew it at an instant (the times changes were recorded), or as the changes were
 * in effect on a day (the days they took effect, including changes recorded later,
 * back-dated). Or now.
 *
 * @param axis the axis
 * @param asOf the instant, on the recorded axis; else null
 * @param effectiveOn the day, on the effective axis; else null
 */
public record Moment(Axis axis, Instant asOf, LocalDate effectiveOn) {

	/** As the read models hold it now. */
	public static final Moment NOW = new Moment(Axis.CURRENT, null, null);

	/** The two time axes, and the present. */
	public enum Axis {

		/** Now: every change recorded so far, each in the state it is in now. */
		CURRENT,

		/** What had been recorded by an instant: what the tracker knew then. */
		RECORDED,

		/** What was in effect on a day, by the days changes took effect. */
		EFFECTIVE

	}

	public static Moment recordedBy(Instant asOf) {
		return new Moment(Axis.RECORDED, asOf, null);
	}

	public static Moment inEffectOn(LocalDate effectiveOn) {
		return new Moment(Axis.EFFECTIVE, null, effectiveOn);
	}

	/**
	 * True when something recorded at the instant, taking effect on the day, belongs to
	 * what is read at this moment.
	 */
	public boolean includes(Instant recordedAt, LocalDate effectiveDay) {
		return switch (axis) {
			case CURRENT -> true;
			case RECORDED -> !recordedAt.isAfter(asOf);
			case EFFECTIVE -> !effectiveDay.isAfter(effectiveOn);
		};
	}

	/** True for a moment in the past; the present is read from the current read model. */
	public boolean past() {
		return axis != Axis.CURRENT;
	}

}
