-- The verifiable history (README, "Verifiable history"): every event of the command side's
-- store is a leaf of an append-only Merkle tree (RFC 9162), added by one sealer in global order.
-- The sealer writes these tables, its own state included, in one transaction per batch, so a
-- crash leaves either a whole batch or none of it.

-- One row per leaf, in tree order. leaf_hash = SHA-256(0x00 || the event's canonical bytes,
-- LeafEncoding); the payload and metadata digests let a verifier say which part of a changed
-- event changed.
CREATE TABLE ledger_leaf (
    leaf_index       BIGINT       NOT NULL,
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    leaf_hash        BYTEA        NOT NULL,
    payload_hash     BYTEA        NOT NULL,
    metadata_hash    BYTEA,
    CONSTRAINT ledger_leaf_pk PRIMARY KEY (leaf_index),
    CONSTRAINT ledger_leaf_global_index_uk UNIQUE (global_index),
    CONSTRAINT ledger_leaf_event_identifier_uk UNIQUE (event_identifier),
    CONSTRAINT ledger_leaf_hash_ck CHECK (octet_length(leaf_hash) = 32)
);

-- Every full subtree above the leaves: the node at (level, node_index) covers leaves
-- [node_index * 2^level, (node_index + 1) * 2^level). Any tree size's root and any proof is
-- then a handful of these (at most two per level), never a pass over the leaves.
CREATE TABLE ledger_node (
    level      SMALLINT NOT NULL,
    node_index BIGINT   NOT NULL,
    hash       BYTEA    NOT NULL,
    CONSTRAINT ledger_node_pk PRIMARY KEY (level, node_index),
    CONSTRAINT ledger_node_level_ck CHECK (level BETWEEN 1 AND 62),
    CONSTRAINT ledger_node_hash_ck CHECK (octet_length(hash) = 32)
);

-- The sealer's own position: how many leaves the tree has and the global index of the last
-- event sealed. One row, moved forward only in the transaction that adds the leaves.
CREATE TABLE ledger_state (
    id                BOOLEAN     NOT NULL DEFAULT TRUE,
    tree_size         BIGINT      NOT NULL,
    last_global_index BIGINT      NOT NULL,
    root_hash         BYTEA       NOT NULL,
    sealed_at         TIMESTAMPTZ NOT NULL,
    CONSTRAINT ledger_state_pk PRIMARY KEY (id),
    CONSTRAINT ledger_state_one_row_ck CHECK (id)
);

-- The empty tree: its root is SHA-256 of nothing (RFC 9162, 2.1.1).
INSERT INTO ledger_state (tree_size, last_global_index, root_hash, sealed_at)
VALUES (0, -1, decode('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'hex'), now());

-- The signed checkpoints (C2SP tlog-checkpoint in a signed note), one per sealed batch.
CREATE TABLE ledger_checkpoint (
    tree_size BIGINT      NOT NULL,
    root_hash BYTEA       NOT NULL,
    note      TEXT        NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT ledger_checkpoint_pk PRIMARY KEY (tree_size)
);

-- The tracker's Ed25519 signing key, made on first start. A table rather than a file, so
-- that every query-side instance signs with the same key. The private part is never served.
CREATE TABLE ledger_key (
    name        VARCHAR(255) NOT NULL,
    public_key  BYTEA        NOT NULL,
    private_key BYTEA        NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT ledger_key_pk PRIMARY KEY (name),
    CONSTRAINT ledger_key_public_ck CHECK (octet_length(public_key) = 32)
);

-- Member countries' witness keys (C2SP tlog-cosignature, Ed25519, type 0x04), registered by an
-- admin: a cosignature is accepted only from a key on this list.
CREATE TABLE ledger_cosigner (
    country       CHAR(2)      NOT NULL,
    verifier_key  TEXT         NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL,
    registered_by TEXT         NOT NULL,
    CONSTRAINT ledger_cosigner_pk PRIMARY KEY (country)
);

-- A country's cosignature of a checkpoint it verified as consistent with the last one it
-- signed: the signature line as served beside the log's own, and the time it states.
CREATE TABLE ledger_cosignature (
    country        CHAR(2)     NOT NULL,
    tree_size      BIGINT      NOT NULL,
    signature_line TEXT        NOT NULL,
    cosigned_at    TIMESTAMPTZ NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT ledger_cosignature_pk PRIMARY KEY (country, tree_size),
    CONSTRAINT ledger_cosignature_cosigner_fk FOREIGN KEY (country) REFERENCES ledger_cosigner (country),
    CONSTRAINT ledger_cosignature_checkpoint_fk FOREIGN KEY (tree_size) REFERENCES ledger_checkpoint (tree_size)
);
