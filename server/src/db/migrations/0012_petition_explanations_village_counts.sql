-- Deadline explanations become { vi, en }; rows written before keep their Vietnamese text as { vi }.
ALTER TABLE "petitions" ALTER COLUMN "process_explanation" SET DATA TYPE jsonb USING CASE WHEN "process_explanation" IS NULL THEN NULL ELSE jsonb_build_object('vi', "process_explanation") END;--> statement-breakpoint
ALTER TABLE "petitions" ALTER COLUMN "resolve_explanation" SET DATA TYPE jsonb USING CASE WHEN "resolve_explanation" IS NULL THEN NULL ELSE jsonb_build_object('vi', "resolve_explanation") END;--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD COLUMN "village_counts" jsonb;
