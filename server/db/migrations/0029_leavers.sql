CREATE TABLE "leavers" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"leaver_key" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"name_key" text DEFAULT '' NOT NULL,
	"employee_id" text DEFAULT '' NOT NULL,
	"left_on" date NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leavers_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "ledger_settings" ADD COLUMN "dormant_days" integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE "leavers" ADD CONSTRAINT "leavers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "leavers_id_key" ON "leavers" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "leavers_leaver_key" ON "leavers" USING btree ("organization_id","leaver_key");