package org.cooperation.tracker.query.programme.archive.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
import org.cooperation.tracker.query.matrix.model.FigureCounts;
import org.cooperation.tracker.query.matrix.model.FigureCountsByInitiative;
import org.cooperation.tracker.query.matrix.model.FigureCounts.Measure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigure;
import org.cooperation.tracker.query.matrix.model.ProgrammeFigures;

/**
 * What an official looks at first in an archive exchange: how many copies each country
 * has received intact, and how many of its own it has delivered (received intact by the
 * other side). Countries that appear in no copy are absent.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ArchiveExchangeFigures implements ProgrammeFigures {

	public static final String RECEIVED = "copies received";

	public static final String DELIVERED = "copies delivered";

	private static final Measure COPIES_RECEIVED = Measure.of("archive.received", "copy received", RECEIVED);

	private static final Measure COPIES_DELIVERED = Measure.of("archive.delivered", "copy delivered", DELIVERED);

	private final ArchiveCopyRowRepository copies;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.ARCHIVE_EXCHANGE;
	}

	@Override
	public Map<UUID, Map<Country, List<ProgrammeFigure>>> figuresFor(Collection<UUID> initiativeIds) {
		FigureCountsByInitiative counts = new FigureCountsByInitiative(COPIES_RECEIVED, COPIES_DELIVERED);
		for (ArchiveCopyRow copy : copies.findByInitiativeIdIn(initiativeIds)) {
			boolean received = copy.getState() == ArchiveCopyState.RECEIVED;
			FigureCounts initiative = counts.of(copy.getInitiativeId());
			initiative.count(copy.getReceiver(), COPIES_RECEIVED, received);
			initiative.count(copy.getHolder(), COPIES_DELIVERED, received);
		}
		return counts.figures();
	}

}
