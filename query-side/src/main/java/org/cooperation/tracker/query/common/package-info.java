/**
 * Pieces every feature shares: multilingual text columns (and the rule that names them),
 * what a projection asks of each event ({@code Recorded}, with the provenance its
 * metadata carries), the rows' shared record state ({@code SequencedRecord},
 * {@code EventEntry}) and repository ({@code ReadModelRepository}), the versioned answer
 * of one record and the not-found failure.
 */
package org.cooperation.tracker.query.common;
