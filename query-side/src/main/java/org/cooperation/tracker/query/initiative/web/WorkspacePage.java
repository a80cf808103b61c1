package org.cooperation.tracker.query.initiative.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.query.initiative.Workspace;
import org.cooperation.tracker.query.initiative.WorkspaceQueries;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.ErrorPage;

/**
 * A liaison's workspace: their country's initiatives, what waits on the country, and a
 * status form and a progress form for each initiative, with a link to the initiative's
 * own page, where the forms of its kind's records are. The forms write through the
 * command side's API on the same origin (the gateway), as the signed-in user: the page
 * only shows, the command side decides (static/js/workspace.js).
 */
@Controller
@DashboardPage
@RequiredArgsConstructor
class WorkspacePage {

	static final String PATH = "/workspace";

	private final WorkspaceQueries workspaces;

	private final Display show;

	private final Clock clock = Clock.systemUTC();

	@GetMapping(PATH)
	ModelAndView workspace() {
		Caller caller = Callers.current();
		if (caller == null || !caller.is(Role.LIAISON) || caller.country() == null) {
			return ErrorPage.of(HttpStatus.FORBIDDEN, show.label("workspace.onlyLiaisons"));
		}
		Workspace workspace = workspaces.workspace(caller.country(), LocalDate.now(clock));
		ModelAndView page = new ModelAndView("workspace");
		page.addObject("workspace", workspace);
		page.addObject("waiting", workspace.waiting());
		page.addObject("countryName", show.country(caller.country()));
		page.addObject("countryCode", caller.country().name());
		page.addObject("pageTitle", show.label("workspace.title", show.country(caller.country())));
		page.addObject("today", workspace.today());
		page.addObject("quietDays", Workspace.QUIET_DAYS);
		Map<InitiativeKind, String> programmePages = new EnumMap<>(InitiativeKind.class);
		for (InitiativeKind kind : InitiativeKind.values()) {
			if (DashboardPages.programmePage(kind) != null) {
				programmePages.put(kind, DashboardPages.programmePage(kind));
			}
		}
		page.addObject("programmePages", programmePages);
		return page;
	}

}
