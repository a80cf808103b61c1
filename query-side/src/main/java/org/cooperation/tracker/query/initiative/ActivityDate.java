package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;

/**
 * A start or end of an initiative as IATI's activity-date reports it.
 *
 * @param type planned or actual, start or end
 * @param on the day
 */
public record ActivityDate(Type type, LocalDate on) {

	/** The IATI ActivityDateType codelist. */
	public enum Type {

		PLANNED_START(1), ACTUAL_START(2), PLANNED_END(3), ACTUAL_END(4);

		private final int code;

		Type(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}

	}

}
