-- An item whose task passed its due date: shown to the OB office and to the faction as overdue.
alter table ratsanfragen.inquiry_item add column overdue boolean not null default false;
