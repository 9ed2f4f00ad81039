-- The central register's web pages: supervisors and the ministry log in; sessions by the SHA-256 of a random token.
CREATE TABLE web_users (
    id bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE,
    role text NOT NULL CHECK (role IN ('supervisor', 'ministry')),
    station_id uuid REFERENCES stations(id),      -- a supervisor sees this station only; the ministry sees all
    password_hash text NOT NULL,                  -- Argon2id (argon2-cffi)
    created_at timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz,
    CHECK (role = 'ministry' OR station_id IS NOT NULL)
);
CREATE TABLE web_sessions (
    token_hash text PRIMARY KEY,                  -- SHA-256 of the cookie's token
    user_id bigint NOT NULL REFERENCES web_users(id) ON DELETE CASCADE,
    csrf text NOT NULL,                           -- every POST carries it in a hidden field
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
-- when the station finished a form (its clock, UTC), as the station's statistics count applications
ALTER TABLE forms ADD COLUMN finished_at text;
