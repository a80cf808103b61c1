-- Read model "marketplace": creator listings as they stand and each listing's steps.
-- Contact details are personal data and are never here: the events do not carry them, so the
-- query side cannot hold them. contact_on_file only says whether the command side keeps some.

CREATE TABLE rm_marketplace_listing (
    listing_id         UUID        NOT NULL,
    initiative_id      UUID        NOT NULL,
    country            VARCHAR(2)  NOT NULL,
    name               VARCHAR(300),
    craft              VARCHAR(30),
    city               VARCHAR(300),
    description_kk     TEXT,
    description_ru     TEXT,
    description_en     TEXT,
    links              JSONB       NOT NULL,
    state              VARCHAR(20) NOT NULL,
    contact_on_file    BOOLEAN     NOT NULL,
    contact_erased_at  TIMESTAMPTZ,
    listed_at          TIMESTAMPTZ NOT NULL,
    verified_at        TIMESTAMPTZ,
    delisted_at        TIMESTAMPTZ,
    delist_reason      TEXT,
    last_sequence      BIGINT      NOT NULL,
    sample             BOOLEAN     NOT NULL,
    CONSTRAINT rm_marketplace_listing_pk PRIMARY KEY (listing_id)
);

CREATE INDEX rm_marketplace_listing_initiative_ix ON rm_marketplace_listing (initiative_id, country, craft);

CREATE TABLE rm_marketplace_listing_step (
    event_id           VARCHAR(255) NOT NULL,
    listing_id         UUID         NOT NULL,
    initiative_id      UUID         NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    step               VARCHAR(30)  NOT NULL,
    reason             TEXT,
    recorded_at        TIMESTAMPTZ  NOT NULL,
    actor              VARCHAR(255),
    actor_role         VARCHAR(255),
    actor_country      VARCHAR(255),
    correlation_id     VARCHAR(255),
    sample             BOOLEAN      NOT NULL,
    CONSTRAINT rm_marketplace_listing_step_pk PRIMARY KEY (event_id)
);

CREATE INDEX rm_marketplace_listing_step_listing_ix ON rm_marketplace_listing_step (listing_id, aggregate_sequence);
CREATE INDEX rm_marketplace_listing_step_initiative_ix ON rm_marketplace_listing_step (initiative_id);
