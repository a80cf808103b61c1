package org.cooperation.tracker.query.programme;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.programme.archive.model.ArchiveExchangeProjection;
import org.cooperation.tracker.query.programme.marketplace.model.MarketplaceProjection;

import org.springframework.beans.factory.annotation.Autowired;

import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.DESIGNER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.FELT_MAKER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.JEWELLER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.RESENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.SENT;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.WEAVER;

/**
 * The Tashkent story of {@link QuerySideTestBase} with the archive exchange's and the
 * marketplace's own records added.
 */
public abstract class ProgrammeRecordsTestBase extends QuerySideTestBase {

	@Autowired
	private ArchiveExchangeProjection archive;

	@Autowired
	private MarketplaceProjection marketplace;

	/**
	 * Archive exchange (KZ, UZ, AZ): KZ → UZ received after one mismatch, UZ → KZ
	 * requested (waits on UZ), KZ → AZ approved (waits on KZ to transfer), AZ → KZ
	 * declined. Marketplace (the five members): TJ jeweller verified with its contact
	 * erased, KG felt maker verified, KG weaver listed (sample), KZ designer delisted.
	 */
	protected void recordTheProgrammeStory() {
		recordTheTashkentStory();
		emptyProgrammeRecords();
		project(() -> {
			initiativesProjection.on(ProgrammeFixtures.marketplaceProposed(),
					Fixtures.recorded(0L, later(3), secretariat()));

			archive.on(ProgrammeFixtures.lettersOffered(), "a-1",
					Fixtures.recorded(0L, later(10), liaison(Country.KZ, "c-1")));
			archive.on(ProgrammeFixtures.lettersApproved(), "a-2",
					Fixtures.recorded(1L, later(11), liaison(Country.UZ, "c-2")));
			archive.on(ProgrammeFixtures.lettersTransferred(SENT, 1, LocalDate.of(2026, 1, 10)), "a-3",
					Fixtures.recorded(2L, later(12), liaison(Country.KZ, "c-3")));
			archive.on(ProgrammeFixtures.lettersMismatched(), "a-4",
					Fixtures.recorded(3L, later(13), liaison(Country.UZ, "c-4")));
			archive.on(ProgrammeFixtures.lettersTransferred(RESENT, 2, LocalDate.of(2026, 1, 20)), "a-5",
					Fixtures.recorded(4L, later(14), liaison(Country.KZ, "c-5")));
			archive.on(ProgrammeFixtures.lettersReceived(), "a-6",
					Fixtures.recorded(5L, later(15), liaison(Country.UZ, "c-6")));
			archive.on(ProgrammeFixtures.surveyRequested(), "a-7",
					Fixtures.recorded(0L, later(16), liaison(Country.KZ, "c-7")));
			archive.on(ProgrammeFixtures.poemsOffered(), "a-8",
					Fixtures.recorded(0L, later(17), liaison(Country.KZ, "c-8")));
			archive.on(ProgrammeFixtures.poemsApproved(), "a-9", Fixtures.recorded(1L, later(18), sample()));
			archive.on(ProgrammeFixtures.pressOffered(), "a-10",
					Fixtures.recorded(0L, later(19), liaison(Country.AZ, "c-10")));
			archive.on(ProgrammeFixtures.pressDeclined(), "a-11",
					Fixtures.recorded(1L, later(20), liaison(Country.KZ, "c-11")));

			marketplace.on(ProgrammeFixtures.listed(JEWELLER, Country.TJ, "Sample Jeweller TJ-1", Craft.JEWELLER,
					"Dushanbe", true), "m-1", Fixtures.recorded(0L, later(30), liaison(Country.TJ, "c-20")));
			marketplace.on(ProgrammeFixtures.verified(JEWELLER, Country.TJ), "m-2",
					Fixtures.recorded(1L, later(31), secretariat()));
			marketplace.on(ProgrammeFixtures.contactErased(JEWELLER, Country.TJ), "m-3",
					Fixtures.recorded(2L, later(32), secretariat()));
			marketplace.on(ProgrammeFixtures.listed(FELT_MAKER, Country.KG, "Sample Felt Maker KG-1", Craft.FELT_MAKER,
					"Bishkek", false), "m-4", Fixtures.recorded(0L, later(33), liaison(Country.KG, "c-21")));
			marketplace.on(ProgrammeFixtures.verified(FELT_MAKER, Country.KG), "m-5",
					Fixtures.recorded(1L, later(34), secretariat()));
			marketplace.on(
					ProgrammeFixtures.listed(WEAVER, Country.KG, "Sample Weaver KG-2", Craft.WEAVER, "Osh", false),
					"m-6", Fixtures.recorded(0L, later(35), sample()));
			marketplace.on(ProgrammeFixtures.listed(DESIGNER, Country.KZ, "Sample Designer KZ-1", Craft.DESIGNER,
					"Almaty", false), "m-7", Fixtures.recorded(0L, later(36), liaison(Country.KZ, "c-22")));
			marketplace.on(ProgrammeFixtures.delisted(DESIGNER, Country.KZ, ListingState.LISTED), "m-8",
					Fixtures.recorded(1L, later(37), secretariat()));
		});
	}

	@AfterEach
	void emptyProgrammeRecords() {
		superuser.execute("TRUNCATE rm_archive_copy, rm_archive_copy_step, rm_marketplace_listing, "
				+ "rm_marketplace_listing_step");
	}

	/** The fixed time the story recorded an event at, by its minute. */
	protected static String at(int minutes) {
		return later(minutes).toString();
	}

	/** The calendar initiative of the core story: of another kind than either record. */
	protected static String calendar() {
		return Fixtures.CALENDAR.toString();
	}

}
