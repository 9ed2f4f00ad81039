"""The central register: PostgreSQL (psycopg 3) behind an HTTP API that the stations sync with.

Above the workspace in the layers; nothing in the desktop app imports it, and Qt never enters it."""
