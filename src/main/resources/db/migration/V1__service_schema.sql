-- The service keeps its own tables in the schema "ratsanfragen", apart from Camunda's ACT_* tables,
-- so that Flyway and Camunda's schema management never touch each other's objects.
comment on schema ratsanfragen is 'ratsanfragen: Anfragen, Einzelfragen, Evaluationen und Antworten (eigene Tabellen des Dienstes)';
