CREATE TABLE "submissions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"no" integer NOT NULL,
	"oversight_org_id" uuid,
	"snapshot" jsonb NOT NULL,
	"sha256" text NOT NULL,
	"ready" boolean NOT NULL,
	"gaps" integer NOT NULL,
	"submitted_by" uuid,
	"submitted_by_name" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "submissions_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_oversight_org_id_organizations_id_fk" FOREIGN KEY ("oversight_org_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_id_key" ON "submissions" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_no_key" ON "submissions" USING btree ("organization_id","fiscal_year","no");--> statement-breakpoint
CREATE INDEX "submissions_office_idx" ON "submissions" USING btree ("oversight_org_id","fiscal_year");--> statement-breakpoint
-- a submission is kept as submitted: no change, ever (a correction is a new submission); only the
-- office it was sent to may become null, when that organisation is deleted
CREATE FUNCTION submissions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.organization_id, NEW.id, NEW.fiscal_year, NEW.no, NEW.snapshot, NEW.sha256, NEW.ready, NEW.gaps,
      NEW.submitted_by, NEW.submitted_by_name, NEW.submitted_at)
     IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.fiscal_year, OLD.no, OLD.snapshot, OLD.sha256, OLD.ready, OLD.gaps,
      OLD.submitted_by, OLD.submitted_by_name, OLD.submitted_at)
     OR (NEW.oversight_org_id IS NOT NULL AND NEW.oversight_org_id IS DISTINCT FROM OLD.oversight_org_id) THEN
    RAISE EXCEPTION 'a submission is kept as submitted';
  END IF;
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER submissions_frozen BEFORE UPDATE ON submissions FOR EACH ROW EXECUTE FUNCTION submissions_frozen();
