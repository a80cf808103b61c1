package org.cooperation.tracker.command.programme.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.command.access.Access;
import org.cooperation.tracker.command.concurrency.CreatesRecord;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.web.Requests;
import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;
import org.cooperation.tracker.kernel.programme.marketplace.DelistCreator;
import org.cooperation.tracker.kernel.programme.marketplace.EraseCreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.ListCreator;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.kernel.programme.marketplace.RecordCreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.VerifyCreatorListing;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A liaison lists their country's creators; the secretariat verifies or delists them.
 * Contact details are personal data: they are accepted here, kept in a table of their own
 * and served only by the contact endpoint of this side, never by the query side.
 */
@RestController
@RequestMapping("/api/initiatives/{initiativeId}/marketplace/listings")
@Tag(name = "Creative-industries marketplace")
@RequiredArgsConstructor
class MarketplaceController {

	private final CommandGateway commands;

	private final CreatorContacts contacts;

	private final ListingCountries listingCountries;

	@CreatesRecord
	@PostMapping
	@Operation(operationId = "listCreator", summary = "A liaison lists one of their country's creators",
			description = "contact (email and/or phone) is optional personal data: it is stored apart from the "
					+ "events and can be erased; the listing's events only say whether contact details are on file.")
	ResponseEntity<ListingRecorded> list(@PathVariable UUID initiativeId, @RequestBody ListingRequest body) {
		Country country = Requests.country(body.country(), "country");
		if (body.links() != null && body.links().size() > ListCreator.MAX_LINKS) {
			throw new InvalidValueException("at most " + ListCreator.MAX_LINKS + " links, not " + body.links().size());
		}
		CreatorListingId listingId = CreatorListingId.random();
		CreatorContact contact = (body.contact() != null) ? body.contact().toContact() : null;
		commands.sendAndWait(new ListCreator(listingId, new InitiativeId(initiativeId), country, body.name(),
				body.craft(), body.city(), body.description(), Requests.evidence(body.links()), contact));
		return Requests.created("/api/initiatives/" + initiativeId + "/marketplace/listings/" + listingId,
				new ListingRecorded(listingId.value(), initiativeId, country, ListingState.LISTED, contact != null));
	}

	@PostMapping("/{listingId}/verify")
	@Operation(operationId = "verifyListing", summary = "The secretariat verifies a listing")
	ListingStateChanged verify(@PathVariable UUID initiativeId, @PathVariable UUID listingId) {
		return move(initiativeId, listingId, VerifyCreatorListing::new);
	}

	@PostMapping("/{listingId}/delist")
	@Operation(operationId = "delistListing", summary = "Takes a listing off the marketplace, with a reason")
	ListingStateChanged delist(@PathVariable UUID initiativeId, @PathVariable UUID listingId,
			@RequestBody DelistRequest body) {
		return move(initiativeId, listingId,
				(listing, initiative) -> new DelistCreator(listing, initiative, body.reason()));
	}

	/** Verifying and delisting alike answer the listing's new state. */
	private ListingStateChanged move(UUID initiativeId, UUID listingId,
			BiFunction<CreatorListingId, InitiativeId, Object> command) {
		ListingState state = commands
			.sendAndWait(command.apply(new CreatorListingId(listingId), new InitiativeId(initiativeId)));
		return new ListingStateChanged(listingId, initiativeId, state);
	}

	@PutMapping("/{listingId}/contact")
	@Operation(operationId = "recordCreatorContact",
			summary = "Puts a creator's contact details on file, replacing any there (personal data)")
	ContactOnFile recordContact(@PathVariable UUID initiativeId, @PathVariable UUID listingId,
			@RequestBody ContactRequest body) {
		commands.sendAndWait(new RecordCreatorContact(new CreatorListingId(listingId), new InitiativeId(initiativeId),
				body.toContact()));
		return new ContactOnFile(listingId, initiativeId, true);
	}

	/**
	 * Personal data, so not for every reader: only the secretariat and the liaison of the
	 * listing's country, as the listing records it, see it.
	 */
	@GetMapping("/{listingId}/contact")
	@Operation(operationId = "readCreatorContact",
			summary = "A creator's contact details (personal data; never cached, never on the query side)",
			description = "Only the secretariat and the liaison of the listing's country may read them.")
	ResponseEntity<ContactView> contact(@PathVariable UUID initiativeId, @PathVariable UUID listingId) {
		Country country = listingCountries.of(new CreatorListingId(listingId), new InitiativeId(initiativeId))
			.orElseThrow(() -> noContact(listingId));
		Access.secretariatOrLiaisonOf(Objects.requireNonNullElse(Callers.current(), Access.NOBODY), country,
				"read the contact details of " + country.nameEn() + "'s creators");
		CreatorContacts.OnFile onFile = contacts.find(new CreatorListingId(listingId))
			.filter((found) -> found.initiativeId().value().equals(initiativeId))
			.orElseThrow(() -> noContact(listingId));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new ContactView(listingId, initiativeId, onFile.contact().email(), onFile.contact().phone(),
					onFile.recordedAt()));
	}

	@DeleteMapping("/{listingId}/contact")
	@Operation(operationId = "eraseCreatorContact",
			summary = "Erases a creator's contact details for good, on their request",
			description = "The listing and its events stay; a CreatorContactErased event, which holds no personal "
					+ "data, records that the erasure happened.")
	ResponseEntity<Void> eraseContact(@PathVariable UUID initiativeId, @PathVariable UUID listingId) {
		commands.sendAndWait(new EraseCreatorContact(new CreatorListingId(listingId), new InitiativeId(initiativeId)));
		return ResponseEntity.noContent().build();
	}

	private static RecordNotFound noContact(UUID listingId) {
		return new RecordNotFound("no contact details are on file for listing " + listingId
				+ " of this initiative: none were given, or they were erased");
	}

	/**
	 * @param country the creator's country (alpha-2); the liaison lists for it
	 * @param name the creator's or workshop's public name
	 * @param craft what they do
	 * @param city where they work
	 * @param description what they make, in kk, ru and/or en; optional
	 * @param links public pages (portfolio, shop), absolute http(s) addresses, at most 10
	 * @param contact email and/or phone; optional personal data, never in an event
	 */
	record ListingRequest(
			@Schema(requiredMode = REQUIRED, description = Country.CODE_DESCRIPTION, pattern = Country.CODE_PATTERN,
					example = "KZ") String country,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH,
					example = "Шеберхана «Ою»") String name,
			@Schema(requiredMode = REQUIRED) Craft craft,
			@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_LINE_LENGTH, example = "Шымкент") String city,
			LocalizedText description,
			@ArraySchema(maxItems = ListCreator.MAX_LINKS, schema = @Schema(maxLength = EvidenceLink.MAX_LENGTH,
					format = "uri", example = "https://example.org/portfolio")) List<String> links,
			ContactRequest contact) {
	}

	/**
	 * @param email an e-mail address
	 * @param phone a telephone number
	 */
	@Schema(description = "An email, a phone number or both")
	record ContactRequest(
			@Schema(maxLength = CreatorContact.MAX_EMAIL_LENGTH, example = "workshop@example.org") String email,
			@Schema(maxLength = CreatorContact.MAX_PHONE_LENGTH, example = "+7 701 000 00 00") String phone) {

		CreatorContact toContact() {
			return new CreatorContact(email, phone);
		}

		@Override
		public String toString() {
			return toContact().toString();
		}

	}

	/**
	 * @param reason why, required
	 */
	record DelistRequest(@Schema(requiredMode = REQUIRED, maxLength = Checks.MAX_TEXT_LENGTH,
			example = "Мастерская закрылась") String reason) {
	}

	record ListingRecorded(UUID listingId, UUID initiativeId, Country country, ListingState state,
			boolean contactOnFile) {
	}

	record ListingStateChanged(UUID listingId, UUID initiativeId, ListingState state) {
	}

	record ContactOnFile(UUID listingId, UUID initiativeId, boolean contactOnFile) {
	}

	record ContactView(UUID listingId, UUID initiativeId, String email, String phone, Instant recordedAt) {
	}

}
