-- Read model "calendar": every event a country submitted to the cultural calendar, as it
-- stands now, and every change of each submission. Like the other read models, it never
-- refuses what the command side accepted: apart from keys and flags, columns are nullable.

CREATE TABLE rm_calendar_submission (
    submission_id   UUID         NOT NULL,
    initiative_id   UUID         NOT NULL,
    country         VARCHAR(2)   NOT NULL,
    edition_year    INTEGER      NOT NULL,
    title_kk        TEXT,
    title_ru        TEXT,
    title_en        TEXT,
    event_type      VARCHAR(20),
    city            VARCHAR(300),
    start_date      DATE,
    end_date        DATE,
    organiser       VARCHAR(300),
    link            VARCHAR(2048),
    description_kk  TEXT,
    description_ru  TEXT,
    description_en  TEXT,
    state           VARCHAR(20)  NOT NULL,
    -- The reason of the latest return or withdrawal, or the note on the inclusion.
    state_reason    TEXT,
    -- 1 for the first submission, one more for each resubmission (the feed's SEQUENCE).
    revision        INTEGER      NOT NULL,
    submitted_at    TIMESTAMPTZ  NOT NULL,
    last_changed_at TIMESTAMPTZ  NOT NULL,
    -- Aggregate sequence of the latest change applied: an older event never overwrites it.
    last_sequence   BIGINT       NOT NULL,
    sample          BOOLEAN      NOT NULL,
    CONSTRAINT rm_calendar_submission_pk PRIMARY KEY (submission_id)
);

CREATE INDEX rm_calendar_submission_edition_ix
    ON rm_calendar_submission (initiative_id, edition_year, start_date);

CREATE TABLE rm_calendar_submission_change (
    submission_id      UUID         NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    change             VARCHAR(20)  NOT NULL,
    state              VARCHAR(20)  NOT NULL,
    reason             TEXT,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor              VARCHAR(255),
    actor_role         VARCHAR(255),
    actor_country      VARCHAR(255),
    correlation_id     VARCHAR(255),
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_calendar_submission_change_pk PRIMARY KEY (submission_id, aggregate_sequence)
);
