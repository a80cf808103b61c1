package org.cooperation.tracker.query.programme.marketplace.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.marketplace.Craft;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListed;
import org.cooperation.tracker.kernel.programme.marketplace.ListingState;
import org.cooperation.tracker.query.common.Recorded;
import org.cooperation.tracker.query.common.SequencedRecord;
import org.cooperation.tracker.query.common.TextColumns;

/**
 * One creator's listing as it stands, without contact details (the events carry none).
 * Each change remembers the aggregate sequence of the event that made it, so a
 * redelivered event never applies twice.
 */
@Entity
@Table(name = "rm_marketplace_listing")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CreatorListingRow extends SequencedRecord {

	@Id
	private UUID listingId;

	private UUID initiativeId;

	@Enumerated(EnumType.STRING)
	private Country country;

	private String name;

	@Enumerated(EnumType.STRING)
	private Craft craft;

	private String city;

	@Embedded
	private TextColumns description;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(columnDefinition = "jsonb")
	private List<String> links;

	@Enumerated(EnumType.STRING)
	private ListingState state;

	/** Whether the command side keeps contact details for this listing. */
	private boolean contactOnFile;

	/** When contact details were last erased, or null. */
	private Instant contactErasedAt;

	private Instant listedAt;

	private Instant verifiedAt;

	private Instant delistedAt;

	private String delistReason;

	private CreatorListingRow(Recorded first) {
		super(first);
	}

	static CreatorListingRow listed(CreatorListed event, Recorded recorded) {
		CreatorListingRow row = new CreatorListingRow(recorded);
		row.listingId = event.listingId().value();
		row.initiativeId = event.initiativeId().value();
		row.country = event.country();
		row.name = event.name();
		row.craft = event.craft();
		row.city = event.city();
		row.description = TextColumns.of(event.description());
		row.links = (event.links() != null) ? event.links().stream().map((link) -> link.url().toString()).toList()
				: List.of();
		row.state = ListingState.LISTED;
		row.contactOnFile = event.contactOnFile();
		row.listedAt = recorded.at();
		return row;
	}

	/** Takes the step a later event recorded; one applied already changes nothing. */
	void took(ListingStepRow step, Recorded recorded) {
		if (!advance(recorded)) {
			return;
		}
		switch (step.getStep()) {
			case VERIFIED -> {
				state = ListingState.VERIFIED;
				verifiedAt = recorded.at();
			}
			case DELISTED -> {
				state = ListingState.DELISTED;
				delistedAt = recorded.at();
				delistReason = step.getReason();
			}
			case CONTACT_RECORDED -> contactOnFile = true;
			case CONTACT_ERASED -> {
				contactOnFile = false;
				contactErasedAt = recorded.at();
			}
		}
	}

	/** The description, or null when none was given. */
	public LocalizedText getDescription() {
		return TextColumns.toText(description);
	}

	public List<String> getLinks() {
		return (links != null) ? links : List.of();
	}

}
