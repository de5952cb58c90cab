CREATE TABLE "vendor_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"forms_per" text DEFAULT 'vendor' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_settings_forms_per_check" CHECK ("vendor_settings"."forms_per" in ('vendor', 'system'))
);
--> statement-breakpoint
ALTER TABLE "vendor_settings" ADD CONSTRAINT "vendor_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;