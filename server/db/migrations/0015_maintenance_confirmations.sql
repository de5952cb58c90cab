CREATE TABLE "maintenance_confirmations" (
	"organization_id" uuid NOT NULL,
	"vendor_key" text NOT NULL,
	"vendor_name" text NOT NULL,
	"remote_found" boolean NOT NULL,
	"confirmed_by" text NOT NULL,
	"vendor_contact" text NOT NULL,
	"confirmed_on" date NOT NULL,
	"documented_as" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maintenance_confirmations_organization_id_vendor_key_pk" PRIMARY KEY("organization_id","vendor_key")
);
--> statement-breakpoint
ALTER TABLE "maintenance_confirmations" ADD CONSTRAINT "maintenance_confirmations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;