package org.cooperation.tracker.command.programme.brand;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import org.cooperation.tracker.command.access.AccessRefused;
import org.cooperation.tracker.command.access.CommandSenders;
import org.cooperation.tracker.command.initiative.InitiativeFacts;
import org.cooperation.tracker.command.initiative.InitiativeRegister;
import org.cooperation.tracker.command.programme.ProgrammeFixtures;
import org.cooperation.tracker.command.refusal.RecordNotFound;
import org.cooperation.tracker.command.refusal.RuleViolation;
import org.cooperation.tracker.command.refusal.UnknownReference;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.brand.ConceptApprovalWithheld;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DecideOnConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.DocumentReference;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberNominated;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.kernel.programme.brand.MemberReplaced;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.RecallMember;
import org.cooperation.tracker.kernel.programme.brand.RecordMeeting;
import org.cooperation.tracker.kernel.programme.brand.ReplaceMember;
import org.cooperation.tracker.kernel.programme.brand.SubmitConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cooperation.tracker.command.Refusals.refused;
import static org.cooperation.tracker.command.access.CommandSenders.OFFICIAL;
import static org.cooperation.tracker.command.access.CommandSenders.SECRETARIAT;
import static org.cooperation.tracker.command.access.CommandSenders.as;
import static org.cooperation.tracker.command.access.CommandSenders.liaisonOf;
import static org.cooperation.tracker.command.access.CommandSenders.sentBy;
import static org.cooperation.tracker.kernel.programme.brand.ConceptDecision.APPROVED;
import static org.cooperation.tracker.kernel.programme.brand.ConceptDecision.WITHHELD;
import static org.cooperation.tracker.kernel.programme.brand.MemberRole.CHAIR;
import static org.cooperation.tracker.kernel.programme.brand.MemberRole.MEMBER;
import static org.cooperation.tracker.kernel.programme.brand.MemberRole.SECRETARY;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

class BrandWorkingGroupTest {

	static final InitiativeId BRAND = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c5"));

	static final InitiativeId CALENDAR = new InitiativeId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));

	static final WorkingGroupId GROUP = WorkingGroupId.of(BRAND);

	static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

	static final LocalDate ESTABLISHED = LocalDate.of(2026, 1, 20);

	static final LocalDate NOMINATED = LocalDate.of(2026, 1, 27);

	static final MemberId KZ_1 = member(1);

	static final MemberId KZ_2 = member(2);

	static final MemberId UZ_1 = member(3);

	static final MemberId NEW = member(9);

	static final InitiativeRegister REGISTER = ProgrammeFixtures.initiatives(
			new InitiativeFacts(BRAND, InitiativeKind.BRAND_WORKING_GROUP, "Brand working group",
					Set.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM)),
			new InitiativeFacts(CALENDAR, InitiativeKind.CULTURAL_CALENDAR, "Cultural calendar", Set.of(Country.KZ)));

	static final WorkingGroupEstablished ESTABLISHED_EVENT = new WorkingGroupEstablished(GROUP, BRAND, ESTABLISHED,
			null);

	static final MemberNominated KZ_CHAIR = new MemberNominated(GROUP, KZ_1, Country.KZ,
			new Nominee("Sample Member KZ-1", "Head of department"), CHAIR, NOMINATED);

	static final MemberNominated UZ_SECRETARY = new MemberNominated(GROUP, UZ_1, Country.UZ,
			new Nominee("Sample Member UZ-1", "Adviser"), SECRETARY, NOMINATED);

	static final ConceptDraftSubmitted DRAFT_1 = new ConceptDraftSubmitted(GROUP, new DraftVersion(1), "Concept",
			document("v1"), LocalDate.of(2026, 2, 24));

	static final ConceptDraftSubmitted DRAFT_2 = new ConceptDraftSubmitted(GROUP, new DraftVersion(2),
			"Concept, revised", document("v2"), LocalDate.of(2026, 4, 6));

	/** Sends each command as a caller who may send it, unless the test names one. */
	private final AggregateTestFixture<BrandWorkingGroup> fixture = sentBy(newFixture(), BrandWorkingGroupTest::whoMay);

	/** A fixture whose commands name no caller unless a test names one. */
	private AggregateTestFixture<BrandWorkingGroup> newFixture() {
		return ProgrammeFixtures.fixture(BrandWorkingGroup.class, REGISTER, ProgrammeFixtures.clockOn(TODAY));
	}

	/** Who may send each command of these tests. */
	static Caller whoMay(Object command) {
		if (command instanceof ReplaceMember replacement) {
			return CommandSenders.liaisonOf(countryOf(replacement.replaced()));
		}
		if (command instanceof RecallMember recall) {
			return CommandSenders.liaisonOf(countryOf(recall.memberId()));
		}
		return CommandSenders.liaisonOfItsCountry(command, CommandSenders.SECRETARIAT);
	}

	/** The members of these tests sit for Kazakhstan, but for Uzbekistan's secretary. */
	static Country countryOf(MemberId member) {
		return member.equals(UZ_1) ? Country.UZ : Country.KZ;
	}

	static MemberId member(int n) {
		return new MemberId(UUID.fromString("00000000-0000-0000-0000-0000000000a" + n));
	}

	static DocumentReference document(String name) {
		return new DocumentReference(EvidenceLink.of("https://example.org/" + name + ".pdf"),
				Sha256.of(name.repeat(64).substring(0, 64).replaceAll("[^0-9a-f]", "0")));
	}

	private static NominateMember nominate(MemberId id, Country country, String name, MemberRole role) {
		return new NominateMember(GROUP, id, country, new Nominee(name, "Adviser"), role, NOMINATED);
	}

	@Test
	void workingGroupIdIsDerivedFromItsInitiative() {
		assertThat(WorkingGroupId.of(BRAND)).isEqualTo(GROUP).isNotEqualTo(WorkingGroupId.of(CALENDAR));
		assertThat(GROUP.value()).isNotEqualTo(BRAND.value());
	}

	@Test
	void secretariatEstablishesTheGroupOfABrandInitiative() {
		fixture.givenNoPriorActivity()
			.when(new EstablishWorkingGroup(BRAND, ESTABLISHED, "Decision of the first meeting"))
			.expectEvents(new WorkingGroupEstablished(GROUP, BRAND, ESTABLISHED, "Decision of the first meeting"));
	}

	@Test
	void groupBelongsToABrandWorkingGroupInitiative() {
		refused(fixture.givenNoPriorActivity().when(new EstablishWorkingGroup(CALENDAR, ESTABLISHED, null)),
				RuleViolation.class,
				"'Cultural calendar' is an initiative of kind CULTURAL_CALENDAR; a working group belongs "
						+ "to an initiative of kind BRAND_WORKING_GROUP");
	}

	@Test
	void groupCannotBeEstablishedInTheFuture() {
		fixture.givenNoPriorActivity()
			.when(new EstablishWorkingGroup(BRAND, TODAY.plusDays(1), null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void participantNominatesAMember() {
		fixture.given(ESTABLISHED_EVENT)
			.when(new NominateMember(GROUP, KZ_1, Country.KZ, new Nominee("Sample Member KZ-1", "Head of department"),
					CHAIR, NOMINATED))
			.expectEvents(KZ_CHAIR);
	}

	@Test
	void onlyParticipantsNominate() {
		refused(fixture.given(ESTABLISHED_EVENT).when(nominate(NEW, Country.AZ, "Sample Member AZ-1", MEMBER)),
				RuleViolation.class, startsWith("Azerbaijan does not participate in 'Brand working group'"));
	}

	@Test
	void groupHasOneChairAtMost() {
		refused(fixture.given(ESTABLISHED_EVENT, KZ_CHAIR).when(nominate(NEW, Country.UZ, "Sample Member UZ-2", CHAIR)),
				RuleViolation.class, "the working group already has a CHAIR: Sample Member KZ-1 (Kazakhstan); "
						+ "replace them or nominate a MEMBER");
	}

	@Test
	void groupHasOneSecretaryAtMost() {
		fixture.given(ESTABLISHED_EVENT, UZ_SECRETARY)
			.when(nominate(NEW, Country.KG, "Sample Member KG-1", SECRETARY))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void countryHoldsThreeSeatsAtMost() {
		refused(fixture.given(ESTABLISHED_EVENT, KZ_CHAIR,
				new MemberNominated(GROUP, KZ_2, Country.KZ, new Nominee("Sample Member KZ-2", "A"), MEMBER, NOMINATED),
				new MemberNominated(GROUP, member(4), Country.KZ, new Nominee("Sample Member KZ-3", "A"), MEMBER,
						NOMINATED))
			.when(nominate(NEW, Country.KZ, "Sample Member KZ-4", MEMBER)), RuleViolation.class,
				"Kazakhstan already holds 3 seats in the working group, the most a country may "
						+ "hold; replace or recall a member first");
	}

	@Test
	void samePersonIsNotSeatedTwiceForACountry() {
		fixture.given(ESTABLISHED_EVENT, KZ_CHAIR)
			.when(nominate(NEW, Country.KZ, "sample member kz-1", MEMBER))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void nominationCannotPrecedeTheGroup() {
		refused(fixture.given(ESTABLISHED_EVENT)
			.when(new NominateMember(GROUP, NEW, Country.KZ, new Nominee("Sample Member KZ-1", "A"), MEMBER,
					ESTABLISHED.minusDays(1))),
				RuleViolation.class,
				"a nomination dated 2026-01-19 cannot precede 2026-01-20, when the working group " + "was established");
	}

	@Test
	void countryReplacesItsMemberAndTheSuccessorMayTakeTheRole() {
		Nominee successor = new Nominee("Sample Member KZ-5", "Deputy minister");
		LocalDate on = LocalDate.of(2026, 3, 9);
		fixture.given(ESTABLISHED_EVENT, KZ_CHAIR, UZ_SECRETARY)
			.when(new ReplaceMember(GROUP, KZ_1, NEW, successor, CHAIR, on))
			.expectEvents(new MemberReplaced(GROUP, KZ_1, NEW, Country.KZ, successor, CHAIR, on));
	}

	@Test
	void replacedMemberHasLeftTheGroup() {
		LocalDate on = LocalDate.of(2026, 3, 9);
		fixture
			.given(ESTABLISHED_EVENT, KZ_CHAIR,
					new MemberReplaced(GROUP, KZ_1, NEW, Country.KZ, new Nominee("Sample Member KZ-5", "A"), CHAIR, on))
			.when(new RecallMember(GROUP, KZ_1, on, null))
			.expectException(RuleViolation.class)
			.expectExceptionMessage(
					"Sample Member KZ-1 (Kazakhstan) left the working group on 2026-03-09 and cannot " + "be recalled")
			.expectNoEvents();
	}

	@Test
	void unknownMemberIsNotFound() {
		fixture.given(ESTABLISHED_EVENT)
			.when(new RecallMember(GROUP, NEW, TODAY, null))
			.expectException(RecordNotFound.class)
			.expectNoEvents();
	}

	@Test
	void recallFreesTheSeatAndTheRole() {
		LocalDate on = LocalDate.of(2026, 3, 1);
		fixture.given(ESTABLISHED_EVENT, KZ_CHAIR)
			.when(new RecallMember(GROUP, KZ_1, on, "Moved to another post"))
			.expectEvents(new MemberRecalled(GROUP, KZ_1, Country.KZ, on, "Moved to another post"));
		fixture.given(ESTABLISHED_EVENT, KZ_CHAIR, new MemberRecalled(GROUP, KZ_1, Country.KZ, on, null))
			.when(nominate(NEW, Country.UZ, "Sample Member UZ-2", CHAIR))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void meetingOfParticipantsIsRecorded() {
		MeetingId meeting = new MeetingId(UUID.fromString("00000000-0000-0000-0000-0000000000b1"));
		RecordMeeting command = new RecordMeeting(GROUP, meeting, LocalDate.of(2026, 2, 10), "Online",
				Set.of(Country.KZ, Country.UZ), "Outline agreed", document("minutes"));
		fixture.given(ESTABLISHED_EVENT)
			.when(command)
			.expectEvents(new MeetingRecorded(GROUP, meeting, LocalDate.of(2026, 2, 10), "Online",
					Set.of(Country.KZ, Country.UZ), "Outline agreed", document("minutes")));
	}

	@Test
	void attendingCountriesMustParticipate() {
		refused(fixture.given(ESTABLISHED_EVENT)
			.when(new RecordMeeting(GROUP, MeetingId.random(), LocalDate.of(2026, 2, 10), "Baku",
					Set.of(Country.KZ, Country.AZ), null, null)),
				RuleViolation.class, startsWith("Azerbaijan does not participate in 'Brand working group'"));
	}

	@Test
	void meetingIsNotRecordedTwiceNorInTheFuture() {
		LocalDate day = LocalDate.of(2026, 2, 10);
		fixture
			.given(ESTABLISHED_EVENT,
					new MeetingRecorded(GROUP, MeetingId.random(), day, "Almaty", Set.of(Country.KZ), null, null))
			.when(new RecordMeeting(GROUP, MeetingId.random(), day, " almaty ", Set.of(Country.UZ), null, null))
			.expectException(RuleViolation.class)
			.expectExceptionMessage("a meeting in almaty on 2026-02-10 is already recorded")
			.expectNoEvents();
		fixture.given(ESTABLISHED_EVENT)
			.when(new RecordMeeting(GROUP, MeetingId.random(), TODAY.plusDays(1), "Almaty", Set.of(Country.KZ), null,
					null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void meetingNeedsAnAttendingCountry() {
		assertThatThrownBy(() -> new RecordMeeting(GROUP, MeetingId.random(), TODAY, "Almaty", Set.of(), null, null))
			.isInstanceOf(InvalidValueException.class)
			.hasMessage("a meeting needs at least one attending country");
	}

	@Test
	void firstDraftIsVersionOne() {
		refused(fixture.given(ESTABLISHED_EVENT)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(2), "Concept", document("v1"), TODAY)),
				RuleViolation.class, "no concept draft is recorded yet; the next draft is v1, not v2");
		fixture.given(ESTABLISHED_EVENT)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(1), "Concept", document("v1"),
					LocalDate.of(2026, 2, 24)))
			.expectEvents(DRAFT_1);
	}

	@Test
	void draftVersionsIncreaseByOne() {
		refused(fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(1), "Concept again", document("v9"), TODAY)),
				RuleViolation.class, "the latest concept draft is v1; the next draft is v2, not v1");
		fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(3), "Concept", document("v3"), TODAY))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void newDraftIsANewDocument() {
		refused(fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(2), "Concept, unchanged", document("v1"), TODAY)),
				RuleViolation.class, startsWith("this document (SHA-256 "));
	}

	@Test
	void countryApprovesTheLatestDraft() {
		LocalDate on = LocalDate.of(2026, 4, 10);
		fixture.given(ESTABLISHED_EVENT, DRAFT_1, DRAFT_2)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(2), APPROVED, on, null))
			.expectEvents(new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(2), on, null));
	}

	@Test
	void countryWithholdsApprovalWithAReason() {
		LocalDate on = LocalDate.of(2026, 4, 15);
		fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new DecideOnConceptDraft(GROUP, Country.KG, new DraftVersion(1), WITHHELD, on, "Languages missing"))
			.expectEvents(new ConceptApprovalWithheld(GROUP, Country.KG, new DraftVersion(1), on, "Languages missing"));
		assertThatThrownBy(() -> new DecideOnConceptDraft(GROUP, Country.KG, new DraftVersion(1), WITHHELD, on, ""))
			.isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("reason for withholding approval is required");
	}

	@Test
	void supersededDraftIsNotDecidedOn() {
		refused(fixture.given(ESTABLISHED_EVENT, DRAFT_1, DRAFT_2)
			.when(new DecideOnConceptDraft(GROUP, Country.TJ, new DraftVersion(1), APPROVED, LocalDate.of(2026, 4, 9),
					null)),
				RuleViolation.class,
				"concept draft v1 is superseded by v2; a position on it would not count, decide " + "on v2");
	}

	@Test
	void unknownDraftIsAnUnknownReference() {
		refused(fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(5), APPROVED, TODAY, null)),
				UnknownReference.class, "there is no concept draft v5; the latest is v1");
		fixture.given(ESTABLISHED_EVENT)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(1), APPROVED, TODAY, null))
			.expectException(UnknownReference.class)
			.expectNoEvents();
	}

	@Test
	void approvalOfAnEarlierDraftDoesNotCarryOverToANewOne() {
		LocalDate on = LocalDate.of(2026, 4, 10);
		fixture
			.given(ESTABLISHED_EVENT, DRAFT_1,
					new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(1), LocalDate.of(2026, 3, 2), null),
					DRAFT_2)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(2), APPROVED, on, null))
			.expectEvents(new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(2), on, null));
	}

	@Test
	void samePositionTwiceIsRefusedButAChangeOfMindIsRecorded() {
		LocalDate on = LocalDate.of(2026, 3, 2);
		ConceptDraftApproved approved = new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(1), on, null);
		refused(fixture.given(ESTABLISHED_EVENT, DRAFT_1, approved)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(1), APPROVED, on, null)),
				RuleViolation.class, "Kazakhstan's position on concept draft v1 is already APPROVED");
		fixture.given(ESTABLISHED_EVENT, DRAFT_1, approved)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(1), WITHHELD, on, "Second thoughts"))
			.expectEvents(new ConceptApprovalWithheld(GROUP, Country.KZ, new DraftVersion(1), on, "Second thoughts"));
	}

	@Test
	void decisionCannotPrecedeTheDraft() {
		fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(1), APPROVED, LocalDate.of(2026, 2, 1),
					null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyParticipantsDecide() {
		fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new DecideOnConceptDraft(GROUP, Country.AZ, new DraftVersion(1), APPROVED, TODAY, null))
			.expectException(RuleViolation.class)
			.expectNoEvents();
	}

	@Test
	void onlyTheSecretariatEstablishesRecordsMeetingsAndPutsForwardDrafts() {
		refused(fixture.givenNoPriorActivity()
			.when(new EstablishWorkingGroup(BRAND, ESTABLISHED, null), as(liaisonOf(Country.KZ))), AccessRefused.class,
				"only the secretariat may establish a working group; 'liaison-kz' is Kazakhstan's liaison");
		fixture.given(ESTABLISHED_EVENT)
			.when(new RecordMeeting(GROUP, MeetingId.random(), LocalDate.of(2026, 2, 10), "Online", Set.of(Country.KZ),
					null, null), as(liaisonOf(Country.KZ)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(ESTABLISHED_EVENT)
			.when(new SubmitConceptDraft(GROUP, new DraftVersion(1), "Concept", document("v1"), TODAY), as(OFFICIAL))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void aLiaisonNominatesAndDecidesOnlyForItsOwnCountry() {
		refused(fixture.given(ESTABLISHED_EVENT)
			.when(nominate(NEW, Country.KZ, "Sample Member KZ-9", MEMBER), as(liaisonOf(Country.UZ))),
				AccessRefused.class, "only Kazakhstan's liaison may nominate a member of the working group for "
						+ "Kazakhstan; 'liaison-uz' is Uzbekistan's liaison");
		fixture.given(ESTABLISHED_EVENT)
			.when(nominate(NEW, Country.KZ, "Sample Member KZ-9", MEMBER), as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
		fixture.given(ESTABLISHED_EVENT, DRAFT_1)
			.when(new DecideOnConceptDraft(GROUP, Country.KZ, new DraftVersion(1), APPROVED, TODAY, null),
					as(liaisonOf(Country.KG)))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	/** A member's country is the one that nominated them, as recorded. */
	@Test
	void onlyTheMembersOwnLiaisonReplacesOrRecallsThem() {
		refused(fixture.given(ESTABLISHED_EVENT, KZ_CHAIR)
			.when(new RecallMember(GROUP, KZ_1, TODAY, null), as(liaisonOf(Country.UZ))), AccessRefused.class,
				"only Kazakhstan's liaison may recall Sample Member KZ-1, a member for Kazakhstan; "
						+ "'liaison-uz' is Uzbekistan's liaison");
		fixture.given(ESTABLISHED_EVENT, KZ_CHAIR)
			.when(new ReplaceMember(GROUP, KZ_1, NEW, new Nominee("Sample Member KZ-9", "Adviser"), CHAIR, TODAY),
					as(SECRETARIAT))
			.expectException(AccessRefused.class)
			.expectNoEvents();
	}

	@Test
	void commandNamingNoCallerIsRefused() {
		refused(newFixture().given(ESTABLISHED_EVENT).when(nominate(NEW, Country.KZ, "Sample Member KZ-9", MEMBER)),
				AccessRefused.class, endsWith("; the command names no caller"));
	}

}
