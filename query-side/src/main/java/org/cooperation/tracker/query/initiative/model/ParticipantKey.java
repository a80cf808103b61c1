package org.cooperation.tracker.query.initiative.model;

import java.io.Serializable;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of a participation: one country on one initiative. */
public record ParticipantKey(UUID initiativeId, Country country) implements Serializable {

}
