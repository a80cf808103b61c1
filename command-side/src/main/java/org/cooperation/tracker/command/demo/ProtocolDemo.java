package org.cooperation.tracker.command.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.ChangeParticipationStatus;
import org.cooperation.tracker.kernel.initiative.FileProgressReport;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProposeInitiative;
import org.cooperation.tracker.kernel.protocol.AgreedDirection;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.RecordProtocol;

/**
 * The story of 2025-11-14: the protocol as the source states it (no number, no
 * signatories, no signatures: the source gives none), the five initiatives, and a little
 * progress that is marked as sample in its metadata and its notes. The directions'
 * wording is not in the source either, so their English titles say they are sample
 * wording.
 */
class ProtocolDemo implements DemoProgramme {

	static final ProtocolId TASHKENT = new ProtocolId(DemoCommands.fixedId("000000000001"));

	static final LocalDate MEETING = LocalDate.of(2025, 11, 14);

	private static final Set<Country> MEMBERS = EnumSet.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM);

	private static final Set<Country> MEMBERS_AND_GUEST = EnumSet.of(Country.KZ, Country.UZ, Country.KG, Country.TJ,
			Country.TM, Country.AZ);

	@Override
	public void load(DemoCommands send) {
		DirectionId events = direction(1);
		DirectionId archives = direction(2);
		DirectionId creative = direction(3);
		DirectionId identity = direction(4);
		send.fact(new RecordProtocol(TASHKENT, null, MEETING, "Tashkent",
				new LocalizedText("Орталық Азия елдерінің мәдениет министрлерінің алғашқы кездесуі",
						"Первая встреча министров культуры стран Центральной Азии",
						"First meeting of the culture ministers of the Central Asian countries"),
				List.of(member(Country.KZ), member(Country.UZ), member(Country.KG), member(Country.TJ),
						member(Country.TM), new Party(Country.AZ, PartyRole.HONORARY_GUEST, null)),
				List.of(new AgreedDirection(events, sampleWording("Cultural events, touring programmes and cinema")),
						new AgreedDirection(archives, sampleWording("Scientific and historical cooperation, archives")),
						new AgreedDirection(creative, sampleWording("Creative industries")),
						new AgreedDirection(identity, sampleWording("A shared cultural brand of the region")))));

		InitiativeId calendar = DemoCommands.CALENDAR;
		send.fact(new ProposeInitiative(calendar, TASHKENT, events, InitiativeKind.CULTURAL_CALENDAR,
				new LocalizedText("Орталық Азияның мәдени күнтізбесі", "Культурный календарь Центральной Азии",
						"Central Asian cultural calendar"),
				LocalizedText
					.english("A document that systematises and unites the region's important cultural events."),
				Country.KZ, MEMBERS_AND_GUEST));
		InitiativeId tour = DemoCommands.CULTURAL_TOUR;
		send.fact(new ProposeInitiative(tour, TASHKENT, events, InitiativeKind.CULTURAL_TOUR_PLATFORM,
				new LocalizedText("Орталық Азияның Мәдени турне платформасы",
						"Платформа «Культурное турне Центральной Азии»", "Central Asia \"Cultural Tour\" platform"),
				LocalizedText
					.english("Yearly regional touring programmes, retrospective exhibitions and inter-regional "
							+ "film screenings, with mandatory digitisation of archival films."),
				Country.KZ, MEMBERS_AND_GUEST));
		InitiativeId archive = DemoCommands.ARCHIVE_EXCHANGE;
		send.fact(new ProposeInitiative(archive, TASHKENT, archives, InitiativeKind.ARCHIVE_EXCHANGE,
				new LocalizedText("Архивтік материалдардың көшірмелерімен алмасу", "Обмен копиями архивных материалов",
						"Exchange of copies of archival materials"),
				LocalizedText.english("Exchange of copies of scientific, documentary and literary archival materials."),
				Country.KZ, MEMBERS));
		InitiativeId marketplace = DemoCommands.MARKETPLACE;
		send.fact(new ProposeInitiative(marketplace, TASHKENT, creative, InitiativeKind.CREATIVE_MARKETPLACE,
				new LocalizedText("Креативті индустриялар маркетплейсі", "Маркетплейс креативных индустрий",
						"Creative-industries marketplace"),
				LocalizedText.english("A single Central Asian digital platform promoting craftspeople, designers, "
						+ "jewellers and other creative professionals."),
				Country.KZ, MEMBERS));
		InitiativeId brand = DemoCommands.BRAND_WORKING_GROUP;
		// The source says the parties agreed to consider the working group; it names no
		// proposer.
		send.fact(new ProposeInitiative(brand, TASHKENT, identity, InitiativeKind.BRAND_WORKING_GROUP,
				new LocalizedText("«Орталық Азияның мәдени бренді» жұмыс тобы",
						"Рабочая группа «Культурный бренд Центральной Азии»",
						"Working group on \"The cultural brand of Central Asia\""),
				LocalizedText.english("Consider creating a working group to develop the concept."), null, MEMBERS));

		sampleMove(send, calendar, Country.KZ, ParticipationStatus.AGREED, MEETING.plusDays(10));
		sampleMove(send, calendar, Country.KZ, ParticipationStatus.PREPARING, MEETING.plusDays(40));
		sampleReport(send, calendar, Country.KZ, 35, MEETING.plusDays(60));
		sampleMove(send, calendar, Country.UZ, ParticipationStatus.AGREED, MEETING.plusDays(20));
		sampleMove(send, tour, Country.UZ, ParticipationStatus.AGREED, MEETING.plusDays(15));
		sampleMove(send, tour, Country.KG, ParticipationStatus.AGREED, MEETING.plusDays(25));
		sampleReport(send, tour, Country.KG, 10, MEETING.plusDays(50));
		sampleMove(send, archive, Country.TJ, ParticipationStatus.AGREED, MEETING.plusDays(30));
		sampleMove(send, marketplace, Country.TM, ParticipationStatus.AGREED, MEETING.plusDays(35));
		sampleMove(send, marketplace, Country.TM, ParticipationStatus.SUSPENDED, MEETING.plusDays(70));
	}

	private static void sampleMove(DemoCommands send, InitiativeId initiative, Country country,
			ParticipationStatus status, LocalDate on) {
		send.sample(
				new ChangeParticipationStatus(initiative, country, status, on, DemoCommands.SAMPLE_NOTE, List.of()));
	}

	private static void sampleReport(DemoCommands send, InitiativeId initiative, Country country, int percent,
			LocalDate asOf) {
		send.sample(new FileProgressReport(initiative, ProgressReportId.random(), country, new ProgressPercent(percent),
				asOf, DemoCommands.SAMPLE_NOTE, List.of()));
	}

	private static Party member(Country country) {
		return new Party(country, PartyRole.MEMBER, null);
	}

	private static LocalizedText sampleWording(String english) {
		return LocalizedText.english(english + " (sample wording: the protocol's text is not public)");
	}

	private static DirectionId direction(int n) {
		return new DirectionId(DemoCommands.fixedId("0000000000d" + n));
	}

}
