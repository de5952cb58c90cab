CREATE TABLE "inspections" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"institution_org_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"submission_id" uuid,
	"inspected_on" date,
	"inspectors" text DEFAULT '' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"results" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by_name" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by_name" text NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_name" text,
	CONSTRAINT "inspections_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_institution_org_id_organizations_id_fk" FOREIGN KEY ("institution_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_id_key" ON "inspections" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "inspections_year_key" ON "inspections" USING btree ("organization_id","institution_org_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "inspections_institution_idx" ON "inspections" USING btree ("institution_org_id");