CREATE TABLE "satisfaction_rollup" (
	"dim" text NOT NULL,
	"grain" text NOT NULL,
	"period" date NOT NULL,
	"unit_id" uuid NOT NULL,
	"key" text,
	"label" text,
	"n" integer NOT NULL,
	"very_satisfied" integer NOT NULL,
	"satisfied" integer NOT NULL,
	"dissatisfied" integer NOT NULL,
	"with_comment" integer NOT NULL,
	"open_follow_ups" integer NOT NULL,
	CONSTRAINT "satisfaction_rollup_uq" UNIQUE NULLS NOT DISTINCT("dim","grain","period","unit_id","key")
);
--> statement-breakpoint
ALTER TABLE "satisfaction_rollup" ADD CONSTRAINT "satisfaction_rollup_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Backfill: the same recount as rebuildSatisfactionRollup (modules/satisfaction/rollup.ts).
INSERT INTO satisfaction_rollup
  (dim, grain, period, unit_id, key, label, n, very_satisfied, satisfied, dissatisfied, with_comment, open_follow_ups)
SELECT d.dim, g.grain,
  CASE g.grain WHEN 'day' THEN r.rated_date ELSE date_trunc('month', r.rated_date)::date END,
  r.unit_id, d.key, max(d.label), count(*)::int,
  (count(*) FILTER (WHERE r.level = 'very_satisfied'))::int,
  (count(*) FILTER (WHERE r.level = 'satisfied'))::int,
  (count(*) FILTER (WHERE r.level = 'dissatisfied'))::int,
  (count(*) FILTER (WHERE r.comment IS NOT NULL))::int,
  (count(*) FILTER (WHERE r.follow_up_status = 'open'))::int
FROM ratings r
CROSS JOIN (VALUES ('day'), ('month')) AS g(grain)
CROSS JOIN LATERAL (VALUES
  ('unit', NULL::text, NULL::text),
  ('officer', r.officer_id::text, NULL),
  ('agency', r.agency_id::text, NULL),
  ('procedure', coalesce(r.procedure_id::text, r.procedure_name), r.procedure_name),
  ('channel', r.channel, NULL),
  ('kind', r.kind, NULL)
) AS d(dim, key, label)
GROUP BY 1, 2, 3, 4, 5;
