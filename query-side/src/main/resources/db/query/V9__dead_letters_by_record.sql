-- Every read of a record asks whether any projection has parked events of its aggregate
-- (the dead-letter sequence is the aggregate's id), whatever the processing group: this
-- index answers that in one lookup. The existing one leads with the processing group.
CREATE INDEX deadletterentry_by_sequence ON deadletterentry (sequenceidentifier);
