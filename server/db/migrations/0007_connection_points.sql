CREATE TABLE "connection_points" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"device_id" uuid,
	"vendor_name" text DEFAULT '' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"carrier" text DEFAULT '' NOT NULL,
	"source_restriction" text DEFAULT 'unknown' NOT NULL,
	"allowed_sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"time_window" text DEFAULT '' NOT NULL,
	"geo_restriction" text DEFAULT '' NOT NULL,
	"mfa" boolean,
	"firmware" text DEFAULT '' NOT NULL,
	"confirmed_by" text DEFAULT '' NOT NULL,
	"confirmed_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connection_points_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_device_fk" FOREIGN KEY ("organization_id","device_id") REFERENCES "public"."devices"("organization_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connection_points_id_key" ON "connection_points" USING btree ("id");