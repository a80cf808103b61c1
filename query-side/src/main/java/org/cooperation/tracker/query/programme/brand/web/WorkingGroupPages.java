package org.cooperation.tracker.query.programme.brand.web;

import org.cooperation.tracker.query.initiative.CountryStanding;
import org.cooperation.tracker.query.access.SignedIn;
import org.cooperation.tracker.kernel.programme.brand.MemberRole;
import org.cooperation.tracker.kernel.country.Country;
import java.util.List;
import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.cooperation.tracker.kernel.programme.brand.WorkingGroupSeats;
import org.cooperation.tracker.query.initiative.InitiativeDetail;
import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupView;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;

/**
 * The brand working group's page: roster and seats, meetings, drafts and each country's
 * position on each draft, with charts of the seats and the approvals; in the reader's
 * language.
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class WorkingGroupPages {

	private final WorkingGroupDownloads downloads;

	private final WorkingGroupQueries workingGroups;

	private final InitiativeQueries initiatives;

	private final Display show;

	private final ObjectMapper json;

	@GetMapping("/initiatives/{initiativeId}/working-group")
	String workingGroup(@PathVariable UUID initiativeId, Model model) throws JsonProcessingException {
		WorkingGroupView group = workingGroups.established(initiativeId).orElse(null);
		InitiativeDetail initiative = initiatives.initiative(initiativeId).view();
		model.addAttribute("group", group);
		model.addAttribute("initiative", initiative);
		model.addAttribute("seatsPerCountry", WorkingGroupSeats.PER_COUNTRY);
		if (group != null) {
			model.addAttribute("rosterChart", json.writeValueAsString(WorkingGroupCharts.roster(group, show)));
			model.addAttribute("approvalsChart", json.writeValueAsString(WorkingGroupCharts.approvals(group, show)));
		}
		model.addAttribute("pageTitle", show.label("workingGroup.title", show.text(initiative.title())));
		forms(initiative, group, model);
		return "working-group";
	}

	/**
	 * The forms of the signed-in user's part (templates/working-group-forms.html): a
	 * participating country's liaison fills and changes the country's seats and states
	 * its position on the latest draft; the secretariat establishes the group, records
	 * meetings and puts drafts forward. The group is one record, so each form carries its
	 * version.
	 */
	private void forms(InitiativeDetail initiative, WorkingGroupView group, Model model) {
		List<Country> participants = initiative.countries().stream().map(CountryStanding::country).toList();
		Country liaisonOf = SignedIn.liaisonCountry();
		boolean liaison = liaisonOf != null && participants.contains(liaisonOf);
		if (group == null || !(liaison || SignedIn.secretariat())) {
			model.addAttribute("establishes", group == null && SignedIn.secretariat());
			return;
		}
		model.addAttribute("groupVersion", workingGroups.workingGroup(initiative.initiativeId()).version());
		model.addAttribute("participants", participants);
		model.addAttribute("memberRoles", MemberRole.values());
		if (liaison) {
			model.addAttribute("seatsOf", liaisonOf);
			model.addAttribute("ownMembers",
					group.roster()
						.stream()
						.filter((roster) -> roster.country() == liaisonOf)
						.flatMap((roster) -> roster.members().stream())
						.toList());
		}
	}

	@GetMapping("/initiatives/{initiativeId}/working-group/members.csv")
	void membersCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.members(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/working-group/meetings.csv")
	void meetingsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.meetings(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/working-group/concept-drafts.csv")
	void draftsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.drafts(initiativeId, response);
	}

	@GetMapping("/initiatives/{initiativeId}/working-group/positions.csv")
	void positionsCsv(@PathVariable UUID initiativeId, HttpServletResponse response) throws IOException {
		downloads.positions(initiativeId, response);
	}

}
