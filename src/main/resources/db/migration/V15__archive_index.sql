-- The monitor's archive (issue 13): released and withdrawn inquiries, newest receipt first, a page at a time,
-- filtered by year of receipt, faction and text in the subject. The partial index gives them in that order
-- without touching the open ones, so a page reads its rows and stops (limit); a faction's page uses
-- inquiry_faction_idx (faction, received_at desc).
create index inquiry_archive_idx on ratsanfragen.inquiry (received_at desc, reference desc)
    where state in ('RELEASED', 'WITHDRAWN');
