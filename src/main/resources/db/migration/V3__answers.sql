-- What the units write while answering: answers, contributions to the lead, comments of consulted
-- units, and declines ("nicht zuständig"). Kept per unit and round, so that nothing is lost when an
-- item is re-routed or sent back.
create table ratsanfragen.item_contribution (
    id             bigserial primary key,
    inquiry_id     uuid not null,
    item_number    integer not null,
    unit           text not null,
    role           text not null check (role in ('ANSWER', 'CONTRIBUTION', 'COMMENT')),
    text           text,
    declined       boolean not null default false,
    decline_reason text,
    author         text not null,
    created_at     timestamptz not null default now(),
    foreign key (inquiry_id, item_number) references ratsanfragen.inquiry_item (inquiry_id, number) on delete cascade
);

create index item_contribution_item_idx on ratsanfragen.item_contribution (inquiry_id, item_number, created_at);

-- the unit that holds an item now (shown to the faction as progress, to the OB office for monitoring)
alter table ratsanfragen.inquiry_item add column holder text;
alter table ratsanfragen.inquiry_item add column answer text;
alter table ratsanfragen.inquiry_item add column answered_by text;
alter table ratsanfragen.inquiry_item add column answered_at timestamptz;
