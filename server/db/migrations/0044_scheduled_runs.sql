CREATE TABLE "scheduled_runs" (
	"job" text PRIMARY KEY NOT NULL,
	"last_at" timestamp with time zone,
	"last_ok_at" timestamp with time zone,
	"last_by" text
);
