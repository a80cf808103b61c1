package org.cooperation.tracker.query.overview.model;

import java.util.UUID;

import org.cooperation.tracker.kernel.initiative.ParticipationStatus;

/**
 * One participant's status on an initiative.
 *
 * @param initiativeId the initiative
 * @param sample true when the initiative was proposed in demo data or demo data set this
 * status
 * @param status the participant's status, or null for an initiative without participants
 */
public record ParticipantStatus(UUID initiativeId, boolean sample, ParticipationStatus status) {

}
