package org.cooperation.tracker.command.concurrency;

/**
 * What must be done before a command that lost a race on its record runs a second time in
 * the same request (RetriedOnLostRace): the lost append left the request's transaction
 * aborted, so whatever holds one begins it afresh.
 */
public interface SecondAttempt {

	void prepare();

}
