CREATE TABLE "feed_eol" (
	"product" text PRIMARY KEY NOT NULL,
	"entry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feed_kev" (
	"cve_id" text PRIMARY KEY NOT NULL,
	"entry" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feed_nvd" (
	"cve_id" text PRIMARY KEY NOT NULL,
	"ranges" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feed_versions" (
	"kind" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"released_at" text,
	"loaded_at" timestamp with time zone NOT NULL,
	"loaded_by" text NOT NULL,
	"sha256" text NOT NULL,
	"entries" integer NOT NULL,
	"source" text NOT NULL
);
