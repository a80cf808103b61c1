package org.cooperation.tracker.query.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.initiative.ParticipationStatus;
import org.cooperation.tracker.kernel.initiative.ParticipationStatusChanged;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeId;
import org.cooperation.tracker.kernel.programme.culturaltour.TourProgrammeOpened;
import org.cooperation.tracker.kernel.protocol.DirectionId;
import org.cooperation.tracker.kernel.protocol.ProtocolId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The history's filters on PostgreSQL, on an event store of their own: each selects what
 * its documentation says, they combine, pages follow by position both ways, and an event
 * whose stored bytes are no JSON is listed as stored without failing any filter.
 */
class EventHistoryFiltersTest {

	private static final InitiativeId CALENDAR = InitiativeId.random();

	private static final InitiativeId TOUR = InitiativeId.random();

	private static final InitiativeId BRAND = InitiativeId.random();

	private static EventStoreRows store;

	private static final Map<String, Long> at = new LinkedHashMap<>();

	@BeforeAll
	static void recordTheHistory() {
		store = new EventStoreRows();
		at.put("calendar proposed",
				store.append("Initiative", CALENDAR.toString(), 0,
						proposed(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, Country.KZ,
								Set.of(Country.KZ, Country.UZ)),
						meta("secretariat", "SECRETARIAT", null, "corr-1"), "2025-11-20T09:00:00.123Z"));
		at.put("kz agreed",
				store.append("Initiative", CALENDAR.toString(), 1,
						new ParticipationStatusChanged(CALENDAR, Country.KZ, ParticipationStatus.PROPOSED,
								ParticipationStatus.AGREED, LocalDate.of(2025, 12, 1), null, List.of()),
						meta("liaison-kz", "LIAISON", "KZ", "corr-2"), "2025-11-20T09:00:00.123456Z"));
		at.put("tour proposed",
				store.append("Initiative", TOUR.toString(), 0,
						proposed(TOUR, InitiativeKind.CULTURAL_TOUR_PLATFORM, Country.KG,
								Set.of(Country.KG, Country.TJ)),
						meta("secretariat", "SECRETARIAT", null, "corr-3"), "2025-11-21T10:00:00Z"));
		TourProgrammeId edition = new TourProgrammeId(TOUR, 2026);
		at.put("tour edition", store.append("TourProgramme", edition.toString(), 0, new TourProgrammeOpened(edition),
				meta("secretariat", "SECRETARIAT", null, "corr-4"), "2025-11-22T10:00:00Z"));
		WorkingGroupId group = WorkingGroupId.of(BRAND);
		at.put("group established",
				store.append("WorkingGroup", group.toString(), 0,
						new WorkingGroupEstablished(group, BRAND, LocalDate.of(2025, 12, 2), null),
						meta("secretariat", "SECRETARIAT", null, "corr-5"), "2025-12-02T10:00:00Z"));
		at.put("tm approved",
				store.append(
						"WorkingGroup", group.toString(), 1, new ConceptDraftApproved(group, Country.TM,
								DraftVersion.first(), LocalDate.of(2025, 12, 3), null),
						meta("liaison-tm", "LIAISON", "TM", "corr-6"), "2025-12-03T10:00:00Z"));
		at.put("copy offered", store.append("ArchiveCopy", "copy-1", 0, "org.example.ArchiveCopyOffered",
				EventStoreRows.utf8("{\"holder\":\"AZ\",\"receiver\":\"KG\"}"),
				EventStoreRows.utf8("{\"actor\":\"liaison-az\",\"actorCountry\":\"AZ\"}"), "2025-12-04T10:00:00Z"));
		// Jackson writes U+0000 as \u0000, which jsonb refuses; and bytes that are no
		// JSON.
		at.put("nul in a text",
				store.append("Protocol", "poisoned", 0, "org.example.ProtocolRecorded",
						EventStoreRows.utf8("{\"place\":\"Tash\\u0000kent\",\"country\":\"UZ\"}"),
						EventStoreRows.utf8("{\"actor\":\"secretariat\"}"), "2025-12-05T10:00:00Z"));
		at.put("no json", store.append("Protocol", "broken", 0, "org.example.Broken", new byte[] { 1, 2, (byte) 0xff },
				null, "2025-12-06T10:00:00Z"));
	}

	@Test
	void anInitiativesEventsAreThoseOfItsRecordsItsProgrammesAndItsWorkingGroup() {
		assertThat(positions(filter().initiative(CALENDAR))).containsExactly(at.get("calendar proposed"),
				at.get("kz agreed"));
		assertThat(positions(filter().initiative(TOUR))).containsExactly(at.get("tour proposed"),
				at.get("tour edition"));
		assertThat(positions(filter().initiative(BRAND))).containsExactly(at.get("group established"),
				at.get("tm approved"));
	}

	@Test
	void aCountryIsNamedByAPayloadFieldAListOfParticipantsOrTheActingLiaison() {
		assertThat(positions(filter().country(Country.KZ))).containsExactly(at.get("calendar proposed"),
				at.get("kz agreed"));
		assertThat(positions(filter().country(Country.KG))).containsExactly(at.get("tour proposed"),
				at.get("copy offered"));
		assertThat(positions(filter().country(Country.TM))).containsExactly(at.get("tm approved"));
		assertThat(positions(filter().country(Country.AZ))).containsExactly(at.get("copy offered"));
		assertThat(positions(filter().country(Country.TJ))).containsExactly(at.get("tour proposed"));
	}

	@Test
	void aTypeIsNamedInFullOrByItsSimpleName() {
		assertThat(positions(filter().type("InitiativeProposed"))).containsExactly(at.get("calendar proposed"),
				at.get("tour proposed"));
		assertThat(positions(filter().type(InitiativeProposed.class.getName())))
			.containsExactly(at.get("calendar proposed"), at.get("tour proposed"));
		assertThat(positions(filter().type("ArchiveCopyOffered"))).containsExactly(at.get("copy offered"));
		assertThat(positions(filter().type("NothingOfThisName"))).isEmpty();
	}

	@Test
	void whoActedAndTheRequestAreReadFromTheMetadata() {
		assertThat(positions(filter().user("liaison-kz"))).containsExactly(at.get("kz agreed"));
		assertThat(positions(filter().user("secretariat"))).containsExactly(at.get("calendar proposed"),
				at.get("tour proposed"), at.get("tour edition"), at.get("group established"), at.get("nul in a text"));
		assertThat(positions(filter().correlation("corr-4"))).containsExactly(at.get("tour edition"));
	}

	@Test
	void theRecordedTimeRangeIncludesItsStartAndExcludesItsEndToTheMicrosecond() {
		// 09:00:00.123Z and 09:00:00.123456Z: as text the later sorts first; as time,
		// not.
		assertThat(positions(filter().between("2025-11-20T09:00:00.123100Z", "2025-11-21T10:00:00Z")))
			.containsExactly(at.get("kz agreed"));
		assertThat(positions(filter().between("2025-11-20T09:00:00.123Z", "2025-11-20T09:00:00.123456Z")))
			.containsExactly(at.get("calendar proposed"));
		assertThat(positions(filter().between("2025-12-02", "2025-12-03"))).containsExactly(at.get("group established"),
				at.get("tm approved"));
		assertThat(positions(filter().between("2025-12-02T12:00+01:00", null))).containsExactly(at.get("tm approved"),
				at.get("copy offered"), at.get("nul in a text"), at.get("no json"));
	}

	@Test
	void filtersCombine() {
		assertThat(positions(filter().initiative(CALENDAR).country(Country.KZ).user("liaison-kz")))
			.containsExactly(at.get("kz agreed"));
		assertThat(positions(filter().initiative(CALENDAR).country(Country.TJ))).isEmpty();
	}

	@Test
	void pagesFollowByPositionForwardAndBackward() {
		List<Long> all = new ArrayList<>(at.values());
		assertThat(store.history.after(HistoryFilter.EVERYTHING, all.get(1), 3)).extracting(StoredEvent::globalIndex)
			.containsExactlyElementsOf(all.subList(2, 5));
		assertThat(store.history.before(HistoryFilter.EVERYTHING, all.get(5), 2)).extracting(StoredEvent::globalIndex)
			.containsExactly(all.get(4), all.get(3));
		assertThat(store.history.before(HistoryFilter.EVERYTHING, null, 1)).extracting(StoredEvent::globalIndex)
			.containsExactly(all.get(all.size() - 1));
	}

	@Test
	void anEventThatIsNoJsonIsListedAsStoredAndFailsNoFilter() {
		List<StoredEvent> events = store.history
			.after(new HistoryFilter("broken", null, null, null, null, null, null, null), 0, 10);
		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.payload()).isNull();
			assertThat(Base64.getDecoder().decode(event.storedPayload())).containsExactly(1, 2, 0xff);
		});
		StoredEvent nul = store.history
			.after(new HistoryFilter("poisoned", null, null, null, null, null, null, null), 0, 10)
			.get(0);
		assertThat(nul.payload().get("place").asText()).isEqualTo("Tash\u0000kent");
		// jsonb cannot hold it, so the database's filters do not see its country; the
		// event is still in every unfiltered read.
		assertThat(positions(filter().country(Country.UZ))).containsExactly(at.get("calendar proposed"));
		assertThat(positions(filter().between("2025-12-05", null))).contains(at.get("nul in a text"),
				at.get("no json"));
	}

	@Test
	void aRangeTheWrongWayRoundIsRefused() {
		assertThatThrownBy(() -> HistoryFilter.of(null, null, null, null, null, null, "2025-12-02", "2025-12-01"))
			.hasMessageContaining("must be before to");
		assertThatThrownBy(
				() -> HistoryFilter.of(null, null, null, null, null, null, "2025-12-02T10:00Z", "2025-12-02T10:00Z"))
			.hasMessageContaining("must be before to");
	}

	private static List<Long> positions(Asked asked) {
		return store.history.after(asked.filter(), 0, 100).stream().map(StoredEvent::globalIndex).toList();
	}

	private static Asked filter() {
		return new Asked();
	}

	private static InitiativeProposed proposed(InitiativeId id, InitiativeKind kind, Country by,
			Set<Country> participants) {
		return new InitiativeProposed(id, ProtocolId.random(), DirectionId.random(), kind,
				LocalizedText.english("Initiative " + kind), null, by, participants);
	}

	private static Map<String, String> meta(String actor, String role, String country, String correlationId) {
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("actor", actor);
		metadata.put("actorRole", role);
		if (country != null) {
			metadata.put("actorCountry", country);
		}
		metadata.put("correlationId", correlationId);
		return metadata;
	}

	/** A filter built up part by part, as a query string names its parameters. */
	private static final class Asked {

		private String initiative;

		private String country;

		private String type;

		private String user;

		private String correlation;

		private String from;

		private String to;

		Asked initiative(InitiativeId id) {
			this.initiative = id.toString();
			return this;
		}

		Asked country(Country country) {
			this.country = country.name().toLowerCase();
			return this;
		}

		Asked type(String type) {
			this.type = type;
			return this;
		}

		Asked user(String user) {
			this.user = user;
			return this;
		}

		Asked correlation(String correlation) {
			this.correlation = correlation;
			return this;
		}

		Asked between(String from, String to) {
			this.from = from;
			this.to = to;
			return this;
		}

		HistoryFilter filter() {
			return HistoryFilter.of(null, initiative, country, type, user, correlation, from, to);
		}

	}

}
