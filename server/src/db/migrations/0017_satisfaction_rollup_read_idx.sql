-- The index reads of the satisfaction rollup (modules/satisfaction/indices.ts): one range per unit, grain and
-- period span, answered from the index alone. The unique key leads with the period, so a read over a
-- year of one dimension visited rows of every unit scattered over the table.
CREATE INDEX "satisfaction_rollup_read_idx" ON "satisfaction_rollup" ("dim", "grain", "unit_id", "period")
  INCLUDE ("key", "label", "n", "very_satisfied", "satisfied", "dissatisfied", "with_comment", "open_follow_ups");
