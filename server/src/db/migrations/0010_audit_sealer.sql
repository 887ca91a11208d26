CREATE SEQUENCE IF NOT EXISTS "audit_events_seq_seq" OWNED BY "audit_events"."seq";--> statement-breakpoint
SELECT setval('audit_events_seq_seq', COALESCE(max("seq"), 0) + 1, false) FROM "audit_events";--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "seq" SET DEFAULT nextval('audit_events_seq_seq');--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
UPDATE "audit_events" SET "chain_pos" = "seq";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_pos_idx" ON "audit_events" USING btree ("chain_pos");--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_events" USING btree ("seq") WHERE chain_pos IS NULL;
