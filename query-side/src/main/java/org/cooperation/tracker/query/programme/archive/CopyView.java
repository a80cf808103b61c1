package org.cooperation.tracker.query.programme.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyStep;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;

/**
 * One exchanged copy with its history.
 *
 * @param copyId the copy
 * @param initiativeId its initiative
 * @param holder the country whose archive holds the original
 * @param receiver the country receiving the copy
 * @param startedAs OFFERED by the holder or REQUESTED by the receiver
 * @param materialType scientific, documentary or literary
 * @param title the material's title
 * @param reference its shelf mark
 * @param description what it contains, or null
 * @param state where it stands
 * @param waitingOn the country whose move it is, or null once the exchange is over
 * @param nextStep what that country does next, or null
 * @param checksum the SHA-256 of the latest transfer, or null
 * @param medium how the latest transfer travelled, or null
 * @param transfers how many times it was sent
 * @param sentOn the day of the latest transfer
 * @param receivedOn the day it was confirmed received intact
 * @param startedAt when the offer or request was recorded
 * @param stateSince when the current state was recorded
 * @param sample true when any of its steps is demo data
 * @param steps every step, oldest first
 * @param version the copy's version (its ETag, which a form sends back as If-Match)
 */
public record CopyView(UUID copyId, UUID initiativeId, Country holder, Country receiver, ArchiveCopyState startedAs,
		MaterialType materialType, LocalizedText title, String reference, LocalizedText description,
		ArchiveCopyState state, Country waitingOn, ArchiveCopyStep nextStep, String checksum, TransferMedium medium,
		int transfers, LocalDate sentOn, LocalDate receivedOn, Instant startedAt, Instant stateSince, boolean sample,
		List<CopyStepView> steps, long version) {

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

}
