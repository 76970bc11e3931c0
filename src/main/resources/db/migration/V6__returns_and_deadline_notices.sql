-- An item sent back by a Dezernat's sign-off or by the OB office's approval waits (returned) until every
-- Dezernat has decided; then it is reworked once, with every comment it received (return_note).
alter table ratsanfragen.inquiry_item add column returned boolean not null default false;
alter table ratsanfragen.inquiry_item add column return_note text;

-- Every reminder and escalation the deadline watch sent, once per task and date: a moved date (an
-- extension, a new round) is watched again, a date already reported is not reported twice.
create table ratsanfragen.deadline_notice (
    task_id     text not null,
    kind        text not null check (kind in ('REMINDER', 'ESCALATION')),
    due_at      timestamptz not null,
    inquiry_id  uuid not null references ratsanfragen.inquiry (id) on delete cascade,
    unit        text not null,
    items       text not null,
    noticed_at  timestamptz not null,
    primary key (task_id, kind, due_at)
);

create index deadline_notice_inquiry_idx on ratsanfragen.deadline_notice (inquiry_id, noticed_at);

-- The interim notice of each extension is sent once, by its own job, oldest first.
alter table ratsanfragen.deadline_extension add column notified_at timestamptz;
-- extensions recorded before this column were told by the earlier interim-notice job
update ratsanfragen.deadline_extension set notified_at = extended_at;
