/**
 * Who may send which command: the address rules per role, the caller each aggregate
 * checks against the records it holds, and the built-in user accounts.
 */
package org.cooperation.tracker.command.access;
