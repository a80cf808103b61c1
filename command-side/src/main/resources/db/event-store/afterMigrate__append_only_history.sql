-- The recorded history is append-only for every role but its owner, the role these migrations
-- run as (spring.flyway.user): the applications' role may insert and read events, never update,
-- delete or truncate them, nor set the global index back. Whatever a deployment's default
-- privileges or a hand-made GRANT gave another role on the event table or its sequence, this
-- takes it back. A Flyway callback, not a versioned migration: it runs after every migrate, so
-- each start of the command side restores it, and it names no role, so it holds whatever the
-- deployment calls its roles. Reading (SELECT) and appending (INSERT; nextval is the sequence's
-- USAGE) stay as granted. Snapshots are not history: they are derived, and Axon replaces them.
DO
$$
DECLARE
    grant_to_take_back record;
BEGIN
    FOR grant_to_take_back IN
        SELECT DISTINCT c.relkind,
                        c.relname,
                        CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
        FROM pg_class c
                 CROSS JOIN LATERAL aclexplode(c.relacl) acl
                 LEFT JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid IN (to_regclass('domainevententry'), to_regclass('domain_event_global_index'))
          AND acl.grantee <> c.relowner
          AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER')
        LOOP
            IF grant_to_take_back.relkind = 'S' THEN
                -- A sequence's UPDATE is setval: moving the global index is rewriting history.
                EXECUTE format('REVOKE UPDATE ON SEQUENCE %I FROM %s', grant_to_take_back.relname,
                               grant_to_take_back.grantee);
            ELSE
                -- TRIGGER too: a trigger of another role's making must not rewrite what is appended.
                EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER ON TABLE %I FROM %s',
                               grant_to_take_back.relname, grant_to_take_back.grantee);
            END IF;
        END LOOP;
END
$$;
