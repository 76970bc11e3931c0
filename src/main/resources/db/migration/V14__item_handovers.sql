-- Issue 13, point 3: the OB office routes an open item anew at any time. Every unit that loses the item that way
-- (its task ends) reads on its page /fristen which item went where, when and by whom; kept, never changed.
create table ratsanfragen.item_handover (
    id              bigserial primary key,
    inquiry_id      uuid not null,
    item_number     integer not null,
    unit            text not null,
    role            text not null check (role in ('ANSWER', 'CONTRIBUTION', 'COMMENT')),
    new_routing     text not null,
    new_lead        text not null,
    handed_over_by  text not null,
    handed_over_at  timestamptz not null,
    foreign key (inquiry_id, item_number) references ratsanfragen.inquiry_item (inquiry_id, number) on delete cascade
);

create index item_handover_unit_idx on ratsanfragen.item_handover (unit, handed_over_at desc);
