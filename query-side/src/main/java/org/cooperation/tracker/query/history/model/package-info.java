/**
 * The "participation-history" read model: every status change and progress report, in the
 * order it happened, with who recorded it, projected by
 * {@link ParticipationHistoryProjection}.
 */
package org.cooperation.tracker.query.history.model;
