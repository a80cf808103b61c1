-- Several query-side instances (README, "Several instances"): each one says every second that it is
-- alive, under the name Axon writes as the owner of its token claims. An instance that sees others
-- gives up the segments beyond its fair share so that they claim them (FairShareOfSegments). Nothing
-- but this heartbeat is shared between instances outside Axon's own token table.
CREATE TABLE query_instance (
    instance VARCHAR(255) NOT NULL,
    seen_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT query_instance_pk PRIMARY KEY (instance)
);
