CREATE TABLE "catalog_versions" (
	"id" text NOT NULL,
	"revision" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalog_versions_id_revision_pk" PRIMARY KEY("id","revision")
);
