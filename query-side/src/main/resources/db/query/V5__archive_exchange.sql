-- Read model "archive-exchange": every exchanged archival copy between an ordered pair of
-- countries (holder -> receiver) as it stands, and each of its steps in order (the ledger).

CREATE TABLE rm_archive_copy (
    copy_id          UUID        NOT NULL,
    initiative_id    UUID        NOT NULL,
    holder           VARCHAR(2)  NOT NULL,
    receiver         VARCHAR(2)  NOT NULL,
    -- OFFERED (by the holder) or REQUESTED (by the receiver): how the exchange started.
    started_as       VARCHAR(20) NOT NULL,
    material_type    VARCHAR(20),
    title_kk         TEXT,
    title_ru         TEXT,
    title_en         TEXT,
    reference        VARCHAR(300),
    description_kk   TEXT,
    description_ru   TEXT,
    description_en   TEXT,
    state            VARCHAR(20) NOT NULL,
    -- The SHA-256 of the latest transfer, as the holder stated it.
    checksum         VARCHAR(64),
    medium           VARCHAR(30),
    transfers        INTEGER     NOT NULL,
    sent_on          DATE,
    received_on      DATE,
    started_at       TIMESTAMPTZ NOT NULL,
    state_since      TIMESTAMPTZ NOT NULL,
    -- Aggregate sequence of the last event applied: a redelivered event changes nothing.
    last_sequence    BIGINT      NOT NULL,
    sample           BOOLEAN     NOT NULL,
    CONSTRAINT rm_archive_copy_pk PRIMARY KEY (copy_id)
);

CREATE INDEX rm_archive_copy_pair_ix ON rm_archive_copy (initiative_id, holder, receiver);

-- One row per event: keyed by the event identifier, so redelivery writes nothing twice.
CREATE TABLE rm_archive_copy_step (
    event_id           VARCHAR(255) NOT NULL,
    copy_id            UUID         NOT NULL,
    initiative_id      UUID         NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    -- The state the step led to: OFFERED, REQUESTED, APPROVED, TRANSFERRED, CHECKSUM_MISMATCH, ...
    state              VARCHAR(20)  NOT NULL,
    -- The country that took the step.
    country            VARCHAR(2),
    checksum           VARCHAR(64),
    -- On a CHECKSUM_MISMATCH: what the receiver computed (checksum holds what was sent).
    computed_checksum  VARCHAR(64),
    medium             VARCHAR(30),
    attempt            INTEGER,
    -- Business date of a transfer or receipt.
    on_date            DATE,
    -- A note, or the reason of a withdrawal or refusal.
    remark             TEXT,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor              VARCHAR(255),
    actor_role         VARCHAR(255),
    actor_country      VARCHAR(255),
    correlation_id     VARCHAR(255),
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_archive_copy_step_pk PRIMARY KEY (event_id)
);

CREATE INDEX rm_archive_copy_step_copy_ix ON rm_archive_copy_step (copy_id, aggregate_sequence);
CREATE INDEX rm_archive_copy_step_initiative_ix ON rm_archive_copy_step (initiative_id);
