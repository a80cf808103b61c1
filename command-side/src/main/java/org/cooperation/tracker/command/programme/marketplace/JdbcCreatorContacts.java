package org.cooperation.tracker.command.programme.marketplace;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorContact;
import org.cooperation.tracker.kernel.programme.marketplace.CreatorListingId;

/**
 * The {@code creator_contact} table (see migration V2), through the command side's
 * DataSource: inside a command's unit of work the JdbcTemplate uses the connection of the
 * transaction that also appends the events.
 */
@Component
@RequiredArgsConstructor
class JdbcCreatorContacts implements CreatorContacts {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	@Override
	public void store(CreatorListingId listingId, InitiativeId initiativeId, CreatorContact contact) {
		jdbc.update("""
				INSERT INTO creator_contact (listing_id, initiative_id, email, phone, recorded_at)
				VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (listing_id) DO UPDATE
				SET email = EXCLUDED.email, phone = EXCLUDED.phone, recorded_at = EXCLUDED.recorded_at""",
				listingId.value(), initiativeId.value(), contact.email(), contact.phone(),
				Timestamp.from(clock.instant()));
	}

	@Override
	public void erase(CreatorListingId listingId) {
		jdbc.update("DELETE FROM creator_contact WHERE listing_id = ?", listingId.value());
	}

	@Override
	public Optional<OnFile> find(CreatorListingId listingId) {
		return jdbc
			.query("SELECT initiative_id, email, phone, recorded_at FROM creator_contact WHERE listing_id = ?",
					(row, n) -> new OnFile(listingId, new InitiativeId(row.getObject("initiative_id", UUID.class)),
							new CreatorContact(row.getString("email"), row.getString("phone")),
							row.getTimestamp("recorded_at").toInstant()),
					listingId.value())
			.stream()
			.findFirst();
	}

}
