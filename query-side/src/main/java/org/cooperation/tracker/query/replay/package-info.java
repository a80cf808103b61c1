/**
 * Replay: an auditor or admin rebuilds one or all read models from the event history
 * while the query side keeps answering from the live ones. The rebuild is written beside
 * them, in tables of the same names in the schema {@code replay_build}
 * ({@link ShadowTables}), by the very event handlers the live processors call
 * ({@link ReplayableProjections}); the live processors are then paused, the rebuilt
 * tables brought to exactly their positions, compared row by row
 * ({@link ReadModelComparison}) and copied over the live ones in one transaction, so a
 * reader sees either the old read model or the new, never a mixture ({@link ReplayJob}).
 * Progress and the comparison are kept in {@code replay_run} for every instance to show
 * ({@link ReplayRuns}); one replay runs at a time across instances ({@link ReplayLock}).
 */
package org.cooperation.tracker.query.replay;
