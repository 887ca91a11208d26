CREATE TABLE "holiday_notices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday_overrides" (
	"id" uuid PRIMARY KEY NOT NULL,
	"notice_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"value" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source_ref" text NOT NULL,
	"verified" boolean NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_weekends" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"weekend" jsonb NOT NULL,
	"effective_from" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "holiday_notices" ADD CONSTRAINT "holiday_notices_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holiday_overrides" ADD CONSTRAINT "holiday_overrides_notice_id_holiday_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."holiday_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_versions" ADD CONSTRAINT "rule_versions_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_weekends" ADD CONSTRAINT "unit_weekends_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "holiday_notices_year_idx" ON "holiday_notices" USING btree ("year");--> statement-breakpoint
CREATE INDEX "holiday_overrides_notice_idx" ON "holiday_overrides" USING btree ("notice_id");--> statement-breakpoint
CREATE INDEX "holiday_overrides_date_idx" ON "holiday_overrides" USING btree ("date");--> statement-breakpoint
CREATE INDEX "rule_versions_code_idx" ON "rule_versions" USING btree ("code","effective_from");--> statement-breakpoint
CREATE INDEX "rule_versions_active_idx" ON "rule_versions" USING btree ("code") WHERE "rule_versions"."effective_to" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_weekends_unit_from_idx" ON "unit_weekends" USING btree ("unit_id","effective_from");