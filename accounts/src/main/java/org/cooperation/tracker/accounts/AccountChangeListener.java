package org.cooperation.tracker.accounts;

/**
 * Whatever remembers something about an account (a checked password, a signed-in session)
 * and must forget it the moment the account changes, in whichever application the change
 * was made. Beans of this type are told by {@link AccountChangeNotifications}.
 */
public interface AccountChangeListener {

	/** That account's password, enabled flag, role or country may have changed. */
	void accountChanged(String username);

	/**
	 * Any account may have changed unseen (the listening connection was lost, so
	 * announcements may have been missed).
	 */
	void anyAccountMayHaveChanged();

}
