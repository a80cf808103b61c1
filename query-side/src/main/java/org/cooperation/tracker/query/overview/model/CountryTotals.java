package org.cooperation.tracker.query.overview.model;

import java.time.Instant;

import org.cooperation.tracker.kernel.country.Country;

/**
 * One country's participations.
 *
 * @param country the country
 * @param participations its participations not declined
 * @param averagePercent the average of their latest reported percent, none counting as 0,
 * or null when there are none
 * @param reported how many of them have a progress report
 * @param sample how many of them show demo data
 * @param lastRecordedAt when the country's last change was recorded
 */
public record CountryTotals(Country country, long participations, Double averagePercent, long reported, long sample,
		Instant lastRecordedAt) {

}
