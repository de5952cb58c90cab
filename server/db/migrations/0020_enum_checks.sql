ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_first_answer_check" CHECK ("assessment_answers"."first_answer" in ('yes', 'no'));--> statement-breakpoint
ALTER TABLE "assessment_answers" ADD CONSTRAINT "assessment_answers_second_answer_check" CHECK ("assessment_answers"."second_answer" in ('yes', 'no'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_form_check" CHECK ("assessments"."form" in ('institution', 'pharmacy', 'vendor'));--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_catalog_form_check" CHECK ("assessments"."catalog_form" in ('institution', 'pharmacy', 'vendor'));--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_kind_check" CHECK ("connection_points"."kind" in ('vpn', 'rdp', 'closed', 'leased', 'internet', 'cloud', 'mobile', 'other'));--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_source_restriction_check" CHECK ("connection_points"."source_restriction" in ('restricted', 'none', 'unknown'));--> statement-breakpoint
ALTER TABLE "connection_points" ADD CONSTRAINT "connection_points_status_check" CHECK ("connection_points"."status" in ('active', 'stopped', 'maintenance', 'spare', 'broken', 'retired'));--> statement-breakpoint
ALTER TABLE "contact_entries" ADD CONSTRAINT "contact_entries_side_check" CHECK ("contact_entries"."side" in ('internal', 'external'));--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_status_check" CHECK ("devices"."status" in ('active', 'stopped', 'maintenance', 'spare', 'broken', 'retired'));--> statement-breakpoint
ALTER TABLE "devices" ADD CONSTRAINT "devices_device_class_check" CHECK ("devices"."device_class" in ('server', 'pc', 'network', 'medical', 'other'));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_role_check" CHECK ("invitations"."role" in ('admin', 'editor', 'viewer'));--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_role_check" CHECK ("memberships"."role" in ('admin', 'editor', 'viewer'));--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_kind_check" CHECK ("organizations"."kind" in ('hospital', 'clinic', 'pharmacy', 'midwifery'));