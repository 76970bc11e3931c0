-- Issue 13, review before release: an item sent back goes to the units chosen for it (null: every unit its
-- routing names); read when its next round begins, overwritten by the next send-back.
alter table ratsanfragen.inquiry_item add column rework_units text[];

-- The OB office corrects the wording of an answer during approval: who, when, the text before and after.
-- Nothing is overwritten here; the item's answer column holds the newest text.
create table ratsanfragen.answer_edit (
    id          bigserial primary key,
    inquiry_id  uuid not null,
    item_number integer not null,
    old_text    text not null,
    new_text    text not null,
    edited_by   text not null,
    edited_at   timestamptz not null,
    foreign key (inquiry_id, item_number) references ratsanfragen.inquiry_item (inquiry_id, number) on delete cascade
);

create index answer_edit_item_idx on ratsanfragen.answer_edit (inquiry_id, item_number, edited_at);
