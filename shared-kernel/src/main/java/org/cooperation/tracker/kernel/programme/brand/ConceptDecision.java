package org.cooperation.tracker.kernel.programme.brand;

/** A country's position on one version of the concept draft. */
public enum ConceptDecision {

	APPROVED, WITHHELD

}
