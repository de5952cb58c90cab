CREATE TABLE "site_aliases" (
	"alias" text PRIMARY KEY NOT NULL,
	"canonical" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
