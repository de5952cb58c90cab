CREATE TABLE "assessment_answers" (
	"organization_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"first_answer" text,
	"first_date" date,
	"target_date" date,
	"second_answer" text,
	"second_date" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_answers_organization_id_assessment_id_item_id_pk" PRIMARY KEY("organization_id","assessment_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"catalog_version" text NOT NULL,
	"catalog_revision" integer NOT NULL,
	"form" text NOT NULL,
	"vendor_name" text,
	"system_name" text,
	"has_vendor_contract" boolean DEFAULT true NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessments"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_id_key" ON "assessments" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_identity_key" ON "assessments" USING btree ("organization_id","fiscal_year","form",coalesce("vendor_name", ''),coalesce("system_name", ''));