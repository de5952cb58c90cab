CREATE TABLE "bcp_exercise_actions" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"what" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bcp_exercise_actions_organization_id_id_pk" PRIMARY KEY("organization_id","id")
);
--> statement-breakpoint
CREATE TABLE "bcp_exercises" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"scenario" text NOT NULL,
	"kind" text NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"went_well" text DEFAULT '' NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"evidence_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bcp_exercises_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "bcp_exercises_kind_check" CHECK ("bcp_exercises"."kind" in ('tabletop', 'live', 'contact', 'other'))
);
--> statement-breakpoint
ALTER TABLE "bcp_exercise_actions" ADD CONSTRAINT "bcp_exercise_actions_exercise_fk" FOREIGN KEY ("organization_id","exercise_id") REFERENCES "public"."bcp_exercises"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bcp_exercises" ADD CONSTRAINT "bcp_exercises_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bcp_exercise_actions_id_key" ON "bcp_exercise_actions" USING btree ("id");--> statement-breakpoint
CREATE INDEX "bcp_exercise_actions_exercise_idx" ON "bcp_exercise_actions" USING btree ("organization_id","exercise_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bcp_exercises_id_key" ON "bcp_exercises" USING btree ("id");--> statement-breakpoint
CREATE INDEX "bcp_exercises_held_idx" ON "bcp_exercises" USING btree ("organization_id","held_on");