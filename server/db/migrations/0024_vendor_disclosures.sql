CREATE TABLE "vendor_disclosures" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"vendor_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"jahis_version" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"product_version" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vendor_disclosures_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "vendor_disclosures_kind_check" CHECK ("vendor_disclosures"."kind" in ('mds', 'sds'))
);
--> statement-breakpoint
ALTER TABLE "vendor_systems" ADD COLUMN "current_version" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "vendor_systems" ADD COLUMN "disclosure_requested_on" date;--> statement-breakpoint
ALTER TABLE "vendor_disclosures" ADD CONSTRAINT "vendor_disclosures_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_disclosures" ADD CONSTRAINT "vendor_disclosures_system_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."vendor_systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_disclosures" ADD CONSTRAINT "vendor_disclosures_evidence_fk" FOREIGN KEY ("organization_id","evidence_id") REFERENCES "public"."evidence_files"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_disclosures_id_key" ON "vendor_disclosures" USING btree ("id");--> statement-breakpoint
CREATE INDEX "vendor_disclosures_system_idx" ON "vendor_disclosures" USING btree ("organization_id","system_id");