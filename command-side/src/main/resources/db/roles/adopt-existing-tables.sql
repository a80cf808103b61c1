-- For a database the tracker used before it had two roles, where one role (often a superuser)
-- created and owns every table. Run once, after database-roles.sql, as a superuser connected to
-- the tracker's database, with both applications stopped:
--
--   psql -v ON_ERROR_STOP=1 -d tracker -f command-side/src/main/resources/db/roles/adopt-existing-tables.sql
--
-- It hands every table, sequence and function of the public schema to tracker_owner and grants
-- tracker_app what the default privileges would have given it, on the event table reading and
-- appending only. The embedded default (./tracker.sh) runs this very file at every start
-- (command-side devdb/DatabaseRoles); running it again changes nothing.
DO
$$
DECLARE
    adopted record;
BEGIN
    -- Tables first: a table's new owner also owns the sequences its columns own.
    FOR adopted IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relowner <> 'tracker_owner'::regrole
    LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO tracker_owner', adopted.relname);
        IF adopted.relname = 'domainevententry' THEN
            EXECUTE format('GRANT SELECT, INSERT ON TABLE %I TO tracker_app', adopted.relname);
        ELSE
            EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE %I TO tracker_app', adopted.relname);
        END IF;
    END LOOP;
    FOR adopted IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
          AND c.relowner <> 'tracker_owner'::regrole
    LOOP
        EXECUTE format('ALTER SEQUENCE %I OWNER TO tracker_owner', adopted.relname);
    END LOOP;
    FOR adopted IN
        SELECT c.relname FROM pg_class c
        WHERE c.relnamespace = 'public'::regnamespace
          AND CASE WHEN c.relkind = 'S' THEN NOT has_sequence_privilege('tracker_app', c.oid, 'USAGE') ELSE FALSE END
    LOOP
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO tracker_app', adopted.relname);
    END LOOP;
    FOR adopted IN
        SELECT p.oid::regprocedure AS signature FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'tracker_owner'::regrole
    LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO tracker_owner', adopted.signature);
    END LOOP;
END
$$;
