CREATE TABLE "bcp_check_texts" (
	"key" text PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bcp_sheet_answers" (
	"organization_id" uuid NOT NULL,
	"sheet_id" uuid NOT NULL,
	"check_key" text NOT NULL,
	"value" text,
	"note" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"carried" boolean DEFAULT false NOT NULL,
	"suggestion" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bcp_sheet_answers_organization_id_sheet_id_check_key_pk" PRIMARY KEY("organization_id","sheet_id","check_key"),
	CONSTRAINT "bcp_sheet_answers_value_check" CHECK ("bcp_sheet_answers"."value" in ('yes', 'no'))
);
--> statement-breakpoint
CREATE TABLE "bcp_sheets" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"carried_from" integer,
	"plan_on" date,
	"plan_evidence_id" uuid,
	"plan_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bcp_sheets_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "bcp_sheet_answers" ADD CONSTRAINT "bcp_sheet_answers_sheet_fk" FOREIGN KEY ("organization_id","sheet_id") REFERENCES "public"."bcp_sheets"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bcp_sheets" ADD CONSTRAINT "bcp_sheets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bcp_sheets_id_key" ON "bcp_sheets" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "bcp_sheets_year_key" ON "bcp_sheets" USING btree ("organization_id","fiscal_year");