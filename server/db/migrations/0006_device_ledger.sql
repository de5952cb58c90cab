CREATE TABLE "devices" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"asset_no" text,
	"maker" text DEFAULT '' NOT NULL,
	"os" text DEFAULT '' NOT NULL,
	"os_normalized" text DEFAULT '' NOT NULL,
	"software" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ip_address" text DEFAULT '' NOT NULL,
	"hostname" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"user_name" text DEFAULT '' NOT NULL,
	"registered_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"device_class" text DEFAULT 'other' NOT NULL,
	"model" text DEFAULT '' NOT NULL,
	"mac" text DEFAULT '' NOT NULL,
	"segment" text DEFAULT '' NOT NULL,
	"vendor_name" text DEFAULT '' NOT NULL,
	"remote_maintenance" boolean,
	"support_end" date,
	"last_patch" date,
	"usb_restricted" boolean,
	"services_reviewed_on" date,
	"medical_system" boolean DEFAULT false NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "devices_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_mappings_organization_id_kind_pk" PRIMARY KEY("organization_id","kind")
);
--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "devices_id_key" ON "devices" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "devices_asset_no_key" ON "devices" USING btree ("organization_id","asset_no") WHERE "devices"."asset_no" is not null;--> statement-breakpoint
CREATE INDEX "devices_host_idx" ON "devices" USING btree ("organization_id","ip_address","hostname");