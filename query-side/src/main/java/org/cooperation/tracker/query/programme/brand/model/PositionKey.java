package org.cooperation.tracker.query.programme.brand.model;

import java.io.Serializable;
import java.util.UUID;

import org.cooperation.tracker.kernel.country.Country;

/** Key of a position: one country on one draft version of one group. */
public record PositionKey(UUID workingGroupId, Country country, int version) implements Serializable {

}
