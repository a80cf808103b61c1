package org.cooperation.tracker.query.programme.brand.model;

import org.cooperation.tracker.query.programme.brand.WorkingGroupStory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptApprovalWithheld;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.kernel.programme.brand.MemberReplaced;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.query.Fixtures;
import org.cooperation.tracker.query.QuerySideTestBase;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.BRAND;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.GROUP;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.KG_MEMBER;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.KZ_CHAIR;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_FIRST;
import static org.cooperation.tracker.query.programme.brand.WorkingGroupStory.TJ_SECOND;

/** Every working-group event against the read model on PostgreSQL, redelivered, reset. */
class WorkingGroupProjectionTest extends QuerySideTestBase {

	@Autowired
	private WorkingGroupProjection projection;

	@Autowired
	private WorkingGroupRowRepository groups;

	@Autowired
	private MemberRowRepository members;

	@Autowired
	private MeetingRowRepository meetings;

	@Autowired
	private DraftRowRepository drafts;

	@Autowired
	private PositionRowRepository positions;

	@Autowired
	private WorkingGroupFigures figures;

	@BeforeEach
	void recordTheGroup() {
		emptyReadModels();
		project(() -> WorkingGroupStory.feed(projection));
	}

	@Test
	void establishmentStoresTheGroupOfItsInitiative() {
		WorkingGroupRow group = groups.findByInitiativeId(BRAND.value()).orElseThrow();
		assertThat(group.getWorkingGroupId()).isEqualTo(GROUP.value());
		assertThat(group.getEstablishedOn()).isEqualTo("2026-01-20");
		assertThat(group.getNote()).isEqualTo("Decision of the ministers");
		assertThat(group.getEstablishedAt()).isEqualTo(Fixtures.later(300));
	}

	@Test
	void nominationReplacementAndRecallKeepPresentAndFormerMembers() {
		MemberRow chair = members.findById(KZ_CHAIR.value()).orElseThrow();
		assertThat(chair.getName()).isEqualTo("Sample Member KZ-1");
		assertThat(chair.getPosition()).isEqualTo("Adviser");
		assertThat(chair.getRole()).isEqualTo(MemberRole.CHAIR);
		assertThat(chair.getJoinedOn()).isEqualTo("2026-01-27");
		assertThat(chair.isSeated()).isTrue();

		MemberRow replaced = members.findById(TJ_FIRST.value()).orElseThrow();
		assertThat(replaced.getDeparture()).isEqualTo(Departure.REPLACED);
		assertThat(replaced.getLeftOn()).isEqualTo("2026-03-09");
		assertThat(replaced.getSuccessorId()).isEqualTo(TJ_SECOND.value());
		assertThat(replaced.isSample()).isTrue();
		MemberRow successor = members.findById(TJ_SECOND.value()).orElseThrow();
		assertThat(successor.getPredecessorId()).isEqualTo(TJ_FIRST.value());
		assertThat(successor.getPosition()).isEqualTo("Deputy head");
		assertThat(successor.isSeated()).isTrue();

		MemberRow recalled = members.findById(KG_MEMBER.value()).orElseThrow();
		assertThat(recalled.getDeparture()).isEqualTo(Departure.RECALLED);
		assertThat(recalled.getDepartureNote()).isEqualTo("Moved to a new post");
		assertThat(members.findByWorkingGroupIdOrderByJoinedSequence(GROUP.value())).extracting(MemberRow::getName)
			.containsExactly("Sample Member KZ-1", "Sample Member UZ-1", "Sample Member TJ-1", "Sample Member KG-1",
					"Sample Member TJ-2");
	}

	@Test
	void meetingsAreKeptInDateOrderWithTheirMinutes() {
		List<MeetingRow> held = meetings.findByWorkingGroupIdOrderByHeldOnAscRecordedAtAsc(GROUP.value());
		assertThat(held).extracting(MeetingRow::getPlace).containsExactly("Online", "Almaty");
		assertThat(held.get(0).getAttending()).containsExactly("KZ", "UZ");
		assertThat(held.get(0).getMinutesUrl()).isEqualTo("https://example.org/minutes-1.pdf");
		assertThat(held.get(0).getMinutesSha256()).isEqualTo(WorkingGroupStory.MINUTES_DIGEST);
		assertThat(held.get(1).getAttending()).containsExactly("KZ", "UZ", "TM");
		assertThat(held.get(1).getMinutesUrl()).isNull();
	}

	@Test
	void draftsAndTheLatestPositionPerVersionAreKept() {
		assertThat(drafts.findByWorkingGroupIdOrderByVersion(GROUP.value())).extracting(DraftRow::getSha256)
			.containsExactly(WorkingGroupStory.DIGEST_1, WorkingGroupStory.DIGEST_2);
		PositionRow uzbekistan = positions.findById(new PositionKey(GROUP.value(), Country.UZ, 2)).orElseThrow();
		assertThat(uzbekistan.getDecision()).as("the later decision on v2 replaced the approval")
			.isEqualTo(ConceptDecision.WITHHELD);
		assertThat(uzbekistan.getNote()).isEqualTo("Languages section missing");
		assertThat(positions.findById(new PositionKey(GROUP.value(), Country.KZ, 1))).isPresent();
		assertThat(rows("rm_concept_position")).isEqualTo(5);
	}

	@Test
	void standingsMakeASupersededApprovalVisible() {
		Map<Country, ConceptStanding> standings = ConceptStanding.of(
				drafts.findByWorkingGroupIdOrderByVersion(GROUP.value()),
				positions.findByWorkingGroupId(GROUP.value()));

		assertThat(standings.get(Country.KZ).state()).isEqualTo(ApprovalState.APPROVED);
		assertThat(standings.get(Country.KZ).countsForLatest()).isTrue();
		assertThat(standings.get(Country.UZ).state()).isEqualTo(ApprovalState.WITHHELD);
		assertThat(standings.get(Country.TJ).state()).isEqualTo(ApprovalState.APPROVED_EARLIER_DRAFT);
		assertThat(standings.get(Country.TJ).countsForLatest()).isFalse();
		assertThat(standings.get(Country.TJ).position().getVersion()).isEqualTo(1);
		assertThat(standings.get(Country.KG).state()).isEqualTo(ApprovalState.NO_POSITION);
		assertThat(standings.get(Country.KG).position().getDecision()).isEqualTo(ConceptDecision.WITHHELD);
		assertThat(standings).doesNotContainKey(Country.TM);
		assertThat(ConceptStanding.of(List.of(), positions.findByWorkingGroupId(GROUP.value()))).isEmpty();
	}

	@Test
	void redeliveredOrLateEventsChangeNothing() {
		project(() -> {
			WorkingGroupStory.feed(projection);
			projection.on(
					new ConceptDraftApproved(GROUP, Country.UZ, new DraftVersion(2), LocalDate.of(2026, 4, 11), null),
					Fixtures.recorded(15L, Fixtures.later(315), Fixtures.liaison(Country.UZ, "corr-wg-9")));
			projection.on(new MemberRecalled(GROUP, KG_MEMBER, Country.KG, LocalDate.of(2026, 3, 20), "Moved"), 12L);
		});

		assertThat(rows("rm_working_group")).isEqualTo(1);
		assertThat(version()).as("an older event never moves the version back").isEqualTo(16);
		assertThat(rows("rm_working_group_member")).isEqualTo(5);
		assertThat(rows("rm_working_group_meeting")).isEqualTo(2);
		assertThat(rows("rm_concept_draft")).isEqualTo(2);
		assertThat(rows("rm_concept_position")).isEqualTo(5);
		assertThat(positions.findById(new PositionKey(GROUP.value(), Country.UZ, 2)).orElseThrow().getDecision())
			.isEqualTo(ConceptDecision.WITHHELD);
	}

	@Test
	void theGroupsVersionIsTheSequenceOfItsLastEvent() {
		assertThat(version()).isEqualTo(16);
	}

	@Test
	void everyKindOfEventMovesTheGroupsVersion() {
		List<Map.Entry<String, LongConsumer>> events = List.of(
				Map.entry("member nominated",
						(sequence) -> projection.on(
								WorkingGroupStory.nominated(WorkingGroupStory.member(6), Country.TM,
										"Sample Member TM-1", MemberRole.MEMBER),
								Fixtures.recorded(sequence, Fixtures.later(400), Fixtures.secretariat()))),
				Map.entry("member replaced",
						(sequence) -> projection.on(
								new MemberReplaced(GROUP, WorkingGroupStory.member(6), WorkingGroupStory.member(7),
										Country.TM, new Nominee("Sample Member TM-2", "Adviser"), MemberRole.MEMBER,
										LocalDate.of(2026, 5, 1)),
								Fixtures.recorded(sequence, Fixtures.later(401), Fixtures.secretariat()))),
				Map.entry("member recalled",
						(sequence) -> projection.on(new MemberRecalled(GROUP, WorkingGroupStory.member(7), Country.TM,
								LocalDate.of(2026, 5, 2), null), sequence)),
				Map.entry("meeting recorded", (sequence) -> projection.on(
						new MeetingRecorded(GROUP, new MeetingId(UUID.randomUUID()), LocalDate.of(2026, 5, 3), "Online",
								Set.of(Country.KZ), null, null),
						Fixtures.recorded(sequence, Fixtures.later(403), Fixtures.secretariat()))),
				Map.entry(
						"draft submitted", (
								sequence) -> projection.on(
										new ConceptDraftSubmitted(GROUP, new DraftVersion(3), "Concept",
												WorkingGroupStory.document("concept-v3.pdf",
														WorkingGroupStory.DIGEST_1),
												LocalDate.of(2026, 5, 4)),
										Fixtures.recorded(sequence, Fixtures.later(404), Fixtures.secretariat()))),
				Map.entry("draft approved", (sequence) -> projection.on(
						new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(3), LocalDate.of(2026, 5, 5),
								null),
						Fixtures.recorded(sequence, Fixtures.later(405), Fixtures.liaison(Country.KZ, "corr-v")))),
				Map.entry("approval withheld", (sequence) -> projection.on(
						new ConceptApprovalWithheld(GROUP, Country.UZ, new DraftVersion(3), LocalDate.of(2026, 5, 6),
								"Not yet"),
						Fixtures.recorded(sequence, Fixtures.later(406), Fixtures.liaison(Country.UZ, "corr-w")))));
		long sequence = version();
		for (Map.Entry<String, LongConsumer> event : events) {
			long next = ++sequence;
			project(() -> event.getValue().accept(next));
			assertThat(version()).as(event.getKey()).isEqualTo(next);
		}
	}

	@Test
	void resetEmptiesTheReadModel() {
		project(projection::reset);

		for (String table : List.of("rm_working_group", "rm_working_group_member", "rm_working_group_meeting",
				"rm_concept_draft", "rm_concept_position")) {
			assertThat(rows(table)).as(table).isZero();
		}
	}

	@Test
	void figuresShowMembersAndTheApprovalOfTheLatestDraft() {
		Map<Country, List<ProgrammeFigure>> byCountry = figures.figuresFor(BRAND.value());

		assertThat(figures.kind().name()).isEqualTo("BRAND_WORKING_GROUP");
		assertThat(byCountry.get(Country.KZ)).containsExactly(
				ProgrammeFigure.of("brand.members", "member nominated", 1),
				ProgrammeFigure.of("brand.approvals", "approval of the latest concept draft (v2)", 1).aboutDraft(2));
		assertThat(byCountry.get(Country.UZ)).containsExactly(
				ProgrammeFigure.of("brand.members", "member nominated", 1),
				ProgrammeFigure.of("brand.withheld", "approval withheld (v2)", 1).aboutDraft(2));
		assertThat(byCountry.get(Country.TJ)).containsExactly(
				ProgrammeFigure.of("brand.members", "member nominated", 1),
				ProgrammeFigure.of("brand.approvals", "approvals of the latest concept draft (v2)", 0).aboutDraft(2),
				ProgrammeFigure.of("brand.superseded", "approval of a superseded draft (v1), not counted", 1)
					.aboutDraft(1));
		assertThat(byCountry.get(Country.KG)).as("recalled member, withheld v1 only")
			.containsExactly(ProgrammeFigure.of("brand.approvals", "approvals of the latest concept draft (v2)", 0)
				.aboutDraft(2));
		assertThat(byCountry).doesNotContainKey(Country.TM);
		assertThat(figures.figuresFor(Fixtures.CALENDAR.value())).isEmpty();
	}

	private long version() {
		return groups.findById(GROUP.value()).orElseThrow().getAggregateVersion();
	}

}
