package org.cooperation.tracker.query.programme.culturaltour.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;

/** One opened programme edition. */
@Entity
@Table(name = "rm_tour_programme")
@IdClass(TourProgrammeKey.class)
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TourProgrammeRow extends SequencedRecord {

	@Id
	private UUID initiativeId;

	@Id
	private int year;

	private Instant openedAt;

	TourProgrammeRow(UUID initiativeId, int year, Recorded recorded) {
		super(recorded);
		this.initiativeId = initiativeId;
		this.year = year;
		this.openedAt = recorded.at();
	}

}
