CREATE TABLE "live_access_grants" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"office_org_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"granted_by" uuid,
	"granted_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_by_name" text,
	CONSTRAINT "live_access_grants_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "live_access_grants_period_check" CHECK ("live_access_grants"."ends_at" > "live_access_grants"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "live_access_grants" ADD CONSTRAINT "live_access_grants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_access_grants" ADD CONSTRAINT "live_access_grants_office_org_id_organizations_id_fk" FOREIGN KEY ("office_org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "live_access_grants_id_key" ON "live_access_grants" USING btree ("id");--> statement-breakpoint
CREATE INDEX "live_access_grants_office_idx" ON "live_access_grants" USING btree ("office_org_id","ends_at");