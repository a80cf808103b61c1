package org.cooperation.tracker.query.programme.marketplace.model;

import java.util.List;

import org.cooperation.tracker.query.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.QuerySideTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.Fixtures.RECORDED;
import static org.cooperation.tracker.query.Fixtures.later;
import static org.cooperation.tracker.query.Fixtures.liaison;
import static org.cooperation.tracker.query.Fixtures.sample;
import static org.cooperation.tracker.query.Fixtures.secretariat;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.JEWELLER;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.MARKETPLACE;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.contactErased;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.contactRecorded;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.delisted;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.listed;
import static org.cooperation.tracker.query.programme.ProgrammeFixtures.verified;

/** Every marketplace event against the real tables, delivered once and twice. */
class MarketplaceProjectionTest extends QuerySideTestBase {

	@Autowired
	private MarketplaceProjection projection;

	@Autowired
	private CreatorListingRowRepository listings;

	@Autowired
	private ListingStepRowRepository steps;

	@BeforeEach
	@AfterEach
	void empty() {
		superuser.execute("TRUNCATE rm_marketplace_listing, rm_marketplace_listing_step");
	}

	private CreatorListingRow jeweller() {
		return listings.findById(JEWELLER.value()).orElseThrow();
	}

	private List<ListingStepRow> history() {
		return steps.findByListingIdInOrderByAggregateSequenceAsc(List.of(JEWELLER.value()));
	}

	private void listJeweller(boolean contactOnFile) {
		project(() -> projection.on(
				listed(JEWELLER, Country.TJ, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe", contactOnFile), "e-1",
				Fixtures.recorded(0L, RECORDED, liaison(Country.TJ, "corr-list"))));
	}

	@Test
	void creatorListedStoresThePublicListingAndWhetherContactIsOnFile() {
		listJeweller(true);

		CreatorListingRow row = jeweller();
		assertThat(row.getInitiativeId()).isEqualTo(MARKETPLACE.value());
		assertThat(row.getCountry()).isEqualTo(Country.TJ);
		assertThat(row.getName()).isEqualTo("Sample Jeweller TJ-1");
		assertThat(row.getCraft()).isEqualTo(Craft.JEWELLER);
		assertThat(row.getCity()).isEqualTo("Dushanbe");
		assertThat(row.getDescription().ru()).isEqualTo("Изделия ручной работы");
		assertThat(row.getLinks()).containsExactly("https://example.org/sample-jeweller-tj-1");
		assertThat(row.getState()).isEqualTo(ListingState.LISTED);
		assertThat(row.isContactOnFile()).isTrue();
		assertThat(row.getListedAt()).isEqualTo(RECORDED);
		assertThat(row.getAggregateVersion()).isZero();
		assertThat(row.isSample()).isFalse();
		assertThat(history()).extracting(ListingStepRow::getStep).containsExactly(ListingStep.LISTED);
		assertThat(history().get(0).getRecordedBy().getActorCountry()).isEqualTo("TJ");
		assertThat(history().get(0).getRecordedBy().getCorrelationId()).isEqualTo("corr-list");
	}

	@Test
	void verificationAndDelistingAreRecordedWithTheirTimeAndReason() {
		listJeweller(false);
		project(() -> {
			projection.on(verified(JEWELLER, Country.TJ), "e-2", Fixtures.recorded(1L, later(1), secretariat()));
			projection.on(delisted(JEWELLER, Country.TJ, ListingState.VERIFIED), "e-3",
					Fixtures.recorded(2L, later(2), secretariat()));
		});
		CreatorListingRow row = jeweller();
		assertThat(row.getState()).isEqualTo(ListingState.DELISTED);
		assertThat(row.getAggregateVersion()).isEqualTo(2);
		assertThat(row.getVerifiedAt()).isEqualTo(later(1));
		assertThat(row.getDelistedAt()).isEqualTo(later(2));
		assertThat(row.getDelistReason()).isEqualTo("The studio closed");
		assertThat(history()).extracting(ListingStepRow::getStep)
			.containsExactly(ListingStep.LISTED, ListingStep.VERIFIED, ListingStep.DELISTED);
		assertThat(history().get(2).getReason()).isEqualTo("The studio closed");
		assertThat(history().get(1).getRecordedBy().getActorRole()).isEqualTo("SECRETARIAT");
	}

	@Test
	void contactRecordedAndErasedOnlyFlipTheFlagAndLeaveAStep() {
		listJeweller(false);
		project(() -> projection.on(contactRecorded(JEWELLER, Country.TJ), "e-2",
				Fixtures.recorded(1L, later(1), secretariat())));
		assertThat(jeweller().isContactOnFile()).isTrue();
		assertThat(jeweller().getAggregateVersion()).isEqualTo(1);

		project(() -> projection.on(contactErased(JEWELLER, Country.TJ), "e-3",
				Fixtures.recorded(2L, later(2), secretariat())));
		CreatorListingRow row = jeweller();
		assertThat(row.isContactOnFile()).isFalse();
		assertThat(row.getContactErasedAt()).isEqualTo(later(2));
		assertThat(row.getAggregateVersion()).isEqualTo(2);
		assertThat(history()).extracting(ListingStepRow::getStep)
			.containsExactly(ListingStep.LISTED, ListingStep.CONTACT_RECORDED, ListingStep.CONTACT_ERASED);
	}

	@Test
	void everyEventDeliveredTwiceIsAppliedOnce() {
		Runnable all = () -> {
			projection.on(listed(JEWELLER, Country.TJ, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe", true), "e-1",
					Fixtures.recorded(0L, RECORDED, secretariat()));
			projection.on(verified(JEWELLER, Country.TJ), "e-2", Fixtures.recorded(1L, later(1), secretariat()));
			projection.on(contactErased(JEWELLER, Country.TJ), "e-3", Fixtures.recorded(2L, later(2), secretariat()));
		};
		project(all);
		project(all);
		assertThat(jeweller().getState()).isEqualTo(ListingState.VERIFIED);
		assertThat(jeweller().isContactOnFile()).isFalse();
		assertThat(rows("rm_marketplace_listing")).isEqualTo(1);
		assertThat(rows("rm_marketplace_listing_step")).isEqualTo(3);

		// An older event delivered late does not undo the erasure.
		project(() -> projection.on(contactRecorded(JEWELLER, Country.TJ), "e-x",
				Fixtures.recorded(1L, later(1), secretariat())));
		assertThat(jeweller().isContactOnFile()).isFalse();
		assertThat(jeweller().getAggregateVersion()).isEqualTo(2);
	}

	@Test
	void aChangeToAnUnknownListingIsSkippedNotFailed() {
		project(() -> projection.on(verified(JEWELLER, Country.TJ), "e-2",
				Fixtures.recorded(1L, later(1), secretariat())));
		assertThat(listings.findById(JEWELLER.value())).isEmpty();
	}

	@Test
	void demoDataIsMarkedSample() {
		project(() -> projection.on(
				listed(JEWELLER, Country.TJ, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe", false), "e-1",
				Fixtures.recorded(0L, RECORDED, sample())));
		assertThat(jeweller().isSample()).isTrue();
		assertThat(history().get(0).getRecordedBy().isSample()).isTrue();
	}

	@Test
	void resetEmptiesBothTables() {
		listJeweller(true);
		project(projection::reset);
		assertThat(rows("rm_marketplace_listing")).isZero();
		assertThat(rows("rm_marketplace_listing_step")).isZero();
	}

}
