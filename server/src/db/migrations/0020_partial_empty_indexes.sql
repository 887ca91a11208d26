-- Columns a filing leaves empty (handler, agency, accepted date, parent, split, transfer, the applicant's keys, a citizen's actor): every lookup gives a value, so empty rows leave these indexes.
DROP INDEX "petition_identities_person_idx";--> statement-breakpoint
DROP INDEX "petition_identities_name_idx";--> statement-breakpoint
DROP INDEX "petitions_unit_accepted_idx";--> statement-breakpoint
DROP INDEX "petitions_handler_idx";--> statement-breakpoint
DROP INDEX "petitions_agency_idx";--> statement-breakpoint
DROP INDEX "petitions_parent_idx";--> statement-breakpoint
DROP INDEX "petitions_split_idx";--> statement-breakpoint
DROP INDEX "petitions_transferred_idx";--> statement-breakpoint
DROP INDEX "audit_actor_idx";--> statement-breakpoint
CREATE INDEX "petition_identities_person_idx" ON "petition_identities" USING btree ("person_key") WHERE "petition_identities"."person_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petition_identities_name_idx" ON "petition_identities" USING btree ("name_key") WHERE "petition_identities"."name_key" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_unit_accepted_idx" ON "petitions" USING btree ("unit_id","accepted_date") WHERE "petitions"."accepted_date" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_handler_idx" ON "petitions" USING btree ("handler_id","status") WHERE "petitions"."handler_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_agency_idx" ON "petitions" USING btree ("agency_id","status") WHERE "petitions"."agency_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_parent_idx" ON "petitions" USING btree ("parent_id") WHERE "petitions"."parent_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_split_idx" ON "petitions" USING btree ("split_from_id") WHERE "petitions"."split_from_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "petitions_transferred_idx" ON "petitions" USING btree ("transferred_from_id") WHERE "petitions"."transferred_from_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "audit_actor_idx" ON "audit_events" USING btree ("actor_id") WHERE "audit_events"."actor_id" IS NOT NULL;