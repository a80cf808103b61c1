package org.cooperation.tracker.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.messaging.MetaData;

import org.cooperation.tracker.kernel.common.EventMetadata;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.country.PartyRole;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.initiative.ProgressPercent;
import org.cooperation.tracker.kernel.initiative.ProgressReportId;
import org.cooperation.tracker.kernel.initiative.ProgressReported;
import org.cooperation.tracker.kernel.protocol.DirectionAgreed;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.Party;
import org.cooperation.tracker.kernel.protocol.ProtocolId;
import org.cooperation.tracker.kernel.protocol.ProtocolRecorded;
import org.cooperation.tracker.kernel.protocol.ProtocolSigned;
import org.cooperation.tracker.query.common.Provenance;
import org.cooperation.tracker.query.common.Recorded;

/**
 * The Tashkent meeting of 2025-11-14 as events, with fixed ids and times. The protocol's
 * number and signatories are not in the source, so they stay unknown here too.
 */
public final class Fixtures {

	public static final ProtocolId TASHKENT = new ProtocolId(UUID.fromString("6f0c1f5e-2d8a-4b9e-9c1a-0e5d7a3b2c11"));

	public static final DirectionId CULTURAL_EXCHANGE = new DirectionId(
			UUID.fromString("1c9d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e41"));

	public static final DirectionId ARCHIVES = new DirectionId(UUID.fromString("2d0e3f4a-5b6c-4d7e-8f90-a1b2c3d4e552"));

	public static final InitiativeId CALENDAR = new InitiativeId(
			UUID.fromString("8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c61"));

	public static final InitiativeId ARCHIVE_EXCHANGE = new InitiativeId(
			UUID.fromString("9b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d72"));

	public static final ProgressReportId KZ_REPORT = new ProgressReportId(
			UUID.fromString("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a683"));

	public static final LocalDate MEETING_DAY = LocalDate.of(2025, 11, 14);

	public static final Instant RECORDED = Instant.parse("2025-11-20T09:00:00Z");

	public static final Set<Country> MEMBERS = Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM);

	private Fixtures() {
	}

	/** A moment after {@link #RECORDED}. */
	public static Instant later(int minutes) {
		return RECORDED.plusSeconds(60L * minutes);
	}

	public static MetaData secretariat() {
		return MetaData.from(Map.of(EventMetadata.ACTOR, "secretariat-1", EventMetadata.ACTOR_ROLE, "SECRETARIAT",
				EventMetadata.CORRELATION_ID, "corr-secretariat"));
	}

	public static MetaData liaison(Country country, String correlationId) {
		return MetaData.from(Map.of(EventMetadata.ACTOR, "liaison-" + country.alpha2().toLowerCase(),
				EventMetadata.ACTOR_ROLE, "LIAISON", EventMetadata.ACTOR_COUNTRY, country.alpha2(),
				EventMetadata.CORRELATION_ID, correlationId));
	}

	/** Metadata the demo data loader writes. */
	public static MetaData sample() {
		return secretariat().and(EventMetadata.SAMPLE, "true");
	}

	public static ProtocolRecorded protocolRecorded() {
		return new ProtocolRecorded(TASHKENT, null, MEETING_DAY, "Tashkent",
				new LocalizedText("Орталық Азия мәдениет министрлерінің бірінші кездесуі", null,
						"First meeting of the culture ministers of Central Asia"),
				List.of(new Party(Country.KZ, PartyRole.MEMBER, "Aida Balayeva"),
						new Party(Country.UZ, PartyRole.MEMBER, null), new Party(Country.KG, PartyRole.MEMBER, null),
						new Party(Country.TJ, PartyRole.MEMBER, null), new Party(Country.TM, PartyRole.MEMBER, null),
						new Party(Country.AZ, PartyRole.HONORARY_GUEST, null)));
	}

	public static DirectionAgreed culturalExchangeAgreed() {
		return new DirectionAgreed(TASHKENT, CULTURAL_EXCHANGE,
				LocalizedText.english("Regional cultural exchange and joint events"));
	}

	public static DirectionAgreed archivesAgreed() {
		return new DirectionAgreed(TASHKENT, ARCHIVES, new LocalizedText(null, "Архивное сотрудничество", null));
	}

	public static ProtocolSigned kazakhstanSigned() {
		return new ProtocolSigned(TASHKENT, Country.KZ, "Aida Balayeva", "Minister of Culture and Information",
				MEETING_DAY);
	}

	public static InitiativeProposed calendarProposed() {
		return new InitiativeProposed(CALENDAR, TASHKENT, CULTURAL_EXCHANGE, InitiativeKind.CULTURAL_CALENDAR,
				new LocalizedText("Орталық Азия мәдени күнтізбесі", null, "Central Asian cultural calendar"),
				LocalizedText.english("A document uniting the region's important cultural events"), Country.KZ,
				MEMBERS);
	}

	public static InitiativeProposed archiveExchangeProposed() {
		return new InitiativeProposed(ARCHIVE_EXCHANGE, TASHKENT, ARCHIVES, InitiativeKind.ARCHIVE_EXCHANGE,
				LocalizedText.english("Exchange of archival material copies"), null, Country.KZ,
				Set.of(Country.KZ, Country.UZ, Country.AZ));
	}

	public static ParticipationStatusChanged statusChanged(InitiativeId initiative, Country country,
			ParticipationStatus from, ParticipationStatus to, LocalDate effectiveOn) {
		return new ParticipationStatusChanged(initiative, country, from, to, effectiveOn, "Agreed by the ministry",
				List.of(EvidenceLink.of("https://example.org/decree-1.pdf")));
	}

	public static ProgressReported progress(ProgressReportId reportId, Country country, int percent, LocalDate asOf) {
		return new ProgressReported(CALENDAR, reportId, country, new ProgressPercent(percent), asOf,
				"Draft calendar circulated", List.of(EvidenceLink.of("https://example.org/calendar-draft.pdf"),
						EvidenceLink.of("https://example.org/press-release")));
	}

	/** How a projection sees an event recorded at {@code at} with this metadata. */
	public static Recorded recorded(long sequence, Instant at, MetaData metaData) {
		return new Recorded(sequence, at, Provenance.of(metaData));
	}

}
