package org.cooperation.tracker.query.protocol;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A protocol with its parties and directions.
 *
 * @param protocolId the protocol
 * @param number its number, or null when not known (never invented)
 * @param meetingDate the day of the meeting
 * @param place where it was held
 * @param meetingTitle the meeting's title
 * @param parties the party list, in the protocol's order
 * @param directions the directions agreed, in the order agreed
 * @param recordedAt when the protocol was recorded
 * @param sample true when it is demo data
 */
public record ProtocolView(UUID protocolId, String number, LocalDate meetingDate, String place,
		LocalizedText meetingTitle, List<PartyView> parties, List<DirectionSummary> directions, Instant recordedAt,
		boolean sample) {

}
