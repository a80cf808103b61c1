package org.cooperation.tracker.kernel.programme.culturaltour;

import org.axonframework.serialization.Revision;

/**
 * A Cultural Tour initiative's programme edition for a year was opened.
 *
 * @param programmeId the initiative and the year
 */
@Revision("1")
public record TourProgrammeOpened(TourProgrammeId programmeId) {

}
