package org.cooperation.tracker.query.matrix;

import java.util.List;

import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;

import java.time.Instant;
import java.time.LocalDate;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * Where one country stands on one initiative.
 *
 * @param status its participation status
 * @param iatiCode the IATI ActivityStatus code of that status
 * @param iatiLabel the IATI ActivityStatus name
 * @param percent the latest reported percent, or null before any report
 * @param statusEffectiveOn the day the status took effect, or null when unknown
 * @param lastRecordedAt when anything was last recorded for this participation
 * @param sample true when the status or percent shown is demo data
 * @param figures what the initiative's own records count for this country (e.g. events
 * included in the calendar), possibly none
 */
public record StatusCell(ParticipationStatus status, int iatiCode, String iatiLabel, Integer percent,
		LocalDate statusEffectiveOn, Instant lastRecordedAt, boolean sample, List<ProgrammeFigure> figures) {

}
