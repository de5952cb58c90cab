CREATE TABLE "phishing_drills" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"scenario" text NOT NULL,
	"sent" integer NOT NULL,
	"clicked" integer DEFAULT 0 NOT NULL,
	"reported" integer DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "phishing_drills_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "phishing_drills_counts_check" CHECK ("phishing_drills"."sent" >= 0 and "phishing_drills"."clicked" >= 0 and "phishing_drills"."reported" >= 0),
	CONSTRAINT "phishing_drills_clicked_check" CHECK ("phishing_drills"."clicked" <= "phishing_drills"."sent" and "phishing_drills"."reported" <= "phishing_drills"."sent")
);
--> statement-breakpoint
CREATE TABLE "training_attendees" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"account_id" uuid,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"department" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_attendees_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"kind" text NOT NULL,
	"instructor" text DEFAULT '' NOT NULL,
	"material_evidence_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "training_sessions_kind_check" CHECK ("training_sessions"."kind" in ('group', 'elearning', 'handout', 'other'))
);
--> statement-breakpoint
ALTER TABLE "phishing_drills" ADD CONSTRAINT "phishing_drills_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_session_fk" FOREIGN KEY ("organization_id","session_id") REFERENCES "public"."training_sessions"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "phishing_drills_id_key" ON "phishing_drills" USING btree ("id");--> statement-breakpoint
CREATE INDEX "phishing_drills_held_idx" ON "phishing_drills" USING btree ("organization_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendees_id_key" ON "training_attendees" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendees_person_key" ON "training_attendees" USING btree ("organization_id","session_id","name_key");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_id_key" ON "training_sessions" USING btree ("id");--> statement-breakpoint
CREATE INDEX "training_sessions_held_idx" ON "training_sessions" USING btree ("organization_id","held_on");