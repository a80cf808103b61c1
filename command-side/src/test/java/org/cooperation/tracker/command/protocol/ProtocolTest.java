package org.cooperation.tracker.command.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.protocol.AgreeDirection;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;
import org.cooperation.tracker.kernel.protocol.RecordSignature;

import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.AUDITOR;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.hamcrest.Matchers.endsWith;

class ProtocolTest {

	static final ProtocolId TASHKENT = new ProtocolId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	static final LocalDate MEETING = LocalDate.of(2025, 11, 14);

	static final LocalizedText TITLE = LocalizedText.english("First meeting of the culture ministers of Central Asia");

	static final DirectionId HERITAGE = new DirectionId(UUID.fromString("00000000-0000-0000-0000-0000000000d1"));

	static final LocalizedText HERITAGE_TITLE = LocalizedText.english("Cultural heritage");

	static final List<Party> PARTIES = List.of(new Party(Country.KZ, PartyRole.MEMBER, null),
			new Party(Country.UZ, PartyRole.MEMBER, null), new Party(Country.KG, PartyRole.MEMBER, null),
			new Party(Country.TJ, PartyRole.MEMBER, null), new Party(Country.TM, PartyRole.MEMBER, null),
			new Party(Country.AZ, PartyRole.HONORARY_GUEST, null));

	static final ProtocolRecorded RECORDED = new ProtocolRecorded(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES);

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<Protocol> fixture = sentBy(newFixture(), ProtocolTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<Protocol> newFixture() {
		AggregateTestFixture<Protocol> fixture = new AggregateTestFixture<>(Protocol.class);
		fixture.registerInjectableResource(
				Clock.fixed(MEETING.plusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
		return fixture;
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		return CommandSenders.SECRETARIAT;
	}

	@Test
	void secretariatRecordsTheProtocolWithItsDirectionsAndNoInventedNumber() {
		fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES,
					List.of(new AgreedDirection(HERITAGE, HERITAGE_TITLE))))
			.expectSuccessfulHandlerExecution()
			.expectEvents(RECORDED, new DirectionAgreed(TASHKENT, HERITAGE, HERITAGE_TITLE));
	}

	@Test
	void protocolNeedsTwoParties() {
		refused(fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES.subList(0, 1), List.of())),
				RuleViolation.class, "a protocol needs at least 2 parties, not 1");
	}

	@Test
	void aCountryIsListedOnceAmongTheParties() {
		refused(fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE,
					List.of(PARTIES.get(0), new Party(Country.KZ, PartyRole.OBSERVER, null)), List.of())),
				RuleViolation.class, "Kazakhstan is listed twice among the parties");
	}

	@Test
	void directionsAreListedOnce() {
		fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES,
					List.of(new AgreedDirection(HERITAGE, HERITAGE_TITLE),
							new AgreedDirection(DirectionId.random(), LocalizedText.english("cultural HERITAGE")))))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void meetingCannotLieInTheFuture() {
		fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING.plusYears(1), "Tashkent", TITLE, PARTIES, List.of()))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void secretariatAddsADirection() {
		fixture.given(RECORDED)
			.when(new AgreeDirection(TASHKENT, HERITAGE, HERITAGE_TITLE))
			.expectEvents(new DirectionAgreed(TASHKENT, HERITAGE, HERITAGE_TITLE));
	}

	@Test
	void sameDirectionCannotBeAgreedTwice() {
		refused(fixture.given(RECORDED, new DirectionAgreed(TASHKENT, HERITAGE, HERITAGE_TITLE))
			.when(new AgreeDirection(TASHKENT, DirectionId.random(), HERITAGE_TITLE)), RuleViolation.class,
				"a direction titled 'Cultural heritage' is already agreed in this protocol");
	}

	@Test
	void directionIdIsNotReused() {
		fixture.given(RECORDED, new DirectionAgreed(TASHKENT, HERITAGE, HERITAGE_TITLE))
			.when(new AgreeDirection(TASHKENT, HERITAGE, LocalizedText.english("Cinema")))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void aSignatureIsItsOwnRecordedFact() {
		fixture.given(RECORDED)
			.when(new RecordSignature(TASHKENT, Country.KZ, "Aida Balayeva", "Minister of Culture and Information",
					MEETING))
			.expectEvents(new ProtocolSigned(TASHKENT, Country.KZ, "Aida Balayeva",
					"Minister of Culture and Information", MEETING));
	}

	@Test
	void onlyAPartyCanSign() {
		refused(fixture.given(new ProtocolRecorded(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES.subList(0, 5)))
			.when(new RecordSignature(TASHKENT, Country.AZ, "Someone", null, MEETING)), RuleViolation.class,
				"Azerbaijan is not a party to the protocol of 'First meeting of the culture ministers of Central Asia'; its parties are [KZ, UZ, KG, TJ, TM]");
	}

	@Test
	void aPartySignsOnce() {
		fixture.given(RECORDED, new ProtocolSigned(TASHKENT, Country.UZ, "A", null, MEETING))
			.when(new RecordSignature(TASHKENT, Country.UZ, "B", null, MEETING))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void signatureCannotPrecedeTheMeeting() {
		fixture.given(RECORDED)
			.when(new RecordSignature(TASHKENT, Country.UZ, "A", null, MEETING.minusDays(1)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void signatureCannotBeDatedInTheFuture() {
		fixture.given(RECORDED)
			.when(new RecordSignature(TASHKENT, Country.UZ, "A", null, MEETING.plusYears(1)))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSecretariatRecordsProtocolsDirectionsAndSignatures() {
		refused(fixture.givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES, List.of()),
					as(liaisonOf(Country.KZ))),
				AccessRefused.class,
				"only the secretariat may record a protocol; 'liaison-kz' is Kazakhstan's liaison");
		refused(fixture.given(RECORDED).when(new AgreeDirection(TASHKENT, HERITAGE, HERITAGE_TITLE), as(OFFICIAL)),
				AccessRefused.class,
				"only the secretariat may agree a direction of a protocol; 'official' is an OFFICIAL");
		fixture.given(RECORDED)
			.when(new RecordSignature(TASHKENT, Country.KZ, "Aida Balayeva", null, MEETING), as(liaisonOf(Country.KZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		refused(fixture.given(RECORDED)
			.when(new RecordSignature(TASHKENT, Country.KZ, "Aida Balayeva", null, MEETING), as(AUDITOR)),
				AccessRefused.class, endsWith("; 'auditor' is an AUDITOR"));
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().givenNoPriorActivity()
			.when(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent", TITLE, PARTIES, List.of())),
				AccessRefused.class, "only the secretariat may record a protocol; the command names no caller");
	}

}
