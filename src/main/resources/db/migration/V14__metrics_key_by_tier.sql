-- Metrics history (docs/metrics.md): the 10-minute and 2-hour tiers (tier codes 1 and 2) put the entity
-- before the time in the key, so a chart of one guest over a week or a year reads one run of rows (see
-- Key.java). The minute tier (code 0) keeps time before entity. V10 packed every tier as
--   tier * 2^56 + bucket * 2^24 + entity;
-- the coarse tiers become
--   tier * 2^56 + entity * 2^32 + bucket.
-- Old and new keys cannot collide, so the order H2 updates rows in does not matter: past the tier, an old
-- key is at least 2^54 (bucket starts after 2004 are at least 2^30), a new one below 2^54 while entity ids
-- stay below 2^22 (they count the nodes, guests and storages ever seen).

UPDATE metric_node
SET k = (k / 72057594037927936) * 72057594037927936 + MOD(k, 16777216) * 4294967296
    + MOD(k / 16777216, 4294967296)
WHERE k >= 72057594037927936;

UPDATE metric_guest
SET k = (k / 72057594037927936) * 72057594037927936 + MOD(k, 16777216) * 4294967296
    + MOD(k / 16777216, 4294967296)
WHERE k >= 72057594037927936;

UPDATE metric_storage
SET k = (k / 72057594037927936) * 72057594037927936 + MOD(k, 16777216) * 4294967296
    + MOD(k / 16777216, 4294967296)
WHERE k >= 72057594037927936;
