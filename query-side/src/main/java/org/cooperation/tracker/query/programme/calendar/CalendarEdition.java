package org.cooperation.tracker.query.programme.calendar;

import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * One edition of the calendar across countries, filtered.
 *
 * @param initiativeId the cultural-calendar initiative
 * @param initiativeTitle its title
 * @param year the edition year
 * @param filter the filter applied
 * @param editions every edition year that has submissions, latest first
 * @param events the events, in order of their first day, then last day, then country
 */
public record CalendarEdition(UUID initiativeId, LocalizedText initiativeTitle, int year, CalendarFilter filter,
		List<Integer> editions, List<CalendarEventView> events) {

}
