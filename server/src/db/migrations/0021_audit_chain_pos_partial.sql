-- An event waits for the sealer with no place in the chain: its empty position needs no entry here, and the sealer then finds the waiting ones through audit_unsealed_idx alone.
DROP INDEX "audit_chain_pos_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_chain_pos_idx" ON "audit_events" USING btree ("chain_pos") WHERE "audit_events"."chain_pos" IS NOT NULL;