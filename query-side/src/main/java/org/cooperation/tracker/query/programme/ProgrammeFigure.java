package org.cooperation.tracker.query.programme;

/**
 * A figure an initiative's own records give for one country, shown in its status matrix
 * cell (e.g. "events included: 12").
 *
 * @param label what is counted, in English
 * @param value the count
 */
public record ProgrammeFigure(String label, long value) {

}
