ALTER TABLE "contact_charts" ADD COLUMN "paper_confirmed_on" date;--> statement-breakpoint
ALTER TABLE "contact_charts" ADD COLUMN "paper_evidence_id" uuid;--> statement-breakpoint
ALTER TABLE "contact_entries" ADD COLUMN "provides_medical_system" boolean DEFAULT true NOT NULL;