package org.cooperation.tracker.command.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;

import org.cooperation.tracker.kernel.common.EvidenceLink;
import org.cooperation.tracker.kernel.common.Sha256;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.DecideOnConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.DocumentReference;
import org.cooperation.tracker.kernel.programme.brand.DraftVersion;
import org.cooperation.tracker.kernel.programme.brand.EstablishWorkingGroup;
import org.cooperation.tracker.kernel.programme.brand.MeetingId;
import org.cooperation.tracker.kernel.programme.brand.MemberId;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.programme.brand.NominateMember;
import org.cooperation.tracker.kernel.programme.brand.Nominee;
import org.cooperation.tracker.kernel.programme.brand.RecordMeeting;
import org.cooperation.tracker.kernel.programme.brand.ReplaceMember;
import org.cooperation.tracker.kernel.programme.brand.SubmitConceptDraft;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupId;

/**
 * A sample brand working group: fictional members ("Sample Member KZ-1"), two meetings,
 * two concept drafts and a mix of positions on them, among them an approval of the first
 * draft only, which does not count for the second. Documents point to example.org; their
 * digests are of sample text. Members' ids end in {@code a00n}, meetings' in
 * {@code b00n}.
 */
class BrandWorkingGroupDemo implements DemoProgramme {

	private static final String POSITION = "Head of department, ministry of culture (sample)";

	@Override
	public void load(DemoCommands send) {
		WorkingGroupId group = WorkingGroupId.of(DemoCommands.BRAND_WORKING_GROUP);
		send.sample(new EstablishWorkingGroup(DemoCommands.BRAND_WORKING_GROUP, LocalDate.of(2026, 1, 20),
				DemoCommands.SAMPLE_NOTE));
		LocalDate nominated = LocalDate.of(2026, 1, 27);
		nominate(send, group, 1, Country.KZ, 1, MemberRole.CHAIR, nominated);
		nominate(send, group, 2, Country.KZ, 2, MemberRole.MEMBER, nominated);
		nominate(send, group, 3, Country.UZ, 1, MemberRole.SECRETARY, nominated);
		nominate(send, group, 4, Country.UZ, 2, MemberRole.MEMBER, nominated);
		nominate(send, group, 5, Country.KG, 1, MemberRole.MEMBER, nominated);
		MemberId tajik = nominate(send, group, 6, Country.TJ, 1, MemberRole.MEMBER, nominated);
		nominate(send, group, 7, Country.TM, 1, MemberRole.MEMBER, LocalDate.of(2026, 2, 3));

		send.sample(new RecordMeeting(group, meeting(1), LocalDate.of(2026, 2, 10), "Online",
				EnumSet.of(Country.KZ, Country.UZ, Country.KG, Country.TJ),
				DemoCommands.SAMPLE_NOTE + " Agreed the outline of the concept and a timetable.",
				document("minutes-2026-02-10.pdf")));
		send.sample(new SubmitConceptDraft(group, DraftVersion.first(), "Concept of the cultural brand (sample)",
				document("brand-concept-v1.pdf"), LocalDate.of(2026, 2, 24)));
		decide(send, group, Country.KZ, 1, ConceptDecision.APPROVED, LocalDate.of(2026, 3, 2));
		decide(send, group, Country.TJ, 1, ConceptDecision.APPROVED, LocalDate.of(2026, 3, 5));
		send.sample(new ReplaceMember(group, tajik, member(8), new Nominee("Sample Member TJ-2", POSITION),
				MemberRole.MEMBER, LocalDate.of(2026, 3, 9)));
		send.sample(new RecordMeeting(group, meeting(2), LocalDate.of(2026, 3, 16), "Almaty",
				EnumSet.of(Country.KZ, Country.UZ, Country.KG, Country.TJ, Country.TM),
				DemoCommands.SAMPLE_NOTE + " Asked for a second draft with a visual identity section.",
				document("minutes-2026-03-16.pdf")));
		send.sample(new SubmitConceptDraft(group, DraftVersion.first().next(),
				"Concept of the cultural brand, revised (sample)", document("brand-concept-v2.pdf"),
				LocalDate.of(2026, 4, 6)));
		decide(send, group, Country.KZ, 2, ConceptDecision.APPROVED, LocalDate.of(2026, 4, 10));
		decide(send, group, Country.UZ, 2, ConceptDecision.APPROVED, LocalDate.of(2026, 4, 14));
		decide(send, group, Country.KG, 2, ConceptDecision.WITHHELD, LocalDate.of(2026, 4, 15));
	}

	private static MemberId nominate(DemoCommands send, WorkingGroupId group, int n, Country country, int seat,
			MemberRole role, LocalDate on) {
		MemberId id = member(n);
		send.sample(new NominateMember(group, id, country,
				new Nominee("Sample Member " + country.alpha2() + "-" + seat, POSITION), role, on));
		return id;
	}

	private static void decide(DemoCommands send, WorkingGroupId group, Country country, int version,
			ConceptDecision decision, LocalDate on) {
		String note = (decision == ConceptDecision.WITHHELD)
				? DemoCommands.SAMPLE_NOTE + " Withheld: the section on languages needs work."
				: DemoCommands.SAMPLE_NOTE;
		send.sample(new DecideOnConceptDraft(group, country, new DraftVersion(version), decision, on, note));
	}

	private static MemberId member(int n) {
		return new MemberId(DemoCommands.fixedId("00000005a00" + n));
	}

	private static MeetingId meeting(int n) {
		return new MeetingId(DemoCommands.fixedId("00000005b00" + n));
	}

	/** A sample document: an example.org link and the SHA-256 of a sample text. */
	private static DocumentReference document(String file) {
		return new DocumentReference(EvidenceLink.of("https://example.org/sample/brand-working-group/" + file),
				Sha256.of(("SAMPLE document " + file).getBytes(StandardCharsets.UTF_8)));
	}

}
