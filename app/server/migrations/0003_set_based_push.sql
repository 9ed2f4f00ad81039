-- Duplicate matching across scripts: a person's name as the engine's folded keys (app.engine.names.search_keys)
-- per birth date, so the candidate search is an index range per key (birth date + key), not a scan.
CREATE TABLE person_name_keys (
    birth_date text NOT NULL,
    key text NOT NULL,
    person_id uuid NOT NULL REFERENCES persons(id),
    PRIMARY KEY (birth_date, key, person_id)
);
CREATE INDEX person_name_keys_person ON person_name_keys (person_id);
-- the ASCII folding of 0001 left Cyrillic names empty; the keys above replace it (filled by db.migrate)
DROP INDEX persons_birth;
ALTER TABLE persons DROP COLUMN folded_name;
