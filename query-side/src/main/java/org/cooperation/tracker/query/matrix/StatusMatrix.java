package org.cooperation.tracker.query.matrix;

import java.util.List;

import org.cooperation.tracker.kernel.country.Country;

/**
 * Every initiative against every participating country.
 *
 * @param countries each country that participates in any initiative, in the order of
 * {@link Country}
 * @param rows one row per initiative, in the order they were proposed
 */
public record StatusMatrix(List<Country> countries, List<StatusMatrixRow> rows) {

}
