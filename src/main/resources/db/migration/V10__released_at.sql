-- When an inquiry was answered (released): the statistics measure time to answer and punctuality by it.
alter table ratsanfragen.inquiry add column released_at timestamptz;

-- inquiries released before this column existed: the first response version is frozen in the releasing
-- transaction; one frozen later (on its first download) does not tell the day, the last answer comes closest
update ratsanfragen.inquiry i set released_at = coalesce(
    (select v.created_at from ratsanfragen.response_version v
     where v.inquiry_id = i.id and v.version = 1 and v.reason not like '%nachträglich erzeugt%'),
    (select max(it.answered_at) from ratsanfragen.inquiry_item it where it.inquiry_id = i.id))
where i.state = 'RELEASED';

create index inquiry_released_at_idx on ratsanfragen.inquiry (released_at) where released_at is not null;
create index inquiry_received_at_idx on ratsanfragen.inquiry (received_at);
create index deadline_extension_extended_at_idx on ratsanfragen.deadline_extension (extended_at);
