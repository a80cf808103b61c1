/**
 * No wait inside a request is unbounded: how long a command may wait for what it shares
 * with other requests (its record's lock, the event store's append lock), and how a
 * request that waited in vain is told apart from a lost database.
 */
package org.cooperation.tracker.command.waits;
