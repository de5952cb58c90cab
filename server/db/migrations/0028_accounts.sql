CREATE TABLE "account_systems" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"source" text NOT NULL,
	"vendor_system_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_systems_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "account_systems_source_check" CHECK ("account_systems"."source" in ('directory', 'list'))
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"account_key" text NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"name_kana" text DEFAULT '' NOT NULL,
	"name_key" text DEFAULT '' NOT NULL,
	"employee_id" text DEFAULT '' NOT NULL,
	"job_type" text DEFAULT '' NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"is_admin" boolean,
	"shared" boolean,
	"kind" text DEFAULT 'person' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_on" timestamp with time zone,
	"last_logon_at" timestamp with time zone,
	"password_last_set_at" timestamp with time zone,
	"password_never_expires" boolean,
	"mfa" boolean,
	"expires_at" timestamp with time zone,
	"left_on" date,
	"note" text DEFAULT '' NOT NULL,
	"raw" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accounts_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "accounts_kind_check" CHECK ("accounts"."kind" in ('person', 'computer', 'service', 'builtin')),
	CONSTRAINT "accounts_status_check" CHECK ("accounts"."status" in ('active', 'disabled', 'deleted'))
);
--> statement-breakpoint
ALTER TABLE "account_systems" ADD CONSTRAINT "account_systems_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_system_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."account_systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_systems_id_key" ON "account_systems" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_systems_name_key" ON "account_systems" USING btree ("organization_id","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_id_key" ON "accounts" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_account_key" ON "accounts" USING btree ("organization_id","system_id","account_key");