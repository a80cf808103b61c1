package org.cooperation.tracker.kernel.programme.brand;

/**
 * A member's role in the working group. The group has at most one CHAIR and at most one
 * SECRETARY at a time.
 */
public enum MemberRole {

	CHAIR, SECRETARY, MEMBER

}
