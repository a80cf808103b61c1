package org.cooperation.tracker.query.programme.culturaltour.model;

import java.io.Serializable;
import java.util.UUID;

/** Key of a programme edition: one initiative's year. */
public record TourProgrammeKey(UUID initiativeId, int year) implements Serializable {

}
