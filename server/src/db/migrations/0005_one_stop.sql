CREATE TABLE "onestop_dossier_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"note" text,
	"data" jsonb,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onestop_dossier_scores" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"points" jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onestop_dossier_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"step_no" integer NOT NULL,
	"name" text NOT NULL,
	"agency_id" uuid,
	"budget_days" integer NOT NULL,
	"status" text NOT NULL,
	"handler_id" uuid,
	"started_date" date,
	"due_date" date,
	"completed_date" date,
	"completed_by" uuid,
	"timeliness" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onestop_dossiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_id" uuid NOT NULL,
	"processing_days" integer NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"applicant_id" uuid,
	"applicant_kind" text NOT NULL,
	"applicant_name" text NOT NULL,
	"applicant_identifier" text,
	"applicant_phone" text,
	"applicant_email" text,
	"applicant_address" text,
	"summary" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"filed_date" date NOT NULL,
	"filed_by" uuid,
	"checked_by" uuid,
	"supplement_count" integer DEFAULT 0 NOT NULL,
	"supplement_items" jsonb,
	"supplement_requested_date" date,
	"refusal_reason" text,
	"refused_date" date,
	"received_date" date,
	"received_by" uuid,
	"clock_start_date" date,
	"appointment_date" date,
	"original_appointment_date" date,
	"appointment_explanation" text,
	"round" integer DEFAULT 1 NOT NULL,
	"current_step_no" integer,
	"handler_id" uuid,
	"processing_return_count" integer DEFAULT 0 NOT NULL,
	"processing_return_items" jsonb,
	"processing_return_date" date,
	"reappointment_count" integer DEFAULT 0 NOT NULL,
	"apology_date" date,
	"apology_reason" text,
	"apology_by" uuid,
	"decision" text,
	"result_no" text,
	"decision_reason" text,
	"approved_by" uuid,
	"result_ready_date" date,
	"timeliness" text,
	"returned_date" date,
	"withdrawn_date" date,
	"withdraw_reason" text,
	"conduct_complaint" boolean DEFAULT false NOT NULL,
	"pin_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onestop_procedures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"field" text NOT NULL,
	"level" text NOT NULL,
	"processing_days" integer NOT NULL,
	"fees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"online_level" text NOT NULL,
	"steps" jsonb NOT NULL,
	"result_document" text NOT NULL,
	"legal_basis" text,
	"is_published" boolean DEFAULT true NOT NULL,
	"is_posted_at_counter" boolean DEFAULT true NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "onestop_unit_score_rollups" (
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"indicator" integer NOT NULL,
	"points_sum" integer DEFAULT 0 NOT NULL,
	"dossier_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "onestop_unit_score_rollups_unit_id_period_indicator_pk" PRIMARY KEY("unit_id","period","indicator")
);
--> statement-breakpoint
ALTER TABLE "onestop_dossier_events" ADD CONSTRAINT "onestop_dossier_events_dossier_id_onestop_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."onestop_dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_events" ADD CONSTRAINT "onestop_dossier_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_events" ADD CONSTRAINT "onestop_dossier_events_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_scores" ADD CONSTRAINT "onestop_dossier_scores_dossier_id_onestop_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."onestop_dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_scores" ADD CONSTRAINT "onestop_dossier_scores_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_steps" ADD CONSTRAINT "onestop_dossier_steps_dossier_id_onestop_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."onestop_dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_steps" ADD CONSTRAINT "onestop_dossier_steps_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_steps" ADD CONSTRAINT "onestop_dossier_steps_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_steps" ADD CONSTRAINT "onestop_dossier_steps_handler_id_staff_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossier_steps" ADD CONSTRAINT "onestop_dossier_steps_completed_by_staff_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_procedure_id_onestop_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."onestop_procedures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_filed_by_staff_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_checked_by_staff_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_received_by_staff_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_handler_id_staff_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_apology_by_staff_id_fk" FOREIGN KEY ("apology_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_dossiers" ADD CONSTRAINT "onestop_dossiers_approved_by_staff_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_procedures" ADD CONSTRAINT "onestop_procedures_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onestop_unit_score_rollups" ADD CONSTRAINT "onestop_unit_score_rollups_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onestop_dossier_events_dossier_idx" ON "onestop_dossier_events" USING btree ("dossier_id","created_at");--> statement-breakpoint
CREATE INDEX "onestop_dossier_events_type_idx" ON "onestop_dossier_events" USING btree ("type","dossier_id");--> statement-breakpoint
CREATE INDEX "onestop_dossier_scores_unit_period_idx" ON "onestop_dossier_scores" USING btree ("unit_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "onestop_dossier_steps_step_idx" ON "onestop_dossier_steps" USING btree ("dossier_id","round","step_no");--> statement-breakpoint
CREATE INDEX "onestop_dossier_steps_active_idx" ON "onestop_dossier_steps" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "onestop_dossier_steps_handler_idx" ON "onestop_dossier_steps" USING btree ("handler_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "onestop_dossiers_code_idx" ON "onestop_dossiers" USING btree ("code");--> statement-breakpoint
CREATE INDEX "onestop_dossiers_unit_status_idx" ON "onestop_dossiers" USING btree ("unit_id","status","appointment_date");--> statement-breakpoint
CREATE INDEX "onestop_dossiers_handler_idx" ON "onestop_dossiers" USING btree ("handler_id","status");--> statement-breakpoint
CREATE INDEX "onestop_dossiers_procedure_idx" ON "onestop_dossiers" USING btree ("procedure_id");--> statement-breakpoint
CREATE INDEX "onestop_dossiers_applicant_idx" ON "onestop_dossiers" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "onestop_dossiers_unit_filed_idx" ON "onestop_dossiers" USING btree ("unit_id","filed_date");--> statement-breakpoint
CREATE UNIQUE INDEX "onestop_procedures_unit_code_idx" ON "onestop_procedures" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "onestop_procedures_field_idx" ON "onestop_procedures" USING btree ("field");