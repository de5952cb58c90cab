CREATE TABLE "jurisdictions" (
	"oversight_org_id" uuid NOT NULL,
	"institution_org_id" uuid NOT NULL,
	"oversight_kind" text NOT NULL,
	"added_via" text NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jurisdictions_oversight_org_id_institution_org_id_pk" PRIMARY KEY("oversight_org_id","institution_org_id"),
	CONSTRAINT "jurisdictions_kind_check" CHECK ("jurisdictions"."oversight_kind" in ('health-center', 'prefecture')),
	CONSTRAINT "jurisdictions_via_check" CHECK ("jurisdictions"."added_via" in ('admin', 'institution'))
);
--> statement-breakpoint
ALTER TABLE "organizations" DROP CONSTRAINT "organizations_kind_check";--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_oversight_org_id_organizations_id_fk" FOREIGN KEY ("oversight_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jurisdictions" ADD CONSTRAINT "jurisdictions_institution_org_id_organizations_id_fk" FOREIGN KEY ("institution_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "jurisdictions_institution_kind_key" ON "jurisdictions" USING btree ("institution_org_id","oversight_kind");--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" in ('hospital', 'clinic', 'pharmacy', 'midwifery', 'health-center', 'prefecture'));