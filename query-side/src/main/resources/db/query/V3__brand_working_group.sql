-- Read model "brand-working-group": the working group of each brand-working-group
-- initiative, its members (present and former), meetings, concept drafts and each
-- country's position on each draft. Apart from keys and flags, columns are nullable.

CREATE TABLE rm_working_group (
    working_group_id UUID        NOT NULL,
    initiative_id    UUID        NOT NULL,
    established_on   DATE,
    note             TEXT,
    established_at   TIMESTAMPTZ NOT NULL,
    sample           BOOLEAN     NOT NULL,
    CONSTRAINT rm_working_group_pk PRIMARY KEY (working_group_id),
    CONSTRAINT rm_working_group_initiative_uk UNIQUE (initiative_id)
);

CREATE TABLE rm_working_group_member (
    member_id          UUID         NOT NULL,
    working_group_id   UUID         NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    name               VARCHAR(300),
    member_position    VARCHAR(300),
    role               VARCHAR(20),
    joined_on          DATE,
    -- The member this one replaced, or null for a nomination.
    predecessor_id     UUID,
    -- Null while seated; REPLACED or RECALLED once gone.
    departure          VARCHAR(20),
    left_on            DATE,
    successor_id       UUID,
    departure_note     TEXT,
    -- Aggregate sequence of the joining event: the roster's order.
    joined_sequence    BIGINT       NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_working_group_member_pk PRIMARY KEY (member_id)
);

CREATE INDEX rm_working_group_member_group_ix ON rm_working_group_member (working_group_id, joined_sequence);

CREATE TABLE rm_working_group_meeting (
    meeting_id       UUID          NOT NULL,
    working_group_id UUID          NOT NULL,
    held_on          DATE,
    place            VARCHAR(300),
    attending        JSONB         NOT NULL,
    decisions        TEXT,
    minutes_url      VARCHAR(2048),
    minutes_sha256   VARCHAR(64),
    recorded_at      TIMESTAMPTZ   NOT NULL,
    sample           BOOLEAN       NOT NULL,
    CONSTRAINT rm_working_group_meeting_pk PRIMARY KEY (meeting_id)
);

CREATE INDEX rm_working_group_meeting_group_ix ON rm_working_group_meeting (working_group_id, held_on);

CREATE TABLE rm_concept_draft (
    working_group_id UUID          NOT NULL,
    version          INTEGER       NOT NULL,
    title            VARCHAR(300),
    url              VARCHAR(2048),
    sha256           VARCHAR(64),
    submitted_on     DATE,
    recorded_at      TIMESTAMPTZ   NOT NULL,
    sample           BOOLEAN       NOT NULL,
    CONSTRAINT rm_concept_draft_pk PRIMARY KEY (working_group_id, version)
);

-- A country's latest position on one draft version: a later decision on the same version
-- replaces it (ordered by aggregate sequence), a new version gets a row of its own.
CREATE TABLE rm_concept_position (
    working_group_id   UUID         NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    version            INTEGER      NOT NULL,
    decision           VARCHAR(20)  NOT NULL,
    decided_on         DATE,
    note               TEXT,
    aggregate_sequence BIGINT       NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_concept_position_pk PRIMARY KEY (working_group_id, country, version)
);
