package org.cooperation.tracker.query.programme.archive.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.ArchiveMaterial;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/**
 * One exchanged copy as it stands. Each change remembers the aggregate sequence of the
 * event that made it, so a redelivered event never applies twice.
 */
@Entity
@Table(name = "rm_archive_copy")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ArchiveCopyRow extends SequencedRecord {

	@Id
	private UUID copyId;

	private UUID initiativeId;

	@Enumerated(EnumType.STRING)
	private Country holder;

	@Enumerated(EnumType.STRING)
	private Country receiver;

	@Enumerated(EnumType.STRING)
	private ArchiveCopyState startedAs;

	@Enumerated(EnumType.STRING)
	private MaterialType materialType;

	@Embedded
	private TextColumns title;

	private String reference;

	@Embedded
	private TextColumns description;

	@Enumerated(EnumType.STRING)
	private ArchiveCopyState state;

	/** The SHA-256 of the latest transfer, or null before the first. */
	private String checksum;

	@Enumerated(EnumType.STRING)
	private TransferMedium medium;

	private int transfers;

	private LocalDate sentOn;

	private LocalDate receivedOn;

	private Instant startedAt;

	private Instant stateSince;

	private ArchiveCopyRow(Recorded first) {
		super(first);
	}

	static ArchiveCopyRow started(UUID copyId, UUID initiativeId, Country holder, Country receiver,
			ArchiveCopyState startedAs, ArchiveMaterial material, Recorded recorded) {
		ArchiveCopyRow row = new ArchiveCopyRow(recorded);
		row.copyId = copyId;
		row.initiativeId = initiativeId;
		row.holder = holder;
		row.receiver = receiver;
		row.startedAs = startedAs;
		if (material != null) {
			row.materialType = material.type();
			row.title = TextColumns.of(material.title());
			row.reference = material.reference();
			row.description = TextColumns.of(material.description());
		}
		row.state = startedAs;
		row.startedAt = recorded.at();
		row.stateSince = recorded.at();
		return row;
	}

	/**
	 * Takes the step a later event recorded, with the transfer or receipt it states;
	 * false, changing nothing, for an event applied already.
	 */
	boolean took(ArchiveCopyStepRow step, Recorded recorded) {
		if (!advance(recorded)) {
			return false;
		}
		state = step.getState();
		stateSince = recorded.at();
		if (state == ArchiveCopyState.TRANSFERRED) {
			checksum = step.getChecksum();
			medium = step.getMedium();
			sentOn = step.getOnDate();
			transfers = step.getAttempt();
		}
		else if (state == ArchiveCopyState.RECEIVED) {
			receivedOn = step.getOnDate();
		}
		return true;
	}

	public LocalizedText getTitle() {
		return TextColumns.toText(title);
	}

	/** The description, or null when none was given. */
	public LocalizedText getDescription() {
		return TextColumns.toText(description);
	}

}
