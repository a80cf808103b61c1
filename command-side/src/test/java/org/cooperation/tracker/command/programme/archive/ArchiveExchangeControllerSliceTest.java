package org.cooperation.tracker.command.programme.archive;

import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.web.CommandApiSlice;
import org.cooperation.tracker.command.web.CommandApiSliceTest;
import org.cooperation.tracker.kernel.programme.archive.OfferArchiveCopy;

/**
 * {@link ArchiveExchangeController} in a slice: the checks of {@link CommandApiSliceTest}
 * on its writes, and its own answers and refusals that need no aggregate.
 */
@CommandApiSlice(ArchiveExchangeController.class)
class ArchiveExchangeControllerSliceTest extends CommandApiSliceTest {

	static final String EXCHANGE = "/api/initiatives/3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a090/archive-exchange";

	static final String OFFER = """
			{"holder":"KZ","receiver":"KG","materialType":"LITERARY","title":{"en":"Letters"},"reference":"F. 12"}""";

	@Test
	void offeringACopyAnswers201WithItsLocation() {
		expectCreated(json("POST", EXCHANGE + "/offers", "liaison-kz", OFFER), EXCHANGE + "/copies/", "copyId",
				OfferArchiveCopy.class);
	}

	@Test
	void aBadMaterialTypeAMissingCountryAndABadChecksumAreRefusedAs400() {
		expectProblem(json("POST", EXCHANGE + "/offers", "liaison-kz", OFFER.replace("LITERARY", "POETIC")), 400, null,
				"'POETIC' is not one of");
		String copy = EXCHANGE + "/copies/0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9";
		expectProblem(json("POST", copy + "/approve", "liaison-kg", "{}"), 400, "Invalid request",
				"country is required");
		expectProblem(json("POST", copy + "/transfer", "liaison-kz", "{\"country\":\"KZ\",\"checksum\":\"abc\"}"), 400,
				"Invalid request", "");
	}

}
