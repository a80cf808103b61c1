-- The rate limits' and the sign-in throttle's token buckets (Bucket4j's layout for
-- PostgreSQL), shared by every instance of both applications so that a limit holds
-- across instances and restarts. expires_at (epoch milliseconds) is when a bucket has
-- filled up again and may be forgotten.
CREATE TABLE access_limit_bucket (
    id         TEXT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX access_limit_bucket_expires_at ON access_limit_bucket (expires_at);
