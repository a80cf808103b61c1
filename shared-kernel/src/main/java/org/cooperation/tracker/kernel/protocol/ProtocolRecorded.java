package org.cooperation.tracker.kernel.protocol;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

import org.cooperation.tracker.kernel.common.LocalizedText;

/**
 * A protocol was recorded. Its directions follow as {@link DirectionAgreed} events.
 *
 * @param protocolId the protocol
 * @param number its number, or null when not known
 * @param meetingDate the day of the meeting
 * @param place where it was held
 * @param meetingTitle the meeting's title
 * @param parties the party list with each country's role
 */
@Revision("1")
public record ProtocolRecorded(ProtocolId protocolId, String number, LocalDate meetingDate, String place,
		LocalizedText meetingTitle, List<Party> parties) {

}
