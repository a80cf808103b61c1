package org.cooperation.tracker.access.mediatype;

import java.util.Map;

/**
 * One media type or range as a client wrote it, checked for syntax: type and subtype in
 * lower case, parameters by lower-case name with their values unquoted.
 */
public record MediaRange(String type, String subtype, Map<String, String> parameters) {

	static final String ANY = "*";

	/**
	 * A range rather than one type: {@code *}{@code /*}, {@code application/*},
	 * {@code application/*+json}.
	 */
	public boolean isRange() {
		return ANY.equals(type) || ANY.equals(subtype) || subtype.startsWith("*+");
	}

	/** The quality a client gives this range; 1 when it names none. */
	double quality() {
		String q = parameters.get("q");
		return (q != null) ? Double.parseDouble(q) : 1.0;
	}

	/**
	 * Whether this range covers the concrete type; {@code application/*+json} covers
	 * {@code application/ld+json}, not {@code application/json}.
	 */
	boolean covers(String concreteType, String concreteSubtype) {
		if (ANY.equals(type)) {
			return true;
		}
		if (!type.equals(concreteType)) {
			return false;
		}
		if (ANY.equals(subtype) || subtype.equals(concreteSubtype)) {
			return true;
		}
		return subtype.startsWith("*+") && concreteSubtype.endsWith(subtype.substring(1));
	}

	/** RFC 9110's precedence: a more specific range overrides a less specific one. */
	int specificity() {
		if (ANY.equals(type)) {
			return 0;
		}
		if (ANY.equals(subtype)) {
			return 1;
		}
		if (subtype.startsWith("*+")) {
			return 2;
		}
		return 3 + (int) parameters.keySet().stream().filter(name -> !"q".equals(name)).count();
	}

	@Override
	public String toString() {
		return type + "/" + subtype;
	}

}
