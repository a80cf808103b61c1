-- The overview reads the participation history by the time entries were recorded: the latest
-- changes (newest first, in this index's order) and how many were recorded this month. Without
-- it both scan and sort the whole history, which grows by every status change and report.
CREATE INDEX rm_participation_history_recorded_ix
    ON rm_participation_history (recorded_at DESC, aggregate_sequence DESC, country);
