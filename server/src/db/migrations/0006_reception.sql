CREATE TABLE "reception_conclusions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"record_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"text" text NOT NULL,
	"task_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"people_count" integer NOT NULL,
	"is_group" boolean NOT NULL,
	"representative_count" integer DEFAULT 0 NOT NULL,
	"appointment_file_id" text,
	"summary" text NOT NULL,
	"request" text,
	"previously_handled_by" text,
	"within_competence" boolean NOT NULL,
	"outcome" text NOT NULL,
	"guidance_body" text,
	"guidance_doc_no" text,
	"transfer_body" text,
	"transfer_doc_no" text,
	"refusal_ground" text,
	"refusal_explanation" text,
	"refusal_notice_no" text,
	"refusal_notice_date" date,
	"refusal_notice_file_id" text,
	"refusal_notice_due" date,
	"follow_up" text,
	"note" text,
	"petition_id" uuid,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_identities" (
	"entry_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_sealed" boolean NOT NULL,
	"full_name" text,
	"personal_id" text,
	"address" text,
	"phone" text,
	"representatives" jsonb,
	"sealed" text,
	"person_key" text,
	"name_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"session_id" uuid,
	"entry_id" uuid,
	"petition_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"date" date NOT NULL,
	"place" text NOT NULL,
	"subject" text NOT NULL,
	"facts" text NOT NULL,
	"causes" text,
	"responsibility" text,
	"solution" text NOT NULL,
	"attendees" jsonb NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"host_id" uuid,
	"host_role" text,
	"title" text NOT NULL,
	"place" text NOT NULL,
	"recurrence" jsonb NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"schedule_id" uuid,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"date" date NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text NOT NULL,
	"host_id" uuid,
	"agency_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text,
	"note" text,
	"cancel_reason" text,
	"held_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_conclusions" ADD CONSTRAINT "reception_conclusions_record_id_reception_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."reception_records"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_conclusions" ADD CONSTRAINT "reception_conclusions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_conclusions" ADD CONSTRAINT "reception_conclusions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_conclusions" ADD CONSTRAINT "reception_conclusions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_entries" ADD CONSTRAINT "reception_entries_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_entries" ADD CONSTRAINT "reception_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_entries" ADD CONSTRAINT "reception_entries_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_entries" ADD CONSTRAINT "reception_entries_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_identities" ADD CONSTRAINT "reception_identities_entry_id_reception_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."reception_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_identities" ADD CONSTRAINT "reception_identities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_session_id_reception_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."reception_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_entry_id_reception_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."reception_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_records" ADD CONSTRAINT "reception_records_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_schedules" ADD CONSTRAINT "reception_schedules_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_schedules" ADD CONSTRAINT "reception_schedules_host_id_staff_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_schedules" ADD CONSTRAINT "reception_schedules_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_schedule_id_reception_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."reception_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_host_id_staff_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_sessions" ADD CONSTRAINT "reception_sessions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_conclusions_record_idx" ON "reception_conclusions" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "reception_conclusions_task_idx" ON "reception_conclusions" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "reception_entries_session_idx" ON "reception_entries" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "reception_entries_unit_date_idx" ON "reception_entries" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "reception_entries_petition_idx" ON "reception_entries" USING btree ("petition_id");--> statement-breakpoint
CREATE INDEX "reception_identities_person_idx" ON "reception_identities" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "reception_identities_name_idx" ON "reception_identities" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "reception_identities_name_trgm_idx" ON "reception_identities" USING gin (lower(f_unaccent("full_name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "reception_records_unit_date_idx" ON "reception_records" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "reception_records_session_idx" ON "reception_records" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "reception_records_petitions_idx" ON "reception_records" USING gin ("petition_ids");--> statement-breakpoint
CREATE INDEX "reception_schedules_unit_idx" ON "reception_schedules" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE INDEX "reception_schedules_host_idx" ON "reception_schedules" USING btree ("host_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_sessions_code_idx" ON "reception_sessions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "reception_sessions_unit_date_idx" ON "reception_sessions" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "reception_sessions_host_date_idx" ON "reception_sessions" USING btree ("host_id","date");