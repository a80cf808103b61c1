package org.cooperation.tracker.query.deadletter;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.cooperation.tracker.kernel.common.Checks;
import org.cooperation.tracker.query.common.NotFoundException;

/**
 * For admins (QuerySideSecurity): what each projection has parked and why, and a retry
 * once the cause is fixed. The only write on the query side, and it writes nothing of the
 * record: it asks a projection to apply events the event store already holds.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Dead letters",
		description = "Events a projection could not apply, parked until an admin retries them " + "(role ADMIN)")
@RequiredArgsConstructor
class DeadLetterAdministration {

	private final DeadLetters deadLetters;

	@GetMapping
	@Operation(operationId = "parkedEvents", summary = "What the projections have parked and why, for admins",
			description = "Every processor's parked events, or one processor's (processor: its name).")
	List<ParkedEvent> parked(@RequestParam(name = "processor", required = false) String processor) {
		if (processor != null) {
			return deadLetters.parked(known(processor));
		}
		return deadLetters.processors().stream().flatMap(group -> deadLetters.parked(group).stream()).toList();
	}

	@PostMapping("/{processor}/retry")
	@Operation(operationId = "retryParkedEvents",
			summary = "Ask a projection to apply its parked events again, once the cause is fixed")
	RetryOutcome retry(@PathVariable("processor") String processor) {
		String group = known(processor);
		int applied = deadLetters.retry(group);
		return new RetryOutcome(group, applied, deadLetters.parkedIn(group));
	}

	private String known(String processor) {
		if (!deadLetters.processors().contains(processor)) {
			throw new NotFoundException("no processor is named " + Checks.excerpt(processor) + "; known are "
					+ String.join(", ", deadLetters.processors()));
		}
		return processor;
	}

	/**
	 * @param processor the processing group retried
	 * @param appliedSequences sequences applied completely
	 * @param stillParked events still parked (failed again)
	 */
	record RetryOutcome(String processor, int appliedSequences, long stillParked) {
	}

}
