-- The tracker's two database roles (README, "Database roles"). Run once, with psql, as a
-- superuser (or a role with CREATEROLE that owns the database), connected to the tracker's
-- database, with the two passwords in the environment:
--
--   TRACKER_OWNER_DB_PASSWORD=... TRACKER_APP_DB_PASSWORD=... \
--     psql -v ON_ERROR_STOP=1 -d tracker -f deploy/database-roles.sql
--
-- docker-compose.yml runs it when the database volume is first initialised. Without the
-- passwords in the environment psql stops at the first CREATE ROLE (psql 15 or newer: \getenv).
\getenv owner_password TRACKER_OWNER_DB_PASSWORD
\getenv app_password TRACKER_APP_DB_PASSWORD

-- Runs the migrations of both applications (spring.flyway.user) and owns every table.
CREATE ROLE tracker_owner LOGIN PASSWORD :'owner_password';
-- Both applications connect as this one (spring.datasource.username).
CREATE ROLE tracker_app LOGIN PASSWORD :'app_password';

GRANT USAGE, CREATE ON SCHEMA public TO tracker_owner;
-- The owner also creates schemas: the query side's replays build beside the live read models in a
-- schema of their own (replay_build), where the applications' role may create tables and nothing else.
GRANT CREATE ON DATABASE :"DBNAME" TO tracker_owner;
GRANT USAGE ON SCHEMA public TO tracker_app;
-- Only the owner creates objects (PostgreSQL 15 and newer already grant PUBLIC nothing here).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Whatever the owner's migrations create, the applications may read and write; the event store's
-- migrations then take UPDATE, DELETE and TRUNCATE on the event table, and setval on its global
-- index, back from every role but the owner (afterMigrate__append_only_history.sql), at every start
-- of the command side. No TRUNCATE anywhere: the applications never need it.
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tracker_app;
ALTER DEFAULT PRIVILEGES FOR ROLE tracker_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO tracker_app;
