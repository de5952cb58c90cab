CREATE TABLE "password_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"password_hash" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_address_counters" (
	"address" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"attempts" integer NOT NULL,
	CONSTRAINT "sign_in_address_counters_address_window_start_pk" PRIMARY KEY("address","window_start")
);
--> statement-breakpoint
CREATE TABLE "sign_in_login_counters" (
	"login_key" text PRIMARY KEY NOT NULL,
	"failed_attempts" integer NOT NULL,
	"locked_until" timestamp with time zone,
	"last_failed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "password_history" ADD CONSTRAINT "password_history_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "password_history_user_idx" ON "password_history" USING btree ("user_id","set_at");--> statement-breakpoint
CREATE INDEX "sign_in_address_counters_window_idx" ON "sign_in_address_counters" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "sign_in_login_counters_last_idx" ON "sign_in_login_counters" USING btree ("last_failed_at");--> statement-breakpoint
-- every existing password starts the history
INSERT INTO "password_history" ("user_id", "password_hash", "set_at") SELECT "id", "password_hash", "updated_at" FROM "users";
