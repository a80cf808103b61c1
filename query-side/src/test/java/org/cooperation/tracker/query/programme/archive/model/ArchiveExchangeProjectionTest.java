package org.cooperation.tracker.query.programme.archive.model;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.query.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.kernel.programme.archive.MaterialType;
import org.cooperation.tracker.kernel.programme.archive.TransferMedium;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.ARCHIVES;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DAMAGED;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.LETTERS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.PRESS;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.RESENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SURVEY;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.lettersApproved;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.lettersMismatched;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.lettersOffered;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.lettersReceived;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.lettersTransferred;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.pressDeclined;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.pressOffered;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.surveyRequested;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.surveyWithdrawn;

/** Every archive-exchange event against the real tables, delivered once and twice. */
class ArchiveExchangeProjectionTest extends QuerySideTestBase {

	static final LocalDate SENT_ON = LocalDate.of(2026, 1, 10);

	@Autowired
	private ArchiveExchangeProjection projection;

	@Autowired
	private ArchiveCopyRowRepository copies;

	@Autowired
	private ArchiveCopyStepRowRepository steps;

	@BeforeEach
	@AfterEach
	void empty() {
		superuser.execute("TRUNCATE rm_archive_copy, rm_archive_copy_step");
	}

	private ArchiveCopyRow letters() {
		return copies.findById(LETTERS.value()).orElseThrow();
	}

	private List<ArchiveCopyStepRow> stepsOf(UUID copyId) {
		return steps.findByCopyIdInOrderByAggregateSequenceAsc(List.of(copyId));
	}

	@Test
	void offerStartsTheCopyWithItsMaterialAndAFirstStep() {
		project(() -> projection.on(lettersOffered(), "e-1",
				Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "corr-offer"))));

		ArchiveCopyRow copy = letters();
		assertThat(copy.getInitiativeId()).isEqualTo(ARCHIVES.value());
		assertThat(copy.getHolder()).isEqualTo(Country.KZ);
		assertThat(copy.getReceiver()).isEqualTo(Country.UZ);
		assertThat(copy.getStartedAs()).isEqualTo(ArchiveCopyState.OFFERED);
		assertThat(copy.getState()).isEqualTo(ArchiveCopyState.OFFERED);
		assertThat(copy.getMaterialType()).isEqualTo(MaterialType.DOCUMENTARY);
		assertThat(copy.getTitle().en()).isEqualTo("Theatre letters");
		assertThat(copy.getReference()).isEqualTo("F. 5, inv. 1, file 12");
		assertThat(copy.getDescription().en()).isEqualTo("Sheets of theatre letters");
		assertThat(copy.getTransfers()).isZero();
		assertThat(copy.getAggregateVersion()).isZero();
		assertThat(copy.getStartedAt()).isEqualTo(RECORDED);
		assertThat(copy.isSample()).isFalse();
		ArchiveCopyStepRow step = stepsOf(LETTERS.value()).get(0);
		assertThat(step.getState()).isEqualTo(ArchiveCopyState.OFFERED);
		assertThat(step.getCountry()).isEqualTo(Country.KZ);
		assertThat(step.getRemark()).isEqualTo("For the museum");
		assertThat(step.getRecordedBy().getActor()).isEqualTo("liaison-kz");
		assertThat(step.getRecordedBy().getActorCountry()).isEqualTo("KZ");
		assertThat(step.getRecordedBy().getCorrelationId()).isEqualTo("corr-offer");
	}

	@Test
	void requestStartsTheCopyAsTheReceiversStep() {
		project(() -> projection.on(surveyRequested(), "e-1", Fixtures.recorded(0L, RECORDED, sample())));

		ArchiveCopyRow copy = copies.findById(SURVEY.value()).orElseThrow();
		assertThat(copy.getStartedAs()).isEqualTo(ArchiveCopyState.REQUESTED);
		assertThat(copy.getHolder()).isEqualTo(Country.UZ);
		assertThat(copy.isSample()).isTrue();
		assertThat(stepsOf(SURVEY.value()).get(0).getCountry()).as("the requesting receiver").isEqualTo(Country.KZ);
	}

	@Test
	void approvalTransferMismatchAndReceiptAreEachAStepOfTheLedger() {
		project(() -> {
			projection.on(lettersOffered(), "e-1", Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "c1")));
			projection.on(lettersApproved(), "e-2", Fixtures.recorded(1L, later(1), liaison(Country.UZ, "c2")));
			projection.on(lettersTransferred(SENT, 1, SENT_ON), "e-3",
					Fixtures.recorded(2L, later(2), liaison(Country.KZ, "c3")));
			projection.on(lettersMismatched(), "e-4", Fixtures.recorded(3L, later(3), liaison(Country.UZ, "c4")));
		});
		ArchiveCopyRow copy = letters();
		assertThat(copy.getState()).isEqualTo(ArchiveCopyState.CHECKSUM_MISMATCH);
		assertThat(copy.getAggregateVersion()).isEqualTo(3);
		assertThat(copy.getChecksum()).isEqualTo(SENT.hex());
		assertThat(copy.getMedium()).isEqualTo(TransferMedium.PHYSICAL_MEDIA);
		assertThat(copy.getSentOn()).isEqualTo(SENT_ON);
		assertThat(copy.getStateSince()).isEqualTo(later(3));
		assertThat(copy.getReceivedOn()).isNull();

		project(() -> {
			projection.on(lettersTransferred(RESENT, 2, SENT_ON.plusDays(10)), "e-5",
					Fixtures.recorded(4L, later(4), liaison(Country.KZ, "c5")));
			projection.on(lettersReceived(), "e-6", Fixtures.recorded(5L, later(5), liaison(Country.UZ, "c6")));
		});
		copy = letters();
		assertThat(copy.getState()).isEqualTo(ArchiveCopyState.RECEIVED);
		assertThat(copy.getAggregateVersion()).as("the sequence of its last event").isEqualTo(5);
		assertThat(copy.getChecksum()).isEqualTo(RESENT.hex());
		assertThat(copy.getTransfers()).isEqualTo(2);
		assertThat(copy.getReceivedOn()).isEqualTo(LocalDate.of(2026, 1, 21));

		List<ArchiveCopyStepRow> ledger = stepsOf(LETTERS.value());
		assertThat(ledger).extracting(ArchiveCopyStepRow::getState)
			.containsExactly(ArchiveCopyState.OFFERED, ArchiveCopyState.APPROVED, ArchiveCopyState.TRANSFERRED,
					ArchiveCopyState.CHECKSUM_MISMATCH, ArchiveCopyState.TRANSFERRED, ArchiveCopyState.RECEIVED);
		assertThat(ledger).extracting(ArchiveCopyStepRow::getCountry)
			.containsExactly(Country.KZ, Country.UZ, Country.KZ, Country.UZ, Country.KZ, Country.UZ);
		ArchiveCopyStepRow firstTransfer = ledger.get(2);
		assertThat(firstTransfer.getChecksum()).isEqualTo(SENT.hex());
		assertThat(firstTransfer.getAttempt()).isEqualTo(1);
		assertThat(firstTransfer.getOnDate()).isEqualTo(SENT_ON);
		ArchiveCopyStepRow mismatch = ledger.get(3);
		assertThat(mismatch.getChecksum()).isEqualTo(SENT.hex());
		assertThat(mismatch.getComputedChecksum()).isEqualTo(DAMAGED.hex());
		assertThat(mismatch.getRemark()).isEqualTo("The drive arrived cracked");
		assertThat(mismatch.getOnDate()).isEqualTo(LocalDate.of(2026, 1, 12));
		assertThat(ledger.get(4).getAttempt()).isEqualTo(2);
		assertThat(ledger.get(5).getChecksum()).isEqualTo(RESENT.hex());
		assertThat(ledger.get(5).getComputedChecksum()).isNull();
	}

	@Test
	void withdrawalAndRefusalKeepTheirReason() {
		project(() -> {
			projection.on(surveyRequested(), "e-1", Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "c1")));
			projection.on(surveyWithdrawn(), "e-2", Fixtures.recorded(1L, later(1), liaison(Country.KZ, "c2")));
			projection.on(pressOffered(), "e-3", Fixtures.recorded(0L, RECORDED, liaison(Country.AZ, "c3")));
			projection.on(pressDeclined(), "e-4", Fixtures.recorded(1L, later(2), liaison(Country.KZ, "c4")));
		});
		assertThat(copies.findById(SURVEY.value()).orElseThrow().getState()).isEqualTo(ArchiveCopyState.WITHDRAWN);
		assertThat(copies.findById(SURVEY.value()).orElseThrow().getAggregateVersion()).isEqualTo(1);
		assertThat(copies.findById(PRESS.value()).orElseThrow().getAggregateVersion()).isEqualTo(1);
		assertThat(stepsOf(SURVEY.value()).get(1).getRemark()).isEqualTo("Found at home");
		assertThat(copies.findById(PRESS.value()).orElseThrow().getState()).isEqualTo(ArchiveCopyState.DECLINED);
		assertThat(stepsOf(PRESS.value()).get(1).getCountry()).isEqualTo(Country.KZ);
		assertThat(stepsOf(PRESS.value()).get(1).getRemark()).isEqualTo("Held already");
	}

	@Test
	void everyEventDeliveredTwiceIsAppliedOnce() {
		Runnable all = () -> {
			projection.on(lettersOffered(), "e-1", Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "c1")));
			projection.on(lettersApproved(), "e-2", Fixtures.recorded(1L, later(1), liaison(Country.UZ, "c2")));
			projection.on(lettersTransferred(SENT, 1, SENT_ON), "e-3",
					Fixtures.recorded(2L, later(2), liaison(Country.KZ, "c3")));
			projection.on(lettersMismatched(), "e-4", Fixtures.recorded(3L, later(3), liaison(Country.UZ, "c4")));
		};
		project(all);
		project(all);
		assertThat(letters().getState()).isEqualTo(ArchiveCopyState.CHECKSUM_MISMATCH);
		assertThat(letters().getTransfers()).isEqualTo(1);
		assertThat(rows("rm_archive_copy_step")).isEqualTo(4);

		// An old event arriving after a newer one changes nothing either.
		project(() -> projection.on(lettersApproved(), "e-2",
				Fixtures.recorded(1L, later(1), liaison(Country.UZ, "c2"))));
		assertThat(letters().getState()).isEqualTo(ArchiveCopyState.CHECKSUM_MISMATCH);
		assertThat(letters().getStateSince()).isEqualTo(later(3));
		assertThat(letters().getAggregateVersion()).isEqualTo(3);
	}

	@Test
	void aStepOfAnUnknownCopyIsSkippedNotFailed() {
		project(() -> projection.on(lettersApproved(), "e-2",
				Fixtures.recorded(1L, later(1), liaison(Country.UZ, "c2"))));
		assertThat(copies.findById(LETTERS.value())).isEmpty();
	}

	@Test
	void aSampleStepMarksTheCopyAsSample() {
		project(() -> {
			projection.on(lettersOffered(), "e-1", Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "c1")));
			projection.on(lettersApproved(), "e-2", Fixtures.recorded(1L, later(1), sample()));
		});
		assertThat(letters().isSample()).isTrue();
		assertThat(stepsOf(LETTERS.value())).extracting((step) -> step.getRecordedBy().isSample())
			.containsExactly(false, true);
	}

	@Test
	void resetEmptiesBothTables() {
		project(() -> {
			projection.on(lettersOffered(), "e-1", Fixtures.recorded(0L, RECORDED, liaison(Country.KZ, "c1")));
			projection.on(lettersApproved(), "e-2", Fixtures.recorded(1L, later(1), liaison(Country.UZ, "c2")));
		});
		project(projection::reset);
		assertThat(rows("rm_archive_copy")).isZero();
		assertThat(rows("rm_archive_copy_step")).isZero();
	}

}
