-- The built-in user accounts both applications sign in against (tracker.access.sign-in=BUILT_IN).
-- Passwords are stored as BCrypt hashes only. A liaison is bound to exactly one country; no
-- other role is bound to one. SYSTEM (the tracker's own demo loader) is not a user's role.
-- Accounts are disabled, never deleted, so every user name found in event metadata stays
-- explainable.
-- IF NOT EXISTS: until this history was the accounts' own, the command side's event-store
-- history created the same table (its V3); a database that has it keeps it, accounts and all.
CREATE TABLE IF NOT EXISTS tracker_user (
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    country       CHAR(2),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ  NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    changed_at    TIMESTAMPTZ,
    changed_by    VARCHAR(64),
    CONSTRAINT tracker_user_pk PRIMARY KEY (username),
    CONSTRAINT tracker_user_name_ck CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
    CONSTRAINT tracker_user_role_ck CHECK (role IN ('SECRETARIAT', 'LIAISON', 'OFFICIAL', 'AUDITOR', 'ADMIN')),
    CONSTRAINT tracker_user_country_ck CHECK (country IN ('KZ', 'UZ', 'KG', 'TJ', 'TM', 'AZ')),
    CONSTRAINT tracker_user_liaison_country_ck CHECK ((role = 'LIAISON') = (country IS NOT NULL))
);
