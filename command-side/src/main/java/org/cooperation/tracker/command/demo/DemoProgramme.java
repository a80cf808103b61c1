package org.cooperation.tracker.command.demo;

/**
 * One part of the demo story: the protocol with its initiatives, or one initiative kind's
 * programme records, loaded in the story's order.
 */
interface DemoProgramme {

	/**
	 * Sends this part's records.
	 * @param send sends one command as demo data and waits for it
	 */
	void load(DemoCommands send);

}
