package org.cooperation.tracker.query.programme.archive.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import org.cooperation.tracker.query.programme.archive.ArchiveExchangeQueries;
import org.cooperation.tracker.query.programme.archive.CopyView;
import org.cooperation.tracker.query.programme.archive.CopyView.CopyStepView;
import org.cooperation.tracker.query.web.RecordColumns;

/**
 * The exchanged copies as CSV files, for the API and the page alike: a line per copy as
 * it stands (the ordered pair, where it is, the latest transfer's checksum), and a line
 * per step of every copy, where an auditor finds each checksum sent and each one the
 * receiver computed on a mismatch.
 */
@Component
@RequiredArgsConstructor
class ArchiveExchangeDownloads {

	static final RecordColumns<CopyView> COPIES = new RecordColumns<CopyView>().column("copy_id", CopyView::copyId)
		.column("holder", CopyView::holder)
		.column("receiver", CopyView::receiver)
		.column("started_as", CopyView::startedAs)
		.column("material_type", CopyView::materialType)
		.text("title", CopyView::title)
		.column("reference", CopyView::reference)
		.text("description", CopyView::description)
		.column("state", CopyView::state)
		.column("waiting_on", CopyView::waitingOn)
		.column("next_step", CopyView::nextStep)
		.column("checksum", CopyView::checksum)
		.column("medium", CopyView::medium)
		.column("transfers", CopyView::transfers)
		.column("sent_on", CopyView::sentOn)
		.column("received_on", CopyView::receivedOn)
		.column("started_at", CopyView::startedAt)
		.column("state_since", CopyView::stateSince)
		.column("steps", (copy) -> copy.steps().size())
		.column("sample", CopyView::sample);

	static final RecordColumns<CopyStep> STEPS = new RecordColumns<CopyStep>()
		.column("copy_id", (step) -> step.copy().copyId())
		.column("holder", (step) -> step.copy().holder())
		.column("receiver", (step) -> step.copy().receiver())
		.column("step", CopyStep::number)
		.column("state", (step) -> step.step().state())
		.column("country", (step) -> step.step().country())
		.column("checksum", (step) -> step.step().checksum())
		.column("computed_checksum", (step) -> step.step().computedChecksum())
		.column("medium", (step) -> step.step().medium())
		.column("attempt", (step) -> step.step().attempt())
		.column("on_date", (step) -> step.step().on())
		.column("remark", (step) -> step.step().remark())
		.column("recorded_at", (step) -> step.step().recordedAt())
		.column("actor", (step) -> step.step().actor())
		.column("actor_role", (step) -> step.step().actorRole())
		.column("actor_country", (step) -> step.step().actorCountry())
		.column("sample", (step) -> step.step().sample());

	private final ArchiveExchangeQueries queries;

	private final Clock clock = Clock.systemUTC();

	void copies(UUID initiativeId, HttpServletResponse response) throws IOException {
		COPIES.write("archive-exchange-copies", initiativeId, queries.copies(initiativeId), clock, response);
	}

	void steps(UUID initiativeId, HttpServletResponse response) throws IOException {
		List<CopyStep> steps = queries.copies(initiativeId)
			.stream()
			.flatMap((copy) -> IntStream.range(0, copy.steps().size())
				.mapToObj((index) -> new CopyStep(copy, index + 1, copy.steps().get(index))))
			.toList();
		STEPS.write("archive-exchange-steps", initiativeId, steps, clock, response);
	}

	/** One step of a copy, numbered from 1 in the order it was recorded. */
	record CopyStep(CopyView copy, int number, CopyStepView step) {
	}

}
