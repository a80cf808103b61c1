package org.cooperation.tracker.query.programme.archive.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;
import org.cooperation.tracker.kernel.programme.archive.ArchiveCopyState;
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

	private final ArchiveCopyRowRepository copies;

	@Override
	public InitiativeKind kind() {
		return InitiativeKind.ARCHIVE_EXCHANGE;
	}

	@Override
	public Map<Country, List<ProgrammeFigure>> figuresFor(UUID initiativeId) {
		Map<Country, long[]> counts = new EnumMap<>(Country.class);
		for (ArchiveCopyRow copy : copies.findByInitiativeIdOrderByStartedAtAscCopyIdAsc(initiativeId)) {
			long[] receiver = counts.computeIfAbsent(copy.getReceiver(), (c) -> new long[2]);
			long[] holder = counts.computeIfAbsent(copy.getHolder(), (c) -> new long[2]);
			if (copy.getState() == ArchiveCopyState.RECEIVED) {
				receiver[0]++;
				holder[1]++;
			}
		}
		Map<Country, List<ProgrammeFigure>> figures = new EnumMap<>(Country.class);
		counts.forEach((country, count) -> figures.put(country,
				List.of(ProgrammeFigure.counted(count[0], "copy received", RECEIVED),
						ProgrammeFigure.counted(count[1], "copy delivered", DELIVERED))));
		return figures;
	}

}
