ALTER TABLE "submissions" ADD COLUMN "facts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
-- the facts are part of the submission as submitted: frozen like the rest
CREATE OR REPLACE FUNCTION submissions_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.organization_id, NEW.id, NEW.fiscal_year, NEW.no, NEW.snapshot, NEW.sha256, NEW.ready, NEW.gaps,
      NEW.submitted_by, NEW.submitted_by_name, NEW.submitted_at, NEW.facts)
     IS DISTINCT FROM (OLD.organization_id, OLD.id, OLD.fiscal_year, OLD.no, OLD.snapshot, OLD.sha256, OLD.ready, OLD.gaps,
      OLD.submitted_by, OLD.submitted_by_name, OLD.submitted_at, OLD.facts)
     OR (NEW.oversight_org_id IS NOT NULL AND NEW.oversight_org_id IS DISTINCT FROM OLD.oversight_org_id) THEN
    RAISE EXCEPTION 'a submission is kept as submitted';
  END IF;
  RETURN NEW;
END $$;
