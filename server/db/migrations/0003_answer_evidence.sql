CREATE TABLE "answer_evidence" (
	"organization_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"evidence_id" uuid NOT NULL,
	"attached_by" uuid,
	"attached_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_evidence_pk" PRIMARY KEY("organization_id","assessment_id","item_id","evidence_id")
);
--> statement-breakpoint
ALTER TABLE "answer_evidence" ADD CONSTRAINT "answer_evidence_assessment_fk" FOREIGN KEY ("organization_id","assessment_id") REFERENCES "public"."assessments"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answer_evidence" ADD CONSTRAINT "answer_evidence_file_fk" FOREIGN KEY ("organization_id","evidence_id") REFERENCES "public"."evidence_files"("organization_id","id") ON DELETE cascade ON UPDATE no action;