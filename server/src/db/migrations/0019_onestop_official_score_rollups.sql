CREATE TABLE "onestop_official_score_rollups" (
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"indicator" integer NOT NULL,
	"points_sum" integer DEFAULT 0 NOT NULL,
	"dossier_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "onestop_official_score_rollups_unit_id_period_staff_id_indicator_pk" PRIMARY KEY("unit_id","period","staff_id","indicator")
);
--> statement-breakpoint
ALTER TABLE "onestop_official_score_rollups" ADD CONSTRAINT "onestop_official_score_rollups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_official_score_rollups" ADD CONSTRAINT "onestop_official_score_rollups_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill: what scoreDossier (modules/one-stop/score-dossier.ts) adds for each scored dossier, once per
-- official who received it or completed a step of its last round; row 92 counts the official's dossiers.
INSERT INTO onestop_official_score_rollups (unit_id, period, staff_id, indicator, points_sum, dossier_count)
WITH people AS (
  SELECT s.dossier_id, d.received_by AS staff_id FROM onestop_dossier_scores s
  JOIN onestop_dossiers d ON d.id = s.dossier_id
  WHERE d.received_by IS NOT NULL
  UNION
  SELECT s.dossier_id, st.completed_by FROM onestop_dossier_scores s
  JOIN onestop_dossiers d ON d.id = s.dossier_id
  JOIN onestop_dossier_steps st ON st.dossier_id = d.id AND st.round = d.round
  WHERE st.completed_by IS NOT NULL
)
SELECT s.unit_id, s.period, p.staff_id, e.key::int, sum(e.value::int)::int, count(*)::int
FROM people p JOIN onestop_dossier_scores s ON s.dossier_id = p.dossier_id
CROSS JOIN LATERAL jsonb_each_text(s.points) e
WHERE e.key IN ('1', '2', '3', '4', '7') AND e.value IS NOT NULL
GROUP BY 1, 2, 3, 4
UNION ALL
SELECT s.unit_id, s.period, p.staff_id, 92, 0, count(*)::int
FROM people p JOIN onestop_dossier_scores s ON s.dossier_id = p.dossier_id
GROUP BY 1, 2, 3;
