/**
 * The cultural calendar's submissions: one aggregate per submitted event, and its REST
 * API.
 */
package org.cooperation.tracker.command.programme.calendar;
