-- Every extension of an inquiry's deadline, with its reason: the faction is told, the monitor shows them.
create table ratsanfragen.deadline_extension (
    id            bigserial primary key,
    inquiry_id    uuid not null references ratsanfragen.inquiry (id) on delete cascade,
    previous_due  date not null,
    new_due       date not null,
    reason        text not null,
    extended_by   text not null,
    extended_at   timestamptz not null default now()
);

create index deadline_extension_inquiry_idx on ratsanfragen.deadline_extension (inquiry_id, extended_at);
