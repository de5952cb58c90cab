CREATE TABLE "account_review_entries" (
	"organization_id" uuid NOT NULL,
	"review_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"snapshot" jsonb NOT NULL,
	"decision" text,
	"reason" text DEFAULT '' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "account_review_entries_organization_id_review_id_account_id_pk" PRIMARY KEY("organization_id","review_id","account_id"),
	CONSTRAINT "account_review_entries_decision_check" CHECK ("account_review_entries"."decision" in ('keep', 'disable', 'remove'))
);
--> statement-breakpoint
CREATE TABLE "account_reviews" (
	"organization_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"system_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"reviewer" text NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"signed_by" text,
	"signed_by_user" uuid,
	"signed_at" timestamp with time zone,
	"next_review_on" date,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_reviews_organization_id_id_pk" PRIMARY KEY("organization_id","id"),
	CONSTRAINT "account_reviews_status_check" CHECK ("account_reviews"."status" in ('open', 'signed'))
);
--> statement-breakpoint
ALTER TABLE "account_review_entries" ADD CONSTRAINT "account_review_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_review_entries" ADD CONSTRAINT "account_review_entries_review_fk" FOREIGN KEY ("organization_id","review_id") REFERENCES "public"."account_reviews"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_reviews" ADD CONSTRAINT "account_reviews_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_reviews" ADD CONSTRAINT "account_reviews_system_fk" FOREIGN KEY ("organization_id","system_id") REFERENCES "public"."account_systems"("organization_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_reviews_id_key" ON "account_reviews" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "account_reviews_one_open" ON "account_reviews" USING btree ("organization_id","system_id") WHERE status = 'open';