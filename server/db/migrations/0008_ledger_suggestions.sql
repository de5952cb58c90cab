CREATE TABLE "ledger_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"devices_reviewed_on" date,
	"devices_reviewed_by" text,
	"patch_max_days" integer DEFAULT 90 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD COLUMN "suggestion" jsonb;--> statement-breakpoint
ALTER TABLE "ledger_settings" ADD CONSTRAINT "ledger_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;