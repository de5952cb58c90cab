-- The 事業者 ledger. The contact link is cleared alone when its 連絡体制図 entry goes (SET NULL on that
-- column only: the organisation id is part of the key), which drizzle-kit cannot express.
CREATE TABLE "vendor_systems" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"contract_from" date,
	"contract_to" date,
	"maintenance_contract" boolean,
	"remote_maintenance" text DEFAULT 'unknown' NOT NULL,
	"remote_confirmed_by" text DEFAULT '' NOT NULL,
	"remote_confirmed_on" date,
	"remote_documented_as" text DEFAULT '' NOT NULL,
	"security_updates" text DEFAULT 'unknown' NOT NULL,
	"security_updates_clause" text DEFAULT '' NOT NULL,
	"device_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"connection_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_systems_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "vendor_systems_kind_check" CHECK ("vendor_systems"."kind" in ('emr', 'billing', 'pacs', 'lab', 'department', 'network', 'cloud', 'other')),
	CONSTRAINT "vendor_systems_remote_check" CHECK ("vendor_systems"."remote_maintenance" in ('yes', 'no', 'unknown')),
	CONSTRAINT "vendor_systems_updates_check" CHECK ("vendor_systems"."security_updates" in ('vendor', 'institution', 'unknown')),
	CONSTRAINT "vendor_systems_status_check" CHECK ("vendor_systems"."status" in ('active', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "vendors" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"contact_entry_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendors_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "vendors_status_check" CHECK ("vendors"."status" in ('active', 'ended'))
);
--> statement-breakpoint
ALTER TABLE "vendor_systems" ADD CONSTRAINT "vendor_systems_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_systems" ADD CONSTRAINT "vendor_systems_vendor_fk" FOREIGN KEY ("organization_id","vendor_id") REFERENCES "public"."vendors"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendors" ADD CONSTRAINT "vendors_contact_entry_fk" FOREIGN KEY ("organization_id","contact_entry_id") REFERENCES "public"."contact_entries"("organization_id","id") ON DELETE SET NULL ("contact_entry_id") ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_systems_id_key" ON "vendor_systems" USING btree ("id");--> statement-breakpoint
CREATE INDEX "vendor_systems_vendor_idx" ON "vendor_systems" USING btree ("organization_id","vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_id_key" ON "vendors" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendors_name_key" ON "vendors" USING btree ("organization_id","name_key");