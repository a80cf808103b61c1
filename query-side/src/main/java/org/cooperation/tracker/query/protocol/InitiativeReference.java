package org.cooperation.tracker.query.protocol;

import java.util.UUID;

import org.cooperation.tracker.kernel.common.LocalizedText;
import org.cooperation.tracker.kernel.initiative.InitiativeKind;

/**
 * A pointer to an initiative.
 *
 * @param initiativeId the initiative
 * @param kind what it is
 * @param title its title
 */
public record InitiativeReference(UUID initiativeId, InitiativeKind kind, LocalizedText title) {

}
