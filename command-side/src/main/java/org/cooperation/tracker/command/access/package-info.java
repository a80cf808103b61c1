/**
 * Who may send which command: the address rules per role, the caller each aggregate
 * checks against the records it holds, and the admins' API for the built-in user accounts
 * (which the accounts module keeps).
 */
package org.cooperation.tracker.command.access;
