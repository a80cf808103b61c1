/**
 * Who may act: the roles of the tracker's users and the caller every command and event
 * names.
 */
package org.cooperation.tracker.kernel.access;
