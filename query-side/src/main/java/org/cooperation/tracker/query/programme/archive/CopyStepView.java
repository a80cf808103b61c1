package org.cooperation.tracker.query.programme.archive;

import java.time.Instant;
import java.time.LocalDate;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;

/**
 * One step of a copy's exchange.
 *
 * @param state the state the step led to
 * @param country the country that took it
 * @param checksum the holder's SHA-256 (transfer, receipt, mismatch), else null
 * @param computedChecksum on a mismatch, the SHA-256 the receiver computed
 * @param medium on a transfer, how it travelled
 * @param attempt on a transfer, 1 for the first, 2 after one mismatch, ...
 * @param on the business date of a transfer or receipt
 * @param remark a note, or the reason of a withdrawal or refusal
 * @param recordedAt when it was recorded
 * @param actor who recorded it
 * @param actorRole their role
 * @param actorCountry the country they act for
 * @param correlationId the request that caused it
 * @param sample true for demo data
 */
public record CopyStepView(ArchiveCopyState state, Country country, String checksum, String computedChecksum,
		TransferMedium medium, Integer attempt, LocalDate on, String remark, Instant recordedAt, String actor,
		String actorRole, String actorCountry, String correlationId, boolean sample) {

}
