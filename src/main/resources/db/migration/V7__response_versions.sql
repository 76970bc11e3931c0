-- Every version of a response as it went out: frozen at release (version 1), later corrections as
-- further versions; both formats kept with their SHA-256, nothing overwritten.
create table ratsanfragen.response_version (
    inquiry_id  uuid not null references ratsanfragen.inquiry (id) on delete cascade,
    version     integer not null check (version > 0),
    pdf         bytea not null,
    pdf_sha256  text not null,
    docx        bytea not null,
    docx_sha256 text not null,
    reason      text not null,
    created_by  text not null,
    created_at  timestamptz not null default now(),
    primary key (inquiry_id, version)
);
