-- The sealed tree is append-only for every role but its owner, the role the migrations run as
-- (spring.flyway.user): the query side's role adds leaves, nodes and checkpoints and moves the
-- sealer's position (ledger_state), but never changes or removes what was sealed or signed, nor the
-- signing key. Whatever default privileges gave, this takes it back after every migrate, naming no
-- role, as the command side does for the event table.
DO
$$
DECLARE
    grant_to_take_back record;
BEGIN
    FOR grant_to_take_back IN
        SELECT DISTINCT c.relname,
                        CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee
        FROM pg_class c
                 CROSS JOIN LATERAL aclexplode(c.relacl) acl
                 LEFT JOIN pg_roles r ON r.oid = acl.grantee
        WHERE c.oid IN (to_regclass('ledger_leaf'), to_regclass('ledger_node'), to_regclass('ledger_checkpoint'),
                        to_regclass('ledger_key'))
          AND acl.grantee <> c.relowner
          AND acl.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER')
        LOOP
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER ON TABLE %I FROM %s',
                           grant_to_take_back.relname, grant_to_take_back.grantee);
        END LOOP;
END
$$;
