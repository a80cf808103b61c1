package org.cooperation.tracker.query.replay.web;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.cooperation.tracker.access.Callers;
import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.InvalidValueException;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.kernel.access.Caller;
import org.cooperation.tracker.kernel.access.Role;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.replay.ReplayAlreadyRunning;
import org.cooperation.tracker.query.replay.ReplayRun;
import org.cooperation.tracker.query.replay.Replays;
import org.cooperation.tracker.query.web.DashboardPage;
import org.cooperation.tracker.query.web.Display;
import org.cooperation.tracker.query.web.ErrorPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's replay page, for auditors and admins: choose read models and start a
 * rebuild; then a progress bar (refreshed by htmx every second while it runs) and, at the
 * end, how the rebuilt read models compared with the ones they replaced.
 */
@Controller
@DashboardPage
class ReplayPage {

	static final String PATH = "/audit/replay";

	private static final int LATEST = 10;

	private final Replays replays;

	private final Display show;

	private final ProblemTexts texts;

	ReplayPage(Replays replays, Display show, ProblemTexts texts) {
		this.replays = replays;
		this.show = show;
		this.texts = texts;
	}

	@GetMapping(PATH)
	String replays(Model model) {
		auditorsAndAdmins();
		return form(model, null);
	}

	@PostMapping(PATH)
	String start(@RequestParam(name = "processor", required = false) List<String> processors,
			@RequestParam(name = "compareOnly", defaultValue = "false") boolean compareOnly, Principal caller,
			Model model, HttpServletResponse response) {
		auditorsAndAdmins();
		if (processors == null || processors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, show.label("replay.refused.none"));
		}
		try {
			ReplayRun run = replays.start(processors, !compareOnly, caller.getName());
			return "redirect:" + PATH + "/" + run.replayId();
		}
		catch (InvalidValueException | ReplayAlreadyRunning ex) {
			response.setStatus(
					((ex instanceof ReplayAlreadyRunning) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST).value());
			return form(model, texts.text(Phrase.wording(ex), ProblemTexts.current()));
		}
	}

	@GetMapping(PATH + "/{replayId}")
	String replay(@PathVariable UUID replayId, Model model) {
		auditorsAndAdmins();
		model.addAttribute("run", run(replayId));
		return "replay-run";
	}

	/** The progress and, once done, the comparison: what htmx swaps in every second. */
	@GetMapping(PATH + "/{replayId}/progress")
	String progress(@PathVariable UUID replayId, Model model) {
		auditorsAndAdmins();
		model.addAttribute("run", run(replayId));
		return "replay-run :: progress";
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex) {
		return ErrorPage.of(HttpStatus.FORBIDDEN, show.label("replay.forbidden"));
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return ErrorPage.of(HttpStatus.NOT_FOUND, show.label("replay.notFound"));
	}

	private String form(Model model, String refused) {
		model.addAttribute("processors", replays.processors());
		model.addAttribute("latest", replays.latest(LATEST));
		model.addAttribute("refused", refused);
		return "replay";
	}

	private ReplayRun run(UUID replayId) {
		return replays.find(replayId).orElseThrow(() -> new NotFoundException("no replay " + replayId));
	}

	private static void auditorsAndAdmins() {
		Caller caller = Callers.current();
		if (caller == null || !(caller.is(Role.AUDITOR) || caller.is(Role.ADMIN))) {
			throw new AccessDeniedException("replays are for auditors and admins only");
		}
	}

}
