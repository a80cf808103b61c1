package org.cooperation.tracker.query.initiative;

import org.cooperation.tracker.query.common.Moment;

import org.cooperation.tracker.query.history.HistoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * An initiative with each participant's standing and its full history.
 *
 * @param initiativeId the initiative
 * @param protocolId the protocol it belongs to
 * @param directionId the direction it serves
 * @param directionTitle that direction's title, or null while it is not known here
 * @param kind what it is
 * @param title its title
 * @param description its description, or null
 * @param proposedBy the proposing country
 * @param participants the participating countries
 * @param proposedAt when the proposal was recorded
 * @param sample true when the proposal is demo data
 * @param countries each participant's standing, in the order of {@link Country}
 * @param history every change, oldest first (up to the moment, for one of the past)
 * @param moment when the initiative is read: now, or in the past on one of the two time
 * axes
 */
public record InitiativeDetail(UUID initiativeId, UUID protocolId, UUID directionId, LocalizedText directionTitle,
		InitiativeKind kind, LocalizedText title, LocalizedText description, Country proposedBy,
		List<Country> participants, Instant proposedAt, boolean sample, List<CountryStanding> countries,
		List<HistoryEntry> history, Moment moment) {

}
