CREATE TABLE "backup_plans" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_name" text NOT NULL,
	"vendor_name" text DEFAULT '' NOT NULL,
	"scope" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"frequency" text DEFAULT 'unknown' NOT NULL,
	"method" text DEFAULT '' NOT NULL,
	"generations" integer,
	"places" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"isolation" text DEFAULT 'unknown' NOT NULL,
	"separate_network" boolean,
	"encrypted" boolean,
	"responsible" text DEFAULT '' NOT NULL,
	"restore_order" integer,
	"recovery_hours" integer,
	"restore_procedure" text DEFAULT '' NOT NULL,
	"procedure_evidence_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backup_plans_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "backup_plans_frequency_check" CHECK ("backup_plans"."frequency" in ('continuous', 'daily', 'weekly', 'monthly', 'other', 'unknown')),
	CONSTRAINT "backup_plans_isolation_check" CHECK ("backup_plans"."isolation" in ('offline', 'immutable', 'both', 'none', 'unknown')),
	CONSTRAINT "backup_plans_status_check" CHECK ("backup_plans"."status" in ('active', 'stopped', 'maintenance', 'spare', 'broken', 'retired')),
	CONSTRAINT "backup_plans_generations_check" CHECK ("backup_plans"."generations" is null or "backup_plans"."generations" >= 1),
	CONSTRAINT "backup_plans_restore_order_check" CHECK ("backup_plans"."restore_order" is null or "backup_plans"."restore_order" >= 1)
);
--> statement-breakpoint
CREATE TABLE "restore_tests" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"tested_on" date NOT NULL,
	"target" text NOT NULL,
	"generation" text DEFAULT '' NOT NULL,
	"duration_minutes" integer,
	"result" text NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"tester" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "restore_tests_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "restore_tests_result_check" CHECK ("restore_tests"."result" in ('success', 'partial', 'failed')),
	CONSTRAINT "restore_tests_duration_check" CHECK ("restore_tests"."duration_minutes" is null or "restore_tests"."duration_minutes" >= 0)
);
--> statement-breakpoint
ALTER TABLE "backup_plans" ADD CONSTRAINT "backup_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restore_tests" ADD CONSTRAINT "restore_tests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "restore_tests" ADD CONSTRAINT "restore_tests_plan_fk" FOREIGN KEY ("organization_id","plan_id") REFERENCES "public"."backup_plans"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "backup_plans_id_key" ON "backup_plans" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "restore_tests_id_key" ON "restore_tests" USING btree ("id");--> statement-breakpoint
CREATE INDEX "restore_tests_plan_idx" ON "restore_tests" USING btree ("organization_id","plan_id","tested_on");