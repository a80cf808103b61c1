package org.cooperation.tracker.query.replay.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.cooperation.tracker.access.problem.ProblemTexts;
import org.cooperation.tracker.kernel.common.Phrase;
import org.cooperation.tracker.query.common.NotFoundException;
import org.cooperation.tracker.query.replay.ReplayAlreadyRunning;
import org.cooperation.tracker.query.replay.ReplayRun;
import org.cooperation.tracker.query.replay.Replays;
import org.cooperation.tracker.query.web.ProblemResponses;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replays for auditors and admins (QuerySideSecurity): start one, follow its progress,
 * read how the rebuilt read models compared with the live ones.
 */
@RestController
@RequestMapping(ReplayApi.PATH)
@Tag(name = "Replay", description = "Rebuild read models from the event history (roles AUDITOR, ADMIN)")
class ReplayApi {

	static final String PATH = "/api/replays";

	private static final int LATEST = 20;

	private final Replays replays;

	private final ProblemTexts texts;

	ReplayApi(Replays replays, ProblemTexts texts) {
		this.replays = replays;
		this.texts = texts;
	}

	/**
	 * @param processors the read models to rebuild, by processor name; all when none
	 * @param switchOver whether the rebuilt read models replace the live ones (the
	 * default), or are only compared with them
	 */
	record ReplayRequest(List<String> processors, Boolean switchOver) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Starts rebuilding read models beside the live ones; 202 with the replay's address")
	@ProblemResponses
	ResponseEntity<ReplayProgress> start(@RequestBody(required = false) ReplayRequest request, Principal caller) {
		List<String> processors = (request != null && request.processors() != null) ? request.processors() : List.of();
		boolean switchOver = request == null || request.switchOver() == null || request.switchOver();
		ReplayRun run = replays.start(processors, switchOver, caller.getName());
		return ResponseEntity.accepted().location(URI.create(PATH + "/" + run.replayId())).body(ReplayProgress.of(run));
	}

	@GetMapping("/{replayId}")
	@Operation(summary = "A replay's progress (events done / total, rate, time left) and, once done, its comparison")
	@ProblemResponses
	ReplayProgress replay(@PathVariable UUID replayId) {
		return replays.find(replayId)
			.map(ReplayProgress::of)
			.orElseThrow(() -> new NotFoundException("no replay " + replayId));
	}

	@GetMapping
	@Operation(summary = "The latest replays, newest first")
	@ProblemResponses
	List<ReplayProgress> latest() {
		return replays.latest(LATEST).stream().map(ReplayProgress::of).toList();
	}

	@GetMapping("/processors")
	@Operation(summary = "The read models a replay can rebuild, by processor name")
	@ProblemResponses
	List<String> processors() {
		return replays.processors();
	}

	@ExceptionHandler(ReplayAlreadyRunning.class)
	ResponseEntity<ProblemDetail> alreadyRunning(ReplayAlreadyRunning ex, HttpServletRequest request) {
		ProblemDetail problem = texts.problem(HttpStatus.CONFLICT, Phrase.of("problem.status.409"), Phrase.wording(ex),
				ProblemTexts.current());
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
