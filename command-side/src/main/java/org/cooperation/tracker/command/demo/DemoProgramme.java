package org.cooperation.tracker.command.demo;

/**
 * One initiative kind's share of the demo data: its programme records, loaded after the
 * protocol and the five initiatives exist. Everything it sends is marked as sample.
 */
public interface DemoProgramme {

	/**
	 * Sends this kind's sample records.
	 * @param send sends one command as sample demo data and waits for it
	 */
	void load(DemoCommands send);

}
