-- Idempotency keys: a client that retries a write with the same Idempotency-Key gets the first
-- answer back instead of a second event. A row is inserted when a request with a key starts and
-- the answer is added before commit, in the same transaction as the events the command appends:
-- the key is on file exactly when the command's effects are. A concurrent request with the same
-- key waits on the primary key until that transaction ends. Only the SHA-256 of the request is
-- kept, never the request itself (a body may carry personal data); write answers carry ids and
-- states only.
CREATE TABLE idempotency_key (
    -- The signed-in caller's name: keys are scoped to who sent them, so one caller can never be
    -- answered with another's response. TEXT, because an identity provider's subject has no
    -- length limit we control.
    caller           TEXT         NOT NULL,
    key              VARCHAR(255) NOT NULL,
    -- SHA-256 (hex) over method, path, query and body: the same key with another request is refused.
    fingerprint      CHAR(64)     NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL,
    -- The first answer. Null only while the first request runs, which no other transaction sees:
    -- a committed row always has one, because only successful answers are committed.
    response_status  SMALLINT,
    response_headers JSONB,
    response_body    BYTEA,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, key),
    CONSTRAINT idempotency_key_syntax_ck CHECK (key ~ '^[!-~]{1,255}$'),
    CONSTRAINT idempotency_key_fingerprint_ck CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
    CONSTRAINT idempotency_key_success_ck CHECK (response_status IS NULL OR response_status BETWEEN 200 AND 299),
    CONSTRAINT idempotency_key_body_size_ck CHECK (octet_length(response_body) <= 65536)
);

-- Keys expire (24 hours by default); the hourly sweep deletes by age.
CREATE INDEX idempotency_key_created_at_ix ON idempotency_key (created_at);
