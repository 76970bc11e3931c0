-- Issue 12: the inquiry owns its states. Holders, the units an answer is given by, and the items of a deadline
-- notice were comma-joined text; they become arrays. The states an inquiry and its items may be in are the
-- values of InquiryState and ItemState (InquiryStatesInDatabaseTest compares both lists with these checks).
alter table ratsanfragen.inquiry_item rename column holder to holders;
alter table ratsanfragen.inquiry_item alter column holders type text[]
    using case when holders is null or btrim(holders) = '' then '{}' else regexp_split_to_array(btrim(holders), '\s*,\s*') end;
update ratsanfragen.inquiry_item set holders = '{}' where holders is null;
alter table ratsanfragen.inquiry_item alter column holders set default '{}';
alter table ratsanfragen.inquiry_item alter column holders set not null;

alter table ratsanfragen.inquiry_item alter column answered_by type text[]
    using case when answered_by is null then null else regexp_split_to_array(btrim(answered_by), '\s*,\s*') end;

alter table ratsanfragen.deadline_notice alter column items type integer[]
    using case when btrim(items) = '' then '{}' else cast(regexp_split_to_array(btrim(items), '\s*,\s*') as integer[]) end;

alter table ratsanfragen.inquiry add constraint inquiry_state_check check (state in
    ('SUBMITTED', 'IN_TRIAGE', 'IN_PROGRESS', 'IN_SIGN_OFF', 'IN_APPROVAL', 'RELEASED', 'WITHDRAWN'));
alter table ratsanfragen.inquiry_item add constraint inquiry_item_state_check check (state in
    ('NEW', 'IN_TRIAGE', 'IN_PROGRESS', 'IN_SIGN_OFF', 'IN_APPROVAL', 'RELEASED', 'WITHDRAWN', 'DECLINED', 'REROUTED',
     'ANSWERED', 'RETURNED', 'SIGNED_OFF'));
