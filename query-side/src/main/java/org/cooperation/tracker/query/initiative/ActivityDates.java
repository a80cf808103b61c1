package org.cooperation.tracker.query.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.cooperation.tracker.kernel.initiative.IatiActivityStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.query.history.model.HistoryEntryRow;

/**
 * An initiative's start and end for IATI, from the effective days of its participants'
 * status changes:
 * <ul>
 * <li>it started on the earliest day any country agreed, began preparing, implementing or
 * completed (a completion proves a start, so the start never follows the end);</li>
 * <li>it ended, once every country taking part completed (IATI status closed), on the
 * latest completion;</li>
 * <li>a day still ahead is a plan: IATI's rules forbid actual dates in the future, so it
 * is reported as the planned start or end;</li>
 * <li>before any country has agreed there is no start, but IATI requires one: the meeting
 * whose protocol put the initiative forward is the planned start, the one day the tracker
 * knows for it.</li>
 * </ul>
 */
public final class ActivityDates {

	private static final Set<ParticipationStatus> STARTED = EnumSet.of(ParticipationStatus.AGREED,
			ParticipationStatus.PREPARING, ParticipationStatus.IMPLEMENTING, ParticipationStatus.COMPLETED);

	private ActivityDates() {
	}

	/**
	 * @param statusChanges the initiative's status-change entries, in any order
	 * @param overall the initiative's overall status ({@link OverallActivityStatus})
	 * @param putForwardOn the day of the meeting that put the initiative forward
	 * @param today the day the file is written
	 */
	public static List<ActivityDate> of(Collection<HistoryEntryRow> statusChanges, IatiActivityStatus overall,
			LocalDate putForwardOn, LocalDate today) {
		List<ActivityDate> dates = new ArrayList<>(2);
		LocalDate start = statusChanges.stream()
			.filter((entry) -> STARTED.contains(entry.getToStatus()))
			.map(HistoryEntryRow::getEffectiveOn)
			.filter(Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (start == null) {
			dates.add(new ActivityDate(ActivityDate.Type.PLANNED_START, putForwardOn));
		}
		else {
			dates.add(new ActivityDate(
					start.isAfter(today) ? ActivityDate.Type.PLANNED_START : ActivityDate.Type.ACTUAL_START, start));
		}
		if (overall == IatiActivityStatus.CLOSED) {
			statusChanges.stream()
				.filter((entry) -> entry.getToStatus() == ParticipationStatus.COMPLETED)
				.map(HistoryEntryRow::getEffectiveOn)
				.filter(Objects::nonNull)
				.max(LocalDate::compareTo)
				.ifPresent((end) -> dates.add(new ActivityDate(
						end.isAfter(today) ? ActivityDate.Type.PLANNED_END : ActivityDate.Type.ACTUAL_END, end)));
		}
		return dates;
	}

}
