-- A unit may propose a corrected implementation status with its answer; it is recorded on the item and,
-- once the answer is released, in the measure's status history (the report's own status stays as reported).
alter table ratsanfragen.inquiry_item add column proposed_status text
    check (proposed_status in ('FULFILLED', 'PARTIAL', 'NOT_FULFILLED', 'DISCARDED'));

create table ratsanfragen.measure_status_change (
    id                bigserial primary key,
    evaluation_id     uuid not null,
    code              text not null,
    old_status        text not null,
    new_status        text not null,
    changed_by        text not null,
    inquiry_reference text not null,
    changed_at        timestamptz not null default now(),
    foreign key (evaluation_id, code) references ratsanfragen.measure (evaluation_id, code) on delete cascade
);

create index measure_status_change_measure_idx on ratsanfragen.measure_status_change (evaluation_id, code, changed_at);
