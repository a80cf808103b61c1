-- Auditors filter the whole history (query side, /api/audit/events and its exports) by what an
-- event's payload and metadata say: the initiative it concerns, the countries it names, who acted
-- and under which correlation id, and when it was recorded. Payload and metadata are stored as
-- bytea JSON and the time as text, so without these indexes each such filter reads every event.
--
-- The functions read the stored bytes and never fail: an event whose bytes are no JSON that
-- jsonb can hold (a U+0000 in a text, which Jackson writes and jsonb refuses) gets NULL, so no
-- append can ever be refused because of an index. They are declared IMMUTABLE, which an index
-- expression needs: the result depends on the bytes alone (the database encoding is fixed when
-- the database is created, and every stored time carries its offset, 'Z', so the session's time
-- zone never enters). Functions that call another one carry the search path they were created
-- with: PostgreSQL 17 runs index expressions during maintenance (CREATE INDEX, VACUUM, ANALYZE)
-- with a search path of pg_catalog only, where audit_json would not be found.

-- The stored bytes as jsonb, or NULL.
CREATE FUNCTION audit_json(stored BYTEA) RETURNS JSONB
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN convert_from(stored, 'UTF8')::jsonb;
EXCEPTION
    WHEN OTHERS THEN
        RETURN NULL;
END;
$$;

-- The initiative an event concerns, as its payload names it: "initiativeId": {"value": ...}, or
-- inside a Cultural Tour programme's id. (Working-group events name the group, whose id the
-- query side derives from the initiative's, and looks up by aggregate.)
CREATE FUNCTION audit_initiative(payload BYTEA) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS
$$
SELECT coalesce(j #>> '{initiativeId,value}', j #>> '{programmeId,initiativeId,value}')
FROM (SELECT audit_json(payload) AS j) AS stored;
$$;

-- The countries an event names (ISO alpha-2 codes): the payload's country fields, its lists of
-- countries, a protocol's parties, and the country of the liaison who acted (metadata).
CREATE FUNCTION audit_countries(payload BYTEA, metadata BYTEA) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT AS
$$
SELECT coalesce(array_agg(DISTINCT code ORDER BY code), '{}')
FROM (SELECT audit_json(payload) AS p, audit_json(metadata) AS m) AS stored,
     LATERAL (SELECT p ->> field AS code
              FROM unnest(ARRAY ['country', 'holder', 'receiver', 'origin', 'host', 'proposedBy',
                                 'approvedBy', 'declinedBy', 'withdrawnBy']) AS field
              WHERE jsonb_typeof(p -> field) = 'string'
              UNION ALL
              SELECT listed.code
              FROM unnest(ARRAY ['participants', 'attending']) AS field,
                   LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(p -> field) = 'array'
                                                          THEN p -> field END) AS listed(code)
              UNION ALL
              SELECT party ->> 'country'
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p -> 'parties') = 'array'
                                             THEN p -> 'parties' END) AS party
              UNION ALL
              SELECT m ->> 'actorCountry') AS named
WHERE code IS NOT NULL;
$$;

-- When an event was recorded, from Axon's ISO-8601 text (with 'Z'), or NULL.
CREATE FUNCTION audit_recorded_at(recorded VARCHAR) RETURNS TIMESTAMPTZ
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
BEGIN
    RETURN recorded::timestamptz;
EXCEPTION
    WHEN OTHERS THEN
        RETURN NULL;
END;
$$;

-- Each filter with the global index, so a page of one filter is a range of its index, in order.
CREATE INDEX domainevententry_audit_type_ix ON domainevententry (payloadtype, globalindex);
CREATE INDEX domainevententry_audit_initiative_ix ON domainevententry (audit_initiative(payload), globalindex);
CREATE INDEX domainevententry_audit_countries_ix ON domainevententry USING gin (audit_countries(payload, metadata));
CREATE INDEX domainevententry_audit_actor_ix ON domainevententry ((audit_json(metadata) ->> 'actor'), globalindex);
CREATE INDEX domainevententry_audit_correlation_ix
    ON domainevententry ((audit_json(metadata) ->> 'correlationId'), globalindex);
CREATE INDEX domainevententry_audit_recorded_ix ON domainevententry (audit_recorded_at(timestamp), globalindex);
