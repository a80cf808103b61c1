package org.cooperation.tracker.query.programme.brand.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.cooperation.tracker.query.initiative.InitiativeQueries;
import org.cooperation.tracker.query.programme.brand.WorkingGroupQueries;
import org.cooperation.tracker.query.web.DashboardPage;

/** The brand working group's page: roster, meetings, drafts and approvals. */
@Controller
@DashboardPage
@RequiredArgsConstructor
class WorkingGroupPages {

	private final WorkingGroupQueries workingGroups;

	private final InitiativeQueries initiatives;

	@GetMapping("/initiatives/{initiativeId}/working-group")
	String workingGroup(@PathVariable UUID initiativeId, Model model) {
		model.addAttribute("group", workingGroups.established(initiativeId).orElse(null));
		model.addAttribute("initiative", initiatives.initiative(initiativeId).view());
		model.addAttribute("pageTitle", "Brand working group");
		return "working-group";
	}

}
