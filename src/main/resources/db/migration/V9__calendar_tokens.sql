-- Secret calendar links (GET /api/calendar/{token}.ics): calendar apps cannot log in, so the link itself
-- is the credential. Only its SHA-256 is kept, never the token. A renewed or revoked token keeps its row
-- with revoked_at, so that its link can be answered "renewed or revoked" instead of "unknown".
create table ratsanfragen.calendar_token (
    token_sha256 bytea primary key check (octet_length(token_sha256) = 32),
    user_id      text not null,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz
);

-- at most one active link per user; renewing revokes the old one in the same transaction
create unique index calendar_token_one_active_per_user on ratsanfragen.calendar_token (user_id) where revoked_at is null;
