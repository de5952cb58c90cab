ALTER TABLE "vendor_invitations" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vendor_invitations" ADD COLUMN "reminders" integer DEFAULT 0 NOT NULL;