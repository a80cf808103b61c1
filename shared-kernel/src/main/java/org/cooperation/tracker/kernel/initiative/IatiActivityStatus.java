package org.cooperation.tracker.kernel.initiative;

/**
 * The IATI ActivityStatus codelist, used for the open-data export of participation
 * status.
 */
public enum IatiActivityStatus {

	PIPELINE(1, "Pipeline/identification"),

	IMPLEMENTATION(2, "Implementation"),

	FINALISATION(3, "Finalisation"),

	CLOSED(4, "Closed"),

	CANCELLED(5, "Cancelled"),

	SUSPENDED(6, "Suspended");

	private final int code;

	private final String label;

	IatiActivityStatus(int code, String label) {
		this.code = code;
		this.label = label;
	}

	public int code() {
		return code;
	}

	public String label() {
		return label;
	}

}
