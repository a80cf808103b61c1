-- Read models of the Cultural Tour platform (issue 3, part 2). Like every read model, the
-- columns are nullable apart from keys and flags: the command side enforces the rules.

-- Read model "cultural-tour-programmes": yearly programme editions and their legs.
CREATE TABLE rm_tour_programme (
    initiative_id UUID        NOT NULL,
    year          INTEGER     NOT NULL,
    opened_at     TIMESTAMPTZ NOT NULL,
    sample        BOOLEAN     NOT NULL,
    CONSTRAINT rm_tour_programme_pk PRIMARY KEY (initiative_id, year)
);

CREATE TABLE rm_tour_leg (
    leg_id               UUID        NOT NULL,
    initiative_id        UUID        NOT NULL,
    year                 INTEGER     NOT NULL,
    kind                 VARCHAR(40),
    title_kk             TEXT,
    title_ru             TEXT,
    title_en             TEXT,
    origin               VARCHAR(2),
    host                 VARCHAR(2),
    city                 VARCHAR(300),
    venue                VARCHAR(300),
    starts_on            DATE,
    ends_on              DATE,
    -- The archival films a screening shows, as a JSON array of ids in the order named.
    films                JSONB       NOT NULL,
    state                VARCHAR(20) NOT NULL,
    -- Aggregate sequence of the event that set the state: an older event never overwrites it.
    state_sequence       BIGINT      NOT NULL,
    confirmation_note    TEXT,
    held_note            TEXT,
    evidence             JSONB       NOT NULL,
    cancellation_reason  TEXT,
    cancelled_from       VARCHAR(20),
    planned_at           TIMESTAMPTZ NOT NULL,
    confirmed_at         TIMESTAMPTZ,
    held_at              TIMESTAMPTZ,
    cancelled_at         TIMESTAMPTZ,
    -- True once any event that shaped the leg came from the demo data.
    sample               BOOLEAN     NOT NULL,
    CONSTRAINT rm_tour_leg_pk PRIMARY KEY (leg_id)
);

CREATE INDEX rm_tour_leg_programme_ix ON rm_tour_leg (initiative_id, year);

-- Read model "cultural-tour-films": archival films, their digitisation and rights, and the
-- history of both.
CREATE TABLE rm_tour_film (
    film_id          UUID        NOT NULL,
    initiative_id    UUID        NOT NULL,
    holder           VARCHAR(2),
    title_kk         TEXT,
    title_ru         TEXT,
    title_en         TEXT,
    year             INTEGER,
    state            VARCHAR(20) NOT NULL,
    -- Business time: the day the current state was reached; null while NOT_ASSESSED.
    state_on         DATE,
    state_sequence   BIGINT      NOT NULL,
    rights_cleared   BOOLEAN     NOT NULL,
    rights_sequence  BIGINT      NOT NULL,
    registered_at    TIMESTAMPTZ NOT NULL,
    last_recorded_at TIMESTAMPTZ NOT NULL,
    sample           BOOLEAN     NOT NULL,
    CONSTRAINT rm_tour_film_pk PRIMARY KEY (film_id)
);

CREATE INDEX rm_tour_film_initiative_ix ON rm_tour_film (initiative_id, holder);

-- One row per film event, keyed by the film aggregate's sequence: a redelivered event finds
-- its row and changes nothing.
CREATE TABLE rm_tour_film_history (
    film_id            UUID        NOT NULL,
    aggregate_sequence BIGINT      NOT NULL,
    entry_type         VARCHAR(20) NOT NULL,
    from_state         VARCHAR(20),
    to_state           VARCHAR(20),
    reached_on         DATE,
    rights_cleared     BOOLEAN,
    note               TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL,
    actor              VARCHAR(255),
    actor_role         VARCHAR(255),
    actor_country      VARCHAR(255),
    correlation_id     VARCHAR(255),
    sample             BOOLEAN     NOT NULL,
    CONSTRAINT rm_tour_film_history_pk PRIMARY KEY (film_id, aggregate_sequence)
);
