-- Every change to what signing in as an account depends on (its password, whether it is
-- enabled, its role or country) is announced on the channel 'tracker_accounts' with the
-- user name, when the changing transaction commits. Each running application listens and
-- forgets what it remembered of that account, so the change holds everywhere at once.
-- A trigger rather than a NOTIFY sent by the application: it also announces a change an
-- operator makes by hand in SQL.
CREATE FUNCTION tracker_user_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- The name as it was: under that name the applications remember a sign-in.
    PERFORM pg_notify('tracker_accounts', OLD.username);
    RETURN NULL;
END
$$;

CREATE TRIGGER tracker_user_changed
    AFTER UPDATE ON tracker_user
    FOR EACH ROW
    WHEN (OLD.password_hash IS DISTINCT FROM NEW.password_hash
          OR OLD.enabled IS DISTINCT FROM NEW.enabled
          OR OLD.role IS DISTINCT FROM NEW.role
          OR OLD.country IS DISTINCT FROM NEW.country
          OR OLD.username IS DISTINCT FROM NEW.username)
    EXECUTE FUNCTION tracker_user_announce_change();

CREATE TRIGGER tracker_user_removed
    AFTER DELETE ON tracker_user
    FOR EACH ROW
    EXECUTE FUNCTION tracker_user_announce_change();
