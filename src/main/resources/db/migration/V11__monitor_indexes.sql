-- The deadline monitor (issue 6) reads the inquiries being answered three times a request (rows, items,
-- extensions), each by state. Without an index every read scans all inquiries ever received, released ones
-- included, and that table only grows; the open ones are a small, steady share (about a thousand).
-- Measured with src/bench/monitor-benchmark.sh, see docs/performance.md.
create index inquiry_state_idx on ratsanfragen.inquiry (state);
