CREATE TABLE "logon_imports" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"format" text NOT NULL,
	"encoding" text NOT NULL,
	"events" integer NOT NULL,
	"period_from" timestamp with time zone,
	"period_to" timestamp with time zone,
	"read_stats" jsonb NOT NULL,
	"summary_gz" "bytea" NOT NULL,
	"evidence_id" uuid,
	"imported_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "logon_imports_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "ledger_settings" ADD COLUMN "address_ranges" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_settings" ADD COLUMN "access_policy_evidence_id" uuid;--> statement-breakpoint
ALTER TABLE "log_reviews" ADD COLUMN "logon_import_id" uuid;--> statement-breakpoint
ALTER TABLE "log_reviews" ADD COLUMN "evidence_id" uuid;--> statement-breakpoint
ALTER TABLE "logon_imports" ADD CONSTRAINT "logon_imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "logon_imports" ADD CONSTRAINT "logon_imports_system_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."account_systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "logon_imports_id_key" ON "logon_imports" USING btree ("id");--> statement-breakpoint
CREATE INDEX "logon_imports_system_idx" ON "logon_imports" USING btree ("organization_id","system_id","created_at");