package org.cooperation.tracker.query.programme.brand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.programme.brand.ConceptDecision;
import org.cooperation.tracker.kernel.programme.brand.WorkingGroupSeats;
import org.cooperation.tracker.query.programme.brand.model.ApprovalState;

/**
 * A brand working group with everything it recorded.
 *
 * @param workingGroupId the group
 * @param initiativeId its initiative
 * @param initiativeTitle the initiative's title
 * @param establishedOn the day it was set up
 * @param note the decision that set it up, or null
 * @param establishedAt when that was recorded
 * @param sample true when the group's establishment is demo data
 * @param roster every participating country's seats, in the order of the country list
 * @param meetings its meetings, oldest first
 * @param drafts its concept drafts, by version
 * @param approval each country's standing on the latest draft
 * @param positions each draft's positions, by version: every participating country's
 * decision on that very draft
 */
public record WorkingGroupView(UUID workingGroupId, UUID initiativeId, LocalizedText initiativeTitle,
		LocalDate establishedOn, String note, Instant establishedAt, boolean sample, List<CountryRoster> roster,
		List<MeetingView> meetings, List<DraftView> drafts, ConceptApproval approval, List<DraftPositions> positions) {

	/**
	 * One participating country's seats in the working group.
	 *
	 * @param country the country
	 * @param members who sits for it now, in the order they joined
	 * @param former who sat for it before
	 */
	public record CountryRoster(Country country, List<MemberView> members, List<MemberView> former) {

		/** How many of the country's seats are filled. */
		public int filled() {
			return members.size();
		}

		/** How many of the country's seats nobody holds. */
		public int vacant() {
			return Math.max(0, WorkingGroupSeats.PER_COUNTRY - members.size());
		}

	}

	/**
	 * The concept's approval state: how many participating countries approve the latest
	 * draft, and where each stands.
	 *
	 * @param latestVersion the latest draft's version, or null before the first draft
	 * @param approvals how many countries approve the latest draft
	 * @param participants how many countries participate in the initiative
	 * @param countries each participant's standing, in the order of the country list
	 */
	public record ConceptApproval(Integer latestVersion, int approvals, int participants,
			List<ApprovalView> countries) {
	}

	/**
	 * Where one participating country stands on the latest concept draft.
	 *
	 * @param country the country
	 * @param state APPROVED or WITHHELD (a position on the latest draft),
	 * APPROVED_EARLIER_DRAFT (it approved a superseded draft only, which does not count),
	 * or NO_POSITION
	 * @param countsForLatest true when the position shown is on the latest draft
	 * @param version the draft the position shown is on, or null when there is none
	 * @param decision that position, or null
	 * @param decidedOn the day of that decision, or null
	 * @param note its reason or note, or null
	 * @param sample true when that position is demo data
	 */
	public record ApprovalView(Country country, ApprovalState state, boolean countsForLatest, Integer version,
			ConceptDecision decision, LocalDate decidedOn, String note, boolean sample) {
	}

	/**
	 * Every participating country's position on one version of the concept draft.
	 *
	 * @param version the draft's version
	 * @param latest true for the latest draft, the only one whose approvals count
	 * @param countries each participant's position on it, in the order of the country
	 * list
	 */
	public record DraftPositions(int version, boolean latest, List<PositionView> countries) {
	}

	/**
	 * One country's position on one draft.
	 *
	 * @param country the country
	 * @param decision approved or withheld, or null while it took no position on this
	 * draft
	 * @param decidedOn the day of that decision, or null
	 * @param note its reason or note, or null
	 * @param sample true when that position is demo data
	 */
	public record PositionView(Country country, ConceptDecision decision, LocalDate decidedOn, String note,
			boolean sample) {
	}

}
