package org.cooperation.tracker.command.protocol;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.cooperation.tracker.command.common.NotInTheFuture;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;

/** The rules a protocol must meet to be recorded. */
final class ProtocolRules {

	/** A protocol is an agreement: at least two countries are party to it. */
	static final int MIN_PARTIES = 2;

	private ProtocolRules() {
	}

	static void checkRecordable(RecordProtocol command, LocalDate today) {
		NotInTheFuture.protocolDate(command.meetingDate(), today,
				"a protocol cannot be recorded for a meeting in the future");
		if (command.parties().size() < MIN_PARTIES) {
			throw new RuleViolation(
					"a protocol needs at least " + MIN_PARTIES + " parties, not " + command.parties().size());
		}
		Set<Country> seen = EnumSet.noneOf(Country.class);
		for (Party party : command.parties()) {
			if (!seen.add(party.country())) {
				throw new RuleViolation(party.country().nameEn() + " is listed twice among the parties");
			}
		}
		Set<DirectionId> ids = new HashSet<>();
		Set<LocalizedText> titles = new HashSet<>();
		for (AgreedDirection direction : command.directions()) {
			if (!ids.add(direction.directionId())) {
				throw new RuleViolation("direction " + direction.directionId() + " is listed twice");
			}
			if (sameTitle(titles, direction.title())) {
				throw new RuleViolation(
						"a direction titled '" + direction.title().preferEnglish() + "' is listed twice");
			}
			titles.add(direction.title());
		}
	}

	/** Two directions are the same when they share a title in any one language. */
	static boolean sameTitle(Collection<LocalizedText> existing, LocalizedText title) {
		return existing.stream()
			.anyMatch((other) -> same(other.kk(), title.kk()) || same(other.ru(), title.ru())
					|| same(other.en(), title.en()));
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && Objects.equals(a.toLowerCase(), b.toLowerCase());
	}

}
