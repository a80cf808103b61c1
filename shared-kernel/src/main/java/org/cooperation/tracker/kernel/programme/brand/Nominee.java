package org.cooperation.tracker.kernel.programme.brand;

import org.cooperation.tracker.kernel.common.Checks;

/**
 * A person nominated to the working group.
 *
 * @param name the person's name
 * @param position their position at home (e.g. head of department, ministry of culture)
 */
public record Nominee(String name, String position) {

	public Nominee {
		name = Checks.requiredLine(name, "name");
		position = Checks.requiredLine(position, "position");
	}

}
