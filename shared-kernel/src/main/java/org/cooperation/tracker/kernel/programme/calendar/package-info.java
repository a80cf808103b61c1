/**
 * The Central Asian cultural calendar: each participating country submits its cultural
 * events for an edition year; the secretariat includes a submission in the calendar or
 * returns it with a reason; a country corrects and resubmits its returned submission, or
 * withdraws its own.
 */
package org.cooperation.tracker.kernel.programme.calendar;
