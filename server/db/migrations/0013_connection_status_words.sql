-- The 外部接続点 register takes the 機器台帳's status words (domain/devices/status.ts): its own
-- codes for the same states become the ledger's (停止中 suspended → stopped, 撤去 removed → retired).
UPDATE "connection_points" SET "status" = 'stopped' WHERE "status" = 'suspended';--> statement-breakpoint
UPDATE "connection_points" SET "status" = 'retired' WHERE "status" = 'removed';
