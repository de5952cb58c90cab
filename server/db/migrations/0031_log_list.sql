CREATE TABLE "log_reviews" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"log_source_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"reviewer" text NOT NULL,
	"found" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "log_reviews_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "log_sources" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"name" text NOT NULL,
	"contents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"location" text NOT NULL,
	"retention_months" integer,
	"time_source" text DEFAULT 'unknown' NOT NULL,
	"reviewer" text DEFAULT '' NOT NULL,
	"review_every_months" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "log_sources_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "log_sources_location_check" CHECK ("log_sources"."location" in ('onsite', 'vendor', 'cloud')),
	CONSTRAINT "log_sources_time_source_check" CHECK ("log_sources"."time_source" in ('ntp', 'domain', 'manual', 'unknown')),
	CONSTRAINT "log_sources_review_every_check" CHECK ("log_sources"."review_every_months" between 1 and 60)
);
--> statement-breakpoint
ALTER TABLE "log_reviews" ADD CONSTRAINT "log_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_reviews" ADD CONSTRAINT "log_reviews_source_fk" FOREIGN KEY ("organization_id","log_source_id") REFERENCES "public"."log_sources"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_sources" ADD CONSTRAINT "log_sources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "log_sources" ADD CONSTRAINT "log_sources_system_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."account_systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "log_reviews_id_key" ON "log_reviews" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "log_sources_id_key" ON "log_sources" USING btree ("id");