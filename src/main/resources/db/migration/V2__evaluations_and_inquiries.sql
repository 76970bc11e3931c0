-- Evaluations: imported reports, or created from the measures an inquiry quotes.
create table evaluation (
    id            uuid primary key,
    title         text not null,
    -- the title without case, spaces and punctuation: how a quoting inquiry finds its evaluation
    title_key     text not null unique,
    origin        text not null check (origin in ('REPORT', 'QUOTED')),
    file_name     text,
    imported_at   timestamptz not null,
    imported_by   text not null,
    warnings      jsonb not null default '[]'
);

create table measure (
    evaluation_id uuid not null references evaluation (id) on delete cascade,
    code          text not null,
    position      integer not null,
    text          text not null,
    topic         text,
    responsible   text,
    lead          text,
    deadline      text,
    status        text not null check (status in ('FULFILLED', 'PARTIAL', 'NOT_FULFILLED', 'DISCARDED', 'UNCLEAR')),
    status_label  text,
    status_notes  jsonb not null default '[]',
    outlook       jsonb not null default '[]',
    concept_link  text,
    cut_off_date  date,
    primary key (evaluation_id, code)
);

create table recommendation (
    evaluation_id uuid not null references evaluation (id) on delete cascade,
    code          text not null,
    text          text not null,
    primary key (evaluation_id, code)
);

-- Reference numbers ANF-<year>-<n>: one counter row per year, incremented in the inquiry's own
-- transaction (the row lock serialises submissions; a rolled-back submission leaves no gap).
create table reference_counter (
    year          integer primary key,
    last_number   integer not null
);

create table inquiry (
    id               uuid primary key,
    reference        text not null unique,
    title            text not null,
    faction          text not null,
    faction_in_document text,
    committee        text,
    document_date    date,
    received_at      timestamptz not null,
    submitted_by     text not null,
    due_date         date,
    state            text not null,
    evaluation_id    uuid references evaluation (id),
    file_name        text,
    format           text not null,
    warnings         jsonb not null default '[]'
);

create index inquiry_faction_idx on inquiry (faction, received_at desc);

create table inquiry_item (
    inquiry_id    uuid not null references inquiry (id) on delete cascade,
    number        integer not null,
    kind          text not null check (kind in ('QUESTION', 'REMARK')),
    text          text not null,
    section       jsonb,
    measure_refs  jsonb not null default '[]',
    routing       jsonb,
    routing_hints jsonb not null default '[]',
    state         text not null,
    primary key (inquiry_id, number)
);
