CREATE TABLE "finding_decisions" (
	"organization_id" uuid NOT NULL,
	"finding_id" text NOT NULL,
	"decision" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"row_stamp" text NOT NULL,
	"feed_stamp" text NOT NULL,
	"decided_by" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "finding_decisions_organization_id_finding_id_pk" PRIMARY KEY("organization_id","finding_id")
);
--> statement-breakpoint
ALTER TABLE "finding_decisions" ADD CONSTRAINT "finding_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;