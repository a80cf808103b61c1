package org.cooperation.tracker.command.demo;

import java.util.List;
import java.util.Locale;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.DelistCreator;
import org.cooperation.tracker.kernel.programme.marketplace.EraseCreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;
import org.cooperation.tracker.kernel.programme.marketplace.VerifyCreatorListing;

/**
 * Sample listings on the demo marketplace initiative: obviously fictional names ("Sample
 * Jeweller TJ-1"), example.org links, and contact details only of the form
 * sample-...@example.org. One sample listing is delisted and its contact details erased,
 * so the dashboard shows what an erasure leaves behind. Ids are fixed.
 */
class MarketplaceDemo implements DemoProgramme {

	private static final InitiativeId MARKETPLACE = DemoCommands.MARKETPLACE;

	@Override
	public void load(DemoCommands send) {
		verify(send, list(send, 1, Country.TJ, "Sample Jeweller TJ-1", Craft.JEWELLER, "Dushanbe",
				"Silver jewellery with enamel", true));
		verify(send, list(send, 2, Country.KG, "Sample Felt Maker KG-1", Craft.FELT_MAKER, "Bishkek",
				"Felt carpets and wall hangings", true));
		list(send, 3, Country.KG, "Sample Weaver KG-2", Craft.WEAVER, "Osh", "Hand-woven woollen textiles", false);
		verify(send, list(send, 4, Country.KZ, "Sample Designer KZ-1", Craft.DESIGNER, "Almaty",
				"Clothing with ornament motifs", false));
		verify(send, list(send, 5, Country.UZ, "Sample Ceramicist UZ-1", Craft.CERAMICIST, "Rishtan", "Glazed ceramics",
				false));
		list(send, 6, Country.UZ, "Sample Embroiderer UZ-2", Craft.EMBROIDERER, "Bukhara", "Gold embroidery", false);
		CreatorListingId carver = list(send, 7, Country.KZ, "Sample Woodcarver KZ-2", Craft.WOODCARVER, "Shymkent",
				"Carved wooden chests", true);
		send.sample(new DelistCreator(carver, MARKETPLACE, DemoCommands.SAMPLE_NOTE + " The workshop closed."));
		send.sample(new EraseCreatorContact(carver, MARKETPLACE));
	}

	private static CreatorListingId list(DemoCommands send, int n, Country country, String name, Craft craft,
			String city, String makes, boolean withContact) {
		CreatorListingId id = listing(n);
		String slug = name.toLowerCase(Locale.ROOT).replace(' ', '-');
		CreatorContact contact = withContact ? new CreatorContact(slug + "@example.org", null) : null;
		send.sample(new ListCreator(id, MARKETPLACE, country, name, craft, city,
				LocalizedText.english(makes + ". " + DemoCommands.SAMPLE_NOTE),
				List.of(EvidenceLink.of("https://example.org/" + slug)), contact));
		return id;
	}

	private static void verify(DemoCommands send, CreatorListingId listing) {
		send.sample(new VerifyCreatorListing(listing, MARKETPLACE));
	}

	static CreatorListingId listing(int n) {
		return new CreatorListingId(DemoCommands.fixedId("00000000b0" + String.format("%02d", n)));
	}

}
