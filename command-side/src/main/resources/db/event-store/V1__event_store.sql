-- The event store, in the table layout of Axon's JdbcEventStorageEngine defaults (unquoted
-- camel-case names, which PostgreSQL folds to lower case), so that both sides read it without
-- schema configuration. Written once, by the command side; the query side only reads it.

-- Global index: increment 1 and no cache, so positions are dense apart from rolled-back
-- appends. (Hibernate 6 would have created this with increment 50.)
CREATE SEQUENCE domain_event_global_index INCREMENT BY 1 START WITH 1 NO CYCLE CACHE 1;

CREATE TABLE domainevententry (
    globalindex         BIGINT       NOT NULL DEFAULT nextval('domain_event_global_index'),
    eventidentifier     VARCHAR(255) NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timestamp           VARCHAR(255) NOT NULL,
    payloadtype         VARCHAR(255) NOT NULL,
    payloadrevision     VARCHAR(255),
    -- bytea, never oid: large objects leak one object per update and need lo_unlink.
    payload             BYTEA        NOT NULL,
    metadata            BYTEA,
    CONSTRAINT domainevententry_pk PRIMARY KEY (globalindex),
    CONSTRAINT domainevententry_event_identifier_uk UNIQUE (eventidentifier),
    -- Two writers appending the same aggregate sequence: the second one fails here, and the
    -- command side turns the duplicate key into Axon's ConcurrencyException.
    CONSTRAINT domainevententry_aggregate_sequence_uk UNIQUE (aggregateidentifier, sequencenumber)
);

ALTER SEQUENCE domain_event_global_index OWNED BY domainevententry.globalindex;

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshotevententry_pk PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_event_identifier_uk UNIQUE (eventidentifier)
);

-- Wake-up for readers: every committed append notifies channel 'tracker_events'. PostgreSQL
-- delivers notifications only on commit and folds duplicates within a transaction, so readers
-- wake once per committed batch. Readers still poll as a fallback.
CREATE FUNCTION notify_events_appended() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('tracker_events', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER domainevententry_notify
    AFTER INSERT ON domainevententry
    FOR EACH STATEMENT
EXECUTE FUNCTION notify_events_appended();
