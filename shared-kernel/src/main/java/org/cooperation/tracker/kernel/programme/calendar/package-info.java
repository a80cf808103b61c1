/**
 * The Central Asian cultural calendar: each country submits its cultural events for an
 * edition year; the secretariat includes them in the calendar or returns them with a
 * reason; a country may correct a returned entry and resubmit it, or withdraw its own
 * entry.
 */
package org.cooperation.tracker.kernel.programme.calendar;
