ALTER TABLE "audit_chain_heads" ADD COLUMN "key_id" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "key_id" text;