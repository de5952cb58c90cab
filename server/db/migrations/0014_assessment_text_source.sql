-- The form whose items an assessment is answered on (its own, or the one its text falls back to),
-- and the last move from provisional text onto a newer one. Existing assessments answer their own form.
ALTER TABLE "assessments" ADD COLUMN "catalog_form" text;--> statement-breakpoint
UPDATE "assessments" SET "catalog_form" = "form";--> statement-breakpoint
ALTER TABLE "assessments" ALTER COLUMN "catalog_form" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "text_move" jsonb;
