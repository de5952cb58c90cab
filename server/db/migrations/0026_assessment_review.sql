ALTER TABLE "assessments" ADD COLUMN "invitation_id" uuid;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "review_status" text;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "review_comments" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "reviewed_by" text;--> statement-breakpoint
CREATE INDEX "assessments_invitation_idx" ON "assessments" USING btree ("organization_id","invitation_id");--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_review_status_check" CHECK ("assessments"."review_status" in ('answering', 'submitted', 'returned', 'accepted'));