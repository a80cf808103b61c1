package org.cooperation.tracker.command.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.command.CommandSideIntegrationTest;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cultural Tour's demo data pass every rule of the real command side (dates not in
 * the future, screenings of digitised films only), and every event they write says it is
 * sample.
 */
class CulturalTourDemoTest extends CommandSideIntegrationTest {

	@Autowired
	CommandGateway commands;

	@Test
	void sampleFilmsAndTheSample2026EditionAreAcceptedAndMarkedSample() {
		DemoCommands send = new DemoCommands(commands);
		DirectionId events = new DirectionId(UUID.fromString("7a5f0c1e-2025-4e14-8000-0000000000d1"));
		send.fact(new RecordProtocol(ProtocolDemo.TASHKENT, null, ProtocolDemo.MEETING, "Tashkent",
				LocalizedText.english("First meeting of the culture ministers of the Central Asian countries"),
				List.of(new Party(Country.KZ, PartyRole.MEMBER, null), new Party(Country.UZ, PartyRole.MEMBER, null),
						new Party(Country.KG, PartyRole.MEMBER, null), new Party(Country.TJ, PartyRole.MEMBER, null),
						new Party(Country.TM, PartyRole.MEMBER, null),
						new Party(Country.AZ, PartyRole.HONORARY_GUEST, null)),
				List.of(new AgreedDirection(events, LocalizedText.english("Cultural events")))));
		send.fact(new ProposeInitiative(DemoCommands.CULTURAL_TOUR, ProtocolDemo.TASHKENT, events,
				InitiativeKind.CULTURAL_TOUR_PLATFORM, LocalizedText.english("Cultural Tour platform"), null,
				Country.KZ, Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM, Country.AZ)));
		long last = jdbc.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class);

		new CulturalTourDemo().load(send);

		List<String> metadata = jdbc.queryForList(
				"SELECT convert_from(metadata, 'UTF8') FROM domainevententry WHERE globalindex > ?", String.class,
				last);
		assertThat(metadata).hasSizeGreaterThan(30)
			.allSatisfy((each) -> assertThat(each).contains("\"sample\":\"true\""));
		List<String> titles = jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
				+ "WHERE globalindex > ? AND payloadtype LIKE '%ArchivalFilmRegistered'", String.class, last);
		assertThat(titles).hasSize(7).allSatisfy((each) -> assertThat(each).contains("Sample archival film"));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM domainevententry " + "WHERE globalindex > ? AND payloadtype LIKE '%TourLegHeld'",
				Long.class, last))
			.isEqualTo(2);
	}

}
