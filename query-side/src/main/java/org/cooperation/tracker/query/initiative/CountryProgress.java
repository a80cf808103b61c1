package org.cooperation.tracker.query.initiative;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;

/**
 * A country's progress reports across initiatives: the figures over time and the latest
 * reports.
 *
 * @param country the reporting country
 * @param series per initiative it reported on, in the order the initiatives were
 * proposed, the percent on each day a report describes
 * @param latest the reports most recently recorded, newest first
 * @param reports how many reports the country has filed in all
 */
public record CountryProgress(Country country, List<Series> series, List<Report> latest, int reports) {

	/**
	 * One initiative's figures over time.
	 *
	 * @param initiativeId the initiative
	 * @param title its title
	 * @param points one per day described, oldest first
	 */
	public record Series(UUID initiativeId, LocalizedText title, List<Point> points) {

		/** True when any figure of the series is demo data. */
		public boolean sample() {
			return points.stream().anyMatch(Point::sample);
		}

	}

	/**
	 * The percent that stands for one day: of several reports on the same day, the one
	 * filed last (a correction).
	 *
	 * @param asOf the day described
	 * @param percent how far the country had got
	 * @param sample true when the report is demo data
	 */
	public record Point(LocalDate asOf, int percent, boolean sample) {
	}

	/**
	 * One filed progress report.
	 *
	 * @param reportId the report, or null for a report recorded without one
	 * @param initiativeId the initiative
	 * @param title the initiative's title
	 * @param percent how far the country had got
	 * @param asOf the day the figure describes
	 * @param note what was done, or null
	 * @param evidence links that back it
	 * @param recordedAt when it was recorded
	 * @param actor who filed it, or null
	 * @param actorRole the actor's role, or null
	 * @param actorCountry the country the actor acts for, or null
	 * @param sample true when it is demo data
	 */
	public record Report(UUID reportId, UUID initiativeId, LocalizedText title, int percent, LocalDate asOf,
			String note, List<String> evidence, Instant recordedAt, String actor, String actorRole, String actorCountry,
			boolean sample) {
	}

}
