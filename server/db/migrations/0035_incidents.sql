CREATE TABLE "incident_entries" (
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_entries_organization_id_incident_id_seq_pk" PRIMARY KEY("organization_id","incident_id","seq"),
	CONSTRAINT "incident_entries_kind_check" CHECK ("incident_entries"."kind" in ('note', 'decision', 'correction', 'step'))
);
--> statement-breakpoint
CREATE TABLE "incident_steps" (
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"step" text NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	"done_by" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "incident_steps_organization_id_incident_id_step_pk" PRIMARY KEY("organization_id","incident_id","step"),
	CONSTRAINT "incident_steps_step_check" CHECK ("incident_steps"."step" in ('isolate', 'evidence', 'vendor', 'management', 'backup', 'mhlw', 'police', 'hokenjo'))
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"no" integer NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"affected" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incidents_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "incidents_status_check" CHECK ("incidents"."status" in ('open', 'closed'))
);
--> statement-breakpoint
ALTER TABLE "incident_entries" ADD CONSTRAINT "incident_entries_incident_fk" FOREIGN KEY ("organization_id","incident_id") REFERENCES "public"."incidents"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_steps" ADD CONSTRAINT "incident_steps_incident_fk" FOREIGN KEY ("organization_id","incident_id") REFERENCES "public"."incidents"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_id_key" ON "incidents" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "incidents_no_key" ON "incidents" USING btree ("organization_id","no");--> statement-breakpoint
CREATE FUNCTION "incident_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'incident timeline entries are append-only' USING ERRCODE = 'restrict_violation';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "incident_entries_no_update" BEFORE UPDATE ON "incident_entries" FOR EACH ROW EXECUTE FUNCTION "incident_entries_append_only"();
