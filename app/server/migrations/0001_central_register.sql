-- The central register: what the stations push, the change log they pull, and the supervisor's queues.
CREATE TABLE stations (
    id uuid PRIMARY KEY,
    name text NOT NULL UNIQUE,
    enrol_code_hash text,            -- SHA-256 of the one-time code; cleared when used
    secret_hash text,                -- SHA-256 of the station's secret, set at enrolment
    created_at timestamptz NOT NULL DEFAULT now(),
    enrolled_at timestamptz,
    revoked_at timestamptz
);
CREATE TABLE change_log (
    seq bigserial PRIMARY KEY,       -- the server's change sequence: stations pull by it, never by clocks
    kind text NOT NULL,              -- person, form, codelist, station
    record_id text NOT NULL,
    station_id uuid,                 -- the station whose operation made the change
    target_station uuid,             -- for records moved to another station (relocation)
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE persons (
    id uuid PRIMARY KEY,
    station_id uuid NOT NULL REFERENCES stations(id),
    version integer NOT NULL,
    data jsonb NOT NULL,
    emso text GENERATED ALWAYS AS (data->>'emso') STORED,
    birth_date text GENERATED ALWAYS AS (data->>'birth_date') STORED,
    folded_name text,
    merged_into uuid REFERENCES persons(id),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX persons_emso ON persons (emso) WHERE emso IS NOT NULL AND emso <> '';
CREATE INDEX persons_birth ON persons (birth_date, folded_name);
CREATE TABLE documents (
    person_id uuid NOT NULL REFERENCES persons(id),
    kind text NOT NULL DEFAULT '',
    number text NOT NULL,
    country text NOT NULL DEFAULT '',
    data jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (person_id, kind, number, country)
);
CREATE INDEX documents_number ON documents (number, country);
CREATE TABLE person_links (
    person_id uuid NOT NULL REFERENCES persons(id),
    other_id uuid NOT NULL,
    relation text NOT NULL,
    PRIMARY KEY (person_id, other_id, relation)
);
CREATE TABLE attachments (
    sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    kind text NOT NULL,              -- photo, signed_pdf
    size integer NOT NULL,
    content bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE forms (
    id uuid NOT NULL,
    version integer NOT NULL,
    station_id uuid NOT NULL REFERENCES stations(id),
    person_id uuid,
    code text NOT NULL,
    form_version text NOT NULL DEFAULT '',
    status text NOT NULL,            -- draft, finished, signed, void
    data jsonb NOT NULL,
    corrects uuid,                   -- a correction is a new form linked to the one it corrects
    photo_sha256 text REFERENCES attachments(sha256),
    signed_pdf_sha256 text REFERENCES attachments(sha256),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (id, version)
);
CREATE TABLE serial_books (
    office text PRIMARY KEY,
    station_id uuid NOT NULL REFERENCES stations(id),   -- the one station that issues this office's serials
    last_serial integer NOT NULL DEFAULT 0
);
CREATE TABLE audit_entries (
    station_id uuid NOT NULL REFERENCES stations(id),
    seq bigint NOT NULL,
    hash text NOT NULL,
    prev_hash text NOT NULL,
    entry jsonb NOT NULL,
    PRIMARY KEY (station_id, seq)
);
CREATE TABLE audit_heads (
    station_id uuid PRIMARY KEY REFERENCES stations(id),
    seq bigint NOT NULL,
    hash text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE processed_operations (
    op_id uuid PRIMARY KEY,          -- an operation applied once, whatever number of times it is sent
    station_id uuid NOT NULL REFERENCES stations(id),
    batch_id uuid,
    result jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE conflicts (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    record_id text NOT NULL,
    field text NOT NULL,
    base jsonb,
    current jsonb,
    incoming jsonb,
    station_id uuid NOT NULL REFERENCES stations(id),
    op_id uuid NOT NULL,
    resolved_at timestamptz,
    resolution jsonb
);
CREATE TABLE duplicate_candidates (
    id bigserial PRIMARY KEY,
    person_a uuid NOT NULL REFERENCES persons(id),
    person_b uuid NOT NULL REFERENCES persons(id),
    reason text NOT NULL,            -- emso, document, birth_name
    status text NOT NULL DEFAULT 'open',   -- open, merged, distinct
    decided_at timestamptz,
    UNIQUE (person_a, person_b, reason),
    CHECK (person_a < person_b)
);
CREATE TABLE codelist_entries (
    name text NOT NULL,
    value text NOT NULL,
    label text NOT NULL,
    PRIMARY KEY (name, value)
);
