/**
 * The cultural calendar's entries: one aggregate per submitted event, and its REST API.
 */
package org.cooperation.tracker.command.programme.calendar;
