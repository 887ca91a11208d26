CREATE TABLE "rating_interactions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid NOT NULL,
	"label" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"officer_id" uuid,
	"agency_id" uuid,
	"procedure_id" uuid,
	"procedure_name" text,
	"finished_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"rated_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rating_kiosks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"label" text NOT NULL,
	"key_hash" text NOT NULL,
	"current_interaction_id" uuid,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"last_seen_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_questionnaires" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"questions" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_rule_sets" (
	"id" uuid PRIMARY KEY NOT NULL,
	"effective_from" date NOT NULL,
	"edit_window_hours" integer NOT NULL,
	"token_valid_days" integer NOT NULL,
	"low_score_max" integer NOT NULL,
	"level_scores" jsonb NOT NULL,
	"group_766_max" integer NOT NULL,
	"source_ref" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rating_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"level" text NOT NULL,
	"aspects" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"comment" text,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"interaction_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"officer_id" uuid,
	"agency_id" uuid,
	"procedure_id" uuid,
	"procedure_name" text,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"kiosk_id" uuid,
	"level" text NOT NULL,
	"aspects" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"questionnaire_id" uuid,
	"comment" text,
	"version" integer DEFAULT 1 NOT NULL,
	"rated_date" date NOT NULL,
	"rated_at" timestamp with time zone NOT NULL,
	"editable_until" timestamp with time zone NOT NULL,
	"follow_up_status" text DEFAULT 'none' NOT NULL,
	"follow_up_task_id" uuid,
	"follow_up_answer" text,
	"follow_up_answered_by" uuid,
	"follow_up_answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "rating_interactions" ADD CONSTRAINT "rating_interactions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_interactions" ADD CONSTRAINT "rating_interactions_officer_id_staff_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_interactions" ADD CONSTRAINT "rating_interactions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_kiosks" ADD CONSTRAINT "rating_kiosks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_kiosks" ADD CONSTRAINT "rating_kiosks_current_interaction_id_rating_interactions_id_fk" FOREIGN KEY ("current_interaction_id") REFERENCES "public"."rating_interactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_kiosks" ADD CONSTRAINT "rating_kiosks_sent_by_staff_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_kiosks" ADD CONSTRAINT "rating_kiosks_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_questionnaires" ADD CONSTRAINT "rating_questionnaires_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_questionnaires" ADD CONSTRAINT "rating_questionnaires_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_versions" ADD CONSTRAINT "rating_versions_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_interaction_id_rating_interactions_id_fk" FOREIGN KEY ("interaction_id") REFERENCES "public"."rating_interactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_officer_id_staff_id_fk" FOREIGN KEY ("officer_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_follow_up_answered_by_staff_id_fk" FOREIGN KEY ("follow_up_answered_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rating_interactions_ref_uq" ON "rating_interactions" USING btree ("kind","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_interactions_token_uq" ON "rating_interactions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "rating_interactions_unit_idx" ON "rating_interactions" USING btree ("unit_id","finished_at");--> statement-breakpoint
CREATE INDEX "rating_kiosks_unit_idx" ON "rating_kiosks" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_questionnaires_uq" ON "rating_questionnaires" USING btree ("unit_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "rating_versions_uq" ON "rating_versions" USING btree ("rating_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_interaction_uq" ON "ratings" USING btree ("interaction_id");--> statement-breakpoint
CREATE INDEX "ratings_unit_date_idx" ON "ratings" USING btree ("unit_id","rated_date");--> statement-breakpoint
CREATE INDEX "ratings_officer_idx" ON "ratings" USING btree ("officer_id","rated_date");--> statement-breakpoint
CREATE INDEX "ratings_follow_up_idx" ON "ratings" USING btree ("unit_id","follow_up_status");