-- Replay (issue 12, part 3): an auditor or admin rebuilds read models from the event history beside
-- the live ones, compares, then switches. The rebuilt tables are made, filled and dropped by the
-- application in a schema of their own: same names as the live tables, so the projections write there
-- unchanged when a replay's transactions put this schema first on their search_path.
-- The roles that may write the read models (the applications' role, by the owner's default
-- privileges) may create tables here, and nowhere else. Naming no role, as no migration does: they are
-- the roles granted INSERT on a read-model table.
CREATE SCHEMA replay_build;

DO
$$
DECLARE
    writer record;
BEGIN
    FOR writer IN
        SELECT DISTINCT r.rolname
        FROM pg_class c
                 CROSS JOIN LATERAL aclexplode(c.relacl) acl
                 JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid = to_regclass('rm_protocol')
          AND acl.privilege_type = 'INSERT'
          AND acl.grantee <> c.relowner
        LOOP
            EXECUTE format('GRANT USAGE, CREATE ON SCHEMA replay_build TO %I', writer.rolname);
        END LOOP;
END
$$;

-- One row per replay: what was asked, how far it has come and, once it is done, how the rebuilt
-- read model compared with the one it replaced. Progress is written here as the replay goes, so every
-- query-side instance can show it, whichever one runs it.
CREATE TABLE replay_run (
    replay_id         UUID         NOT NULL,
    processors        JSONB        NOT NULL,
    switch_over       BOOLEAN      NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    requested_by      VARCHAR(255) NOT NULL,
    requested_at      TIMESTAMPTZ  NOT NULL,
    finished_at       TIMESTAMPTZ,
    -- The event store's head when the replay started: the build goes up to it, the switch beyond.
    head_position     BIGINT       NOT NULL,
    events_total      BIGINT       NOT NULL,
    events_done       BIGINT       NOT NULL,
    events_per_second DOUBLE PRECISION,
    comparison        JSONB,
    failure           TEXT,
    CONSTRAINT replay_run_pk PRIMARY KEY (replay_id)
);

CREATE INDEX replay_run_requested_ix ON replay_run (requested_at DESC);
