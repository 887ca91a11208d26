CREATE TABLE "petition_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"petition_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"type" text NOT NULL,
	"actor_id" uuid,
	"note" text,
	"data" jsonb,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_identities" (
	"petition_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"is_sealed" boolean NOT NULL,
	"full_name" text,
	"personal_id" text,
	"address" text,
	"phone" text,
	"email" text,
	"sealed" text,
	"person_key" text,
	"name_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petitions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"round" integer DEFAULT 1 NOT NULL,
	"parent_id" uuid,
	"split_from_id" uuid,
	"transferred_from_id" uuid,
	"channel" text NOT NULL,
	"source_body" text,
	"source_document_no" text,
	"received_date" date NOT NULL,
	"received_by" uuid,
	"summary" text NOT NULL,
	"content" text NOT NULL,
	"status" text NOT NULL,
	"signer_count" integer DEFAULT 1 NOT NULL,
	"is_group" boolean DEFAULT false NOT NULL,
	"has_original_documents" boolean DEFAULT false NOT NULL,
	"is_anonymous" boolean DEFAULT false NOT NULL,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"classified_at" timestamp with time zone,
	"classified_by" uuid,
	"eligible" boolean,
	"ineligible_reason" text,
	"within_competence" boolean,
	"competent_body" text,
	"is_multi_content" boolean DEFAULT false NOT NULL,
	"process_due" date NOT NULL,
	"process_rule_id" uuid,
	"process_explanation" text,
	"decision" text,
	"decision_date" date,
	"decision_no" text,
	"decision_note" text,
	"decided_by" uuid,
	"decision_late" boolean,
	"late_reason" text,
	"archive_ground" text,
	"target_unit_id" uuid,
	"target_agency_id" uuid,
	"target_body_name" text,
	"accepted_date" date,
	"resolve_due" date,
	"resolve_rule_id" uuid,
	"resolve_explanation" text,
	"is_complex" boolean DEFAULT false NOT NULL,
	"complex_justification" text,
	"current_due" date,
	"agency_id" uuid,
	"handler_id" uuid,
	"assigned_at" timestamp with time zone,
	"resolved_date" date,
	"resolution_no" text,
	"answer" text,
	"answer_published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"resolved_on_time" boolean,
	"resolution_late_reason" text,
	"withdrawn_date" date,
	"withdraw_reason" text,
	"pin_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_actor_id_staff_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_identities" ADD CONSTRAINT "petition_identities_petition_id_petitions_id_fk" FOREIGN KEY ("petition_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_identities" ADD CONSTRAINT "petition_identities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_parent_id_petitions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_split_from_id_petitions_id_fk" FOREIGN KEY ("split_from_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_transferred_from_id_petitions_id_fk" FOREIGN KEY ("transferred_from_id") REFERENCES "public"."petitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_received_by_staff_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_classified_by_staff_id_fk" FOREIGN KEY ("classified_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_process_rule_id_rule_versions_id_fk" FOREIGN KEY ("process_rule_id") REFERENCES "public"."rule_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_target_agency_id_agencies_id_fk" FOREIGN KEY ("target_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_resolve_rule_id_rule_versions_id_fk" FOREIGN KEY ("resolve_rule_id") REFERENCES "public"."rule_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petitions" ADD CONSTRAINT "petitions_handler_id_staff_id_fk" FOREIGN KEY ("handler_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_events_petition_idx" ON "petition_events" USING btree ("petition_id","created_at");--> statement-breakpoint
CREATE INDEX "petition_identities_person_idx" ON "petition_identities" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "petition_identities_name_idx" ON "petition_identities" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "petition_identities_name_trgm_idx" ON "petition_identities" USING gin (lower(f_unaccent("full_name")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "petitions_code_idx" ON "petitions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "petitions_unit_status_idx" ON "petitions" USING btree ("unit_id","status","current_due");--> statement-breakpoint
CREATE INDEX "petitions_unit_received_idx" ON "petitions" USING btree ("unit_id","received_date");--> statement-breakpoint
CREATE INDEX "petitions_unit_accepted_idx" ON "petitions" USING btree ("unit_id","accepted_date");--> statement-breakpoint
CREATE INDEX "petitions_handler_idx" ON "petitions" USING btree ("handler_id","status");--> statement-breakpoint
CREATE INDEX "petitions_agency_idx" ON "petitions" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "petitions_parent_idx" ON "petitions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "petitions_split_idx" ON "petitions" USING btree ("split_from_id");--> statement-breakpoint
CREATE INDEX "petitions_content_trgm_idx" ON "petitions" USING gin (lower(f_unaccent("content")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "petitions_summary_trgm_idx" ON "petitions" USING gin (lower(f_unaccent("summary")) gin_trgm_ops);