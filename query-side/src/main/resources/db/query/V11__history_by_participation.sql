-- A status matrix of the past (PastStandings) reads, for each initiative and country, its
-- latest status entry and its latest progress report up to an instant (by the time recorded)
-- or a day (by the day it took effect, or the day a report speaks of). Each of these partial
-- indexes answers one of those four reads with a single probe per participation, however long
-- the history: without them each read scans the participation's whole history, most of it
-- progress reports.
CREATE INDEX rm_participation_history_status_recorded_ix
    ON rm_participation_history (initiative_id, country, recorded_at DESC, aggregate_sequence DESC)
    WHERE entry_type <> 'PROGRESS_REPORTED';
CREATE INDEX rm_participation_history_status_effective_ix
    ON rm_participation_history (initiative_id, country,
        (coalesce(effective_on, (recorded_at AT TIME ZONE 'UTC')::date)) DESC, aggregate_sequence DESC)
    WHERE entry_type <> 'PROGRESS_REPORTED';
CREATE INDEX rm_participation_history_report_recorded_ix
    ON rm_participation_history (initiative_id, country, recorded_at DESC, aggregate_sequence DESC)
    WHERE entry_type = 'PROGRESS_REPORTED';
CREATE INDEX rm_participation_history_report_effective_ix
    ON rm_participation_history (initiative_id, country,
        (coalesce(as_of, (recorded_at AT TIME ZONE 'UTC')::date)) DESC, aggregate_sequence DESC)
    WHERE entry_type = 'PROGRESS_REPORTED';
