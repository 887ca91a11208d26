CREATE TABLE "affected_households" (
	"consultation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"informed" boolean DEFAULT false NOT NULL,
	"opinion_given" boolean DEFAULT false NOT NULL,
	"agreed" boolean DEFAULT false NOT NULL,
	"compensation_submitted" boolean DEFAULT false NOT NULL,
	"compensation_received" boolean DEFAULT false NOT NULL,
	"graves_relocated" boolean DEFAULT false NOT NULL,
	"concern" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "affected_households_consultation_id_household_id_pk" PRIMARY KEY("consultation_id","household_id")
);
--> statement-breakpoint
CREATE TABLE "consensus_days" (
	"consultation_id" uuid NOT NULL,
	"day" date NOT NULL,
	"tracked" integer NOT NULL,
	"agreed" integer NOT NULL,
	CONSTRAINT "consensus_days_consultation_id_day_pk" PRIMARY KEY("consultation_id","day")
);
--> statement-breakpoint
CREATE TABLE "consultation_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"hamlet" text
);
--> statement-breakpoint
CREATE TABLE "consultation_comment_reports" (
	"comment_id" uuid NOT NULL,
	"reporter_hash" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consultation_comment_reports_comment_id_reporter_hash_pk" PRIMARY KEY("comment_id","reporter_hash")
);
--> statement-breakpoint
CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"reject_reason" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"report_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"place" text NOT NULL,
	"chair_name" text NOT NULL,
	"agenda" jsonb NOT NULL,
	"attendee_household_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text NOT NULL,
	"concerns" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_options" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_questions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"household_id" uuid,
	"asker_label" text NOT NULL,
	"channel" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"task_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_tallies" (
	"consultation_id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid,
	"ballots_cast" integer NOT NULL,
	"invalid_ballots" integer NOT NULL,
	"counts" jsonb NOT NULL,
	"minutes" text NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"voter_key" text NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid,
	"option_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"recorded_by" uuid,
	"changes" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"matter_type" text NOT NULL,
	"vote_basis" text DEFAULT 'household' NOT NULL,
	"phase" text NOT NULL,
	"phases" jsonb NOT NULL,
	"file_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"owner_id" uuid NOT NULL,
	"director_id" uuid NOT NULL,
	"is_published" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"voting_open" boolean DEFAULT false NOT NULL,
	"voting_closed_at" timestamp with time zone,
	"result" jsonb,
	"record_due" date,
	"record_sent_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"full_name" text NOT NULL,
	"birth_year" integer,
	"relation" text NOT NULL,
	"is_head" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"hamlet" text NOT NULL,
	"code" text NOT NULL,
	"head_name" text NOT NULL,
	"address" text NOT NULL,
	"phone_sealed" text,
	"phone_index" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_verifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consultation_id" uuid NOT NULL,
	"household_id" uuid NOT NULL,
	"member_id" uuid,
	"method" text NOT NULL,
	"code_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "affected_households" ADD CONSTRAINT "affected_households_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affected_households" ADD CONSTRAINT "affected_households_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "affected_households" ADD CONSTRAINT "affected_households_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consensus_days" ADD CONSTRAINT "consensus_days_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_areas" ADD CONSTRAINT "consultation_areas_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_areas" ADD CONSTRAINT "consultation_areas_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comment_reports" ADD CONSTRAINT "consultation_comment_reports_comment_id_consultation_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."consultation_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_moderated_by_staff_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_meetings" ADD CONSTRAINT "consultation_meetings_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_meetings" ADD CONSTRAINT "consultation_meetings_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_options" ADD CONSTRAINT "consultation_options_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_answered_by_staff_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_questions" ADD CONSTRAINT "consultation_questions_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD CONSTRAINT "consultation_tallies_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD CONSTRAINT "consultation_tallies_meeting_id_consultation_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."consultation_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_tallies" ADD CONSTRAINT "consultation_tallies_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_votes" ADD CONSTRAINT "consultation_votes_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_votes" ADD CONSTRAINT "consultation_votes_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_votes" ADD CONSTRAINT "consultation_votes_member_id_household_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."household_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_votes" ADD CONSTRAINT "consultation_votes_option_id_consultation_options_id_fk" FOREIGN KEY ("option_id") REFERENCES "public"."consultation_options"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_votes" ADD CONSTRAINT "consultation_votes_recorded_by_staff_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_owner_id_staff_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_director_id_staff_id_fk" FOREIGN KEY ("director_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_member_id_household_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."household_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_verifications" ADD CONSTRAINT "resident_verifications_verified_by_staff_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_areas_consultation_idx" ON "consultation_areas" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_comments_idx" ON "consultation_comments" USING btree ("consultation_id","status","created_at");--> statement-breakpoint
CREATE INDEX "consultation_meetings_idx" ON "consultation_meetings" USING btree ("consultation_id","held_on");--> statement-breakpoint
CREATE INDEX "consultation_options_consultation_idx" ON "consultation_options" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE INDEX "consultation_questions_idx" ON "consultation_questions" USING btree ("consultation_id","status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_votes_voter_idx" ON "consultation_votes" USING btree ("consultation_id","voter_key");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_code_idx" ON "consultations" USING btree ("code");--> statement-breakpoint
CREATE INDEX "consultations_unit_idx" ON "consultations" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "consultations_public_idx" ON "consultations" USING btree ("is_published","updated_at");--> statement-breakpoint
CREATE INDEX "household_members_household_idx" ON "household_members" USING btree ("household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "households_unit_code_idx" ON "households" USING btree ("unit_id","code");--> statement-breakpoint
CREATE INDEX "households_unit_hamlet_idx" ON "households" USING btree ("unit_id","hamlet");--> statement-breakpoint
CREATE INDEX "resident_verifications_household_idx" ON "resident_verifications" USING btree ("consultation_id","household_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resident_verifications_token_idx" ON "resident_verifications" USING btree ("token_hash");