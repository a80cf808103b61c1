-- The query side's own tables: Axon's token store and the read models. The event table
-- (domainevententry) belongs to the command side; the query side only reads it.
--
-- Read models never refuse an event the command side accepted, so apart from keys and flags
-- their columns are nullable: the write side enforces the rules, not these tables.

-- Axon's JdbcTokenStore with its default TokenSchema: unquoted names, folded to lower case.
-- IF NOT EXISTS because both applications share the public schema, and a tracking processor
-- on the command side would use the very same table.
CREATE TABLE IF NOT EXISTS tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    -- bytea, never oid: every token update would leak one large object.
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pk PRIMARY KEY (processorname, segment)
);

-- Read model "protocols": a protocol, its parties, their signatures and its directions.
CREATE TABLE rm_protocol (
    protocol_id      UUID        NOT NULL,
    number           VARCHAR(300),
    meeting_date     DATE,
    place            VARCHAR(300),
    meeting_title_kk TEXT,
    meeting_title_ru TEXT,
    meeting_title_en TEXT,
    recorded_at      TIMESTAMPTZ NOT NULL,
    sample           BOOLEAN     NOT NULL,
    CONSTRAINT rm_protocol_pk PRIMARY KEY (protocol_id)
);

CREATE TABLE rm_protocol_party (
    protocol_id          UUID        NOT NULL,
    country              VARCHAR(2)  NOT NULL,
    role                 VARCHAR(20),
    designated_signatory VARCHAR(300),
    -- The order of the party list as the protocol gives it.
    list_position        INTEGER     NOT NULL,
    CONSTRAINT rm_protocol_party_pk PRIMARY KEY (protocol_id, country)
);

CREATE TABLE rm_protocol_signature (
    protocol_id        UUID        NOT NULL,
    country            VARCHAR(2)  NOT NULL,
    signatory          VARCHAR(300),
    signatory_position VARCHAR(300),
    signed_on          DATE,
    recorded_at        TIMESTAMPTZ NOT NULL,
    sample             BOOLEAN     NOT NULL,
    CONSTRAINT rm_protocol_signature_pk PRIMARY KEY (protocol_id, country)
);

CREATE TABLE rm_protocol_direction (
    direction_id       UUID        NOT NULL,
    protocol_id        UUID        NOT NULL,
    title_kk           TEXT,
    title_ru           TEXT,
    title_en           TEXT,
    agreed_at          TIMESTAMPTZ NOT NULL,
    -- The protocol aggregate's sequence number: the order the directions were agreed in.
    aggregate_sequence BIGINT      NOT NULL,
    sample             BOOLEAN     NOT NULL,
    CONSTRAINT rm_protocol_direction_pk PRIMARY KEY (direction_id)
);

CREATE INDEX rm_protocol_direction_protocol_ix ON rm_protocol_direction (protocol_id, aggregate_sequence);

-- Read model "initiatives": each initiative and every participant's current standing.
CREATE TABLE rm_initiative (
    initiative_id  UUID        NOT NULL,
    protocol_id    UUID        NOT NULL,
    direction_id   UUID,
    kind           VARCHAR(40),
    title_kk       TEXT,
    title_ru       TEXT,
    title_en       TEXT,
    description_kk TEXT,
    description_ru TEXT,
    description_en TEXT,
    proposed_by    VARCHAR(2),
    proposed_at    TIMESTAMPTZ NOT NULL,
    sample         BOOLEAN     NOT NULL,
    CONSTRAINT rm_initiative_pk PRIMARY KEY (initiative_id)
);

CREATE INDEX rm_initiative_protocol_ix ON rm_initiative (protocol_id);
CREATE INDEX rm_initiative_direction_ix ON rm_initiative (direction_id);

CREATE TABLE rm_initiative_participant (
    initiative_id       UUID        NOT NULL,
    country             VARCHAR(2)  NOT NULL,
    status              VARCHAR(20) NOT NULL,
    -- Business time; unknown (null) while the status is the PROPOSED the proposal set.
    status_effective_on DATE,
    -- Aggregate sequence of the event that set the status: an older event never overwrites it.
    status_sequence     BIGINT      NOT NULL,
    status_sample       BOOLEAN     NOT NULL,
    percent             INTEGER,
    percent_as_of       DATE,
    percent_sequence    BIGINT,
    percent_sample      BOOLEAN     NOT NULL,
    last_recorded_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT rm_initiative_participant_pk PRIMARY KEY (initiative_id, country)
);

CREATE INDEX rm_initiative_participant_country_ix ON rm_initiative_participant (country);

-- Read model "participation-history": every status change and progress report, one row per
-- (event, country), so a redelivered event finds its row and changes nothing.
CREATE TABLE rm_participation_history (
    event_id           VARCHAR(255) NOT NULL,
    country            VARCHAR(2)   NOT NULL,
    initiative_id      UUID         NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    entry_type         VARCHAR(20)  NOT NULL,
    from_status        VARCHAR(20),
    to_status          VARCHAR(20),
    percent            INTEGER,
    effective_on       DATE,
    as_of              DATE,
    report_id          UUID,
    note               TEXT,
    evidence           JSONB        NOT NULL,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor              VARCHAR(255),
    actor_role         VARCHAR(255),
    actor_country      VARCHAR(255),
    correlation_id     VARCHAR(255),
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_participation_history_pk PRIMARY KEY (event_id, country)
);

CREATE INDEX rm_participation_history_initiative_ix
    ON rm_participation_history (initiative_id, aggregate_sequence);
CREATE INDEX rm_participation_history_report_ix
    ON rm_participation_history (report_id) WHERE report_id IS NOT NULL;
