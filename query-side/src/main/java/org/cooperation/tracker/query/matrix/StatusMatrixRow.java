package org.cooperation.tracker.query.matrix;

import java.util.Map;
import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.country.Country;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * One initiative's row of the status matrix.
 *
 * @param initiativeId the initiative
 * @param protocolId the protocol it belongs to
 * @param kind what it is
 * @param title its title
 * @param cells a cell per participating country only, keyed by alpha-2 code
 */
public record StatusMatrixRow(UUID initiativeId, UUID protocolId, InitiativeKind kind, LocalizedText title,
		Map<Country, StatusCell> cells) {

}
