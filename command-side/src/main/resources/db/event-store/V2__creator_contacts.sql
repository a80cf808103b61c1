-- Contact details of marketplace creators: personal data, kept out of the event store on
-- purpose. Events are never rewritten, so anything personal in them could never be erased;
-- here a DELETE removes it for good while the listing's events stay. The command side writes
-- a row in the same transaction as the event that says contact details are on file, and
-- deletes it in the same transaction as CreatorContactErased.
CREATE TABLE creator_contact (
    listing_id    UUID         NOT NULL,
    initiative_id UUID         NOT NULL,
    email         VARCHAR(254),
    phone         VARCHAR(32),
    recorded_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT creator_contact_pk PRIMARY KEY (listing_id),
    CONSTRAINT creator_contact_something_ck CHECK (email IS NOT NULL OR phone IS NOT NULL)
);
