package org.cooperation.tracker.query.programme.brand;

import org.cooperation.tracker.query.programme.brand.model.WorkingGroupProjection;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeId;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.initiative.InitiativeProposed;
import org.cooperation.tracker.kernel.programme.brand.ConceptApprovalWithheld;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftApproved;
import org.cooperation.tracker.kernel.programme.brand.ConceptDraftSubmitted;
import org.cooperation.tracker.kernel.programme.brand.DocumentReference;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MeetingRecorded;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberNominated;
import org.cooperation.tracker.kernel.programme.brand.MemberRecalled;
import org.cooperation.tracker.kernel.programme.brand.MemberReplaced;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupEstablished;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;
import org.cooperation.tracker.query.Fixtures;

/**
 * A brand working group as events, with fixed ids and times. Five members participate; KZ
 * chairs, UZ holds the secretary; TJ's member is replaced and KG's recalled; two meetings
 * (recorded out of date order); two drafts. On draft v2 KZ approves, UZ withholds; TJ
 * approved v1 only; KG withheld v1 only; TM has no position.
 */
public final class WorkingGroupStory {

	public static final InitiativeId BRAND = new InitiativeId(UUID.fromString("9c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e83"));

	public static final WorkingGroupId GROUP = WorkingGroupId.of(BRAND);

	public static final MemberId KZ_CHAIR = member(1);

	public static final MemberId UZ_SECRETARY = member(2);

	public static final MemberId TJ_FIRST = member(3);

	public static final MemberId TJ_SECOND = member(4);

	public static final MemberId KG_MEMBER = member(5);

	public static final MeetingId FIRST_MEETING = new MeetingId(
			UUID.fromString("00000000-0000-4000-8000-0000000b0001"));

	public static final MeetingId SECOND_MEETING = new MeetingId(
			UUID.fromString("00000000-0000-4000-8000-0000000b0002"));

	public static final String DIGEST_1 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	public static final String DIGEST_2 = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

	public static final String MINUTES_DIGEST = "fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13";

	private WorkingGroupStory() {
	}

	public static MemberId member(int n) {
		return new MemberId(UUID.fromString("00000000-0000-4000-8000-0000000a000" + n));
	}

	public static InitiativeProposed brandProposed() {
		return new InitiativeProposed(BRAND, Fixtures.TASHKENT, Fixtures.CULTURAL_EXCHANGE,
				InitiativeKind.BRAND_WORKING_GROUP, LocalizedText.english("Working group on the cultural brand"), null,
				null, Fixtures.MEMBERS);
	}

	public static DocumentReference document(String name, String digest) {
		return new DocumentReference(EvidenceLink.of("https://example.org/" + name), Sha256.of(digest));
	}

	public static MemberNominated nominated(MemberId id, Country country, String name, MemberRole role) {
		return new MemberNominated(GROUP, id, country, new Nominee(name, "Adviser"), role, LocalDate.of(2026, 1, 27));
	}

	/** Every event of the group in the order delivered, with the group's sequence. */
	public static void feed(WorkingGroupProjection projection) {
		projection.on(new WorkingGroupEstablished(GROUP, BRAND, LocalDate.of(2026, 1, 20), "Decision of the ministers"),
				Fixtures.recorded(0L, Fixtures.later(300), Fixtures.secretariat()));
		projection.on(nominated(KZ_CHAIR, Country.KZ, "Sample Member KZ-1", MemberRole.CHAIR),
				Fixtures.recorded(1L, Fixtures.later(301), Fixtures.liaison(Country.KZ, "corr-wg-1")));
		projection.on(nominated(UZ_SECRETARY, Country.UZ, "Sample Member UZ-1", MemberRole.SECRETARY),
				Fixtures.recorded(2L, Fixtures.later(302), Fixtures.liaison(Country.UZ, "corr-wg-2")));
		projection.on(nominated(TJ_FIRST, Country.TJ, "Sample Member TJ-1", MemberRole.MEMBER),
				Fixtures.recorded(3L, Fixtures.later(303), Fixtures.sample()));
		projection.on(nominated(KG_MEMBER, Country.KG, "Sample Member KG-1", MemberRole.MEMBER),
				Fixtures.recorded(4L, Fixtures.later(304), Fixtures.liaison(Country.KG, "corr-wg-3")));
		projection.on(
				new MeetingRecorded(GROUP, SECOND_MEETING, LocalDate.of(2026, 3, 16), "Almaty",
						Set.of(Country.TM, Country.KZ, Country.UZ), "Second draft asked for", null),
				Fixtures.recorded(5L, Fixtures.later(305), Fixtures.secretariat()));
		projection.on(
				new MeetingRecorded(GROUP, FIRST_MEETING, LocalDate.of(2026, 2, 10), "Online",
						Set.of(Country.UZ, Country.KZ), "Outline agreed", document("minutes-1.pdf", MINUTES_DIGEST)),
				Fixtures.recorded(6L, Fixtures.later(306), Fixtures.secretariat()));
		projection.on(new ConceptDraftSubmitted(GROUP, new DraftVersion(1), "Concept",
				document("concept-v1.pdf", DIGEST_1), LocalDate.of(2026, 2, 24)),
				Fixtures.recorded(7L, Fixtures.later(307), Fixtures.secretariat()));
		projection.on(new ConceptDraftApproved(GROUP, Country.TJ, new DraftVersion(1), LocalDate.of(2026, 3, 2), null),
				Fixtures.recorded(8L, Fixtures.later(308), Fixtures.liaison(Country.TJ, "corr-wg-4")));
		projection.on(new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(1), LocalDate.of(2026, 3, 2), null),
				Fixtures.recorded(9L, Fixtures.later(309), Fixtures.liaison(Country.KZ, "corr-wg-5")));
		projection.on(
				new ConceptApprovalWithheld(GROUP, Country.KG, new DraftVersion(1), LocalDate.of(2026, 3, 3),
						"Too short"),
				Fixtures.recorded(10L, Fixtures.later(310), Fixtures.liaison(Country.KG, "corr-wg-6")));
		projection.on(
				new MemberReplaced(GROUP, TJ_FIRST, TJ_SECOND, Country.TJ,
						new Nominee("Sample Member TJ-2", "Deputy head"), MemberRole.MEMBER, LocalDate.of(2026, 3, 9)),
				Fixtures.recorded(11L, Fixtures.later(311), Fixtures.liaison(Country.TJ, "corr-wg-7")));
		projection.on(
				new MemberRecalled(GROUP, KG_MEMBER, Country.KG, LocalDate.of(2026, 3, 20), "Moved to a new post"),
				12L);
		projection.on(
				new ConceptDraftSubmitted(GROUP, new DraftVersion(2), "Concept, revised",
						document("concept-v2.pdf", DIGEST_2), LocalDate.of(2026, 4, 6)),
				Fixtures.recorded(13L, Fixtures.later(313), Fixtures.secretariat()));
		projection.on(new ConceptDraftApproved(GROUP, Country.KZ, new DraftVersion(2), LocalDate.of(2026, 4, 10), null),
				Fixtures.recorded(14L, Fixtures.later(314), Fixtures.liaison(Country.KZ, "corr-wg-8")));
		projection.on(new ConceptDraftApproved(GROUP, Country.UZ, new DraftVersion(2), LocalDate.of(2026, 4, 11), null),
				Fixtures.recorded(15L, Fixtures.later(315), Fixtures.liaison(Country.UZ, "corr-wg-9")));
		projection.on(
				new ConceptApprovalWithheld(GROUP, Country.UZ, new DraftVersion(2), LocalDate.of(2026, 4, 14),
						"Languages section missing"),
				Fixtures.recorded(16L, Fixtures.later(316), Fixtures.liaison(Country.UZ, "corr-wg-10")));
	}

}
