-- Supervisors' decisions in the browser, persons moved between stations, server-held code lists, erasures.

-- every decision a supervisor takes on the web pages, with their name: the centre's own audit trail
CREATE TABLE supervisor_decisions (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    user_id bigint REFERENCES web_users(id),
    user_name text NOT NULL,
    action text NOT NULL,            -- merge, distinct, keep_value, relocate
    subject text NOT NULL,           -- duplicate:<id>, conflict:<id>, person:<uuid>
    detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX supervisor_decisions_subject ON supervisor_decisions (subject);
ALTER TABLE duplicate_candidates ADD COLUMN decided_by text;
ALTER TABLE conflicts ADD COLUMN decided_by text;

-- a person's case moved to another station (relocation to another centre); the history stays
CREATE TABLE relocations (
    id bigserial PRIMARY KEY,
    person_id uuid NOT NULL REFERENCES persons(id),
    from_station uuid NOT NULL REFERENCES stations(id),
    to_station uuid NOT NULL REFERENCES stations(id),
    by_name text NOT NULL,           -- the supervisor, or the station that handed the case over
    at timestamptz NOT NULL DEFAULT now()
);

-- server-held code lists: one version per list, raised by every change (entries stay in codelist_entries)
CREATE TABLE codelist_versions (
    name text PRIMARY KEY,
    version integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- a station erased a person when its retention period ran out: the centre erases its copy too
ALTER TABLE persons ADD COLUMN erased_at timestamptz;
