CREATE TABLE `collaboration_events` (
	`id` text PRIMARY KEY NOT NULL,
	`collaboration_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_stage` text,
	`to_stage` text,
	`note` text DEFAULT '' NOT NULL,
	`user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `collaboration_events_collab_idx` ON `collaboration_events` (`collaboration_id`,`at`);--> statement-breakpoint
CREATE TABLE `collaborations` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`creator_id` text NOT NULL,
	`campaign_id` text,
	`owner_id` text,
	`stage` text DEFAULT 'prospect' NOT NULL,
	`stage_changed_at` integer NOT NULL,
	`next_step` text DEFAULT '' NOT NULL,
	`follow_up_on` text,
	`brief` text DEFAULT '' NOT NULL,
	`currency` text NOT NULL,
	`fee_minor` integer,
	`product_given` text DEFAULT '' NOT NULL,
	`usage_rights` text DEFAULT '' NOT NULL,
	`disclosure_required` integer DEFAULT true NOT NULL,
	`promo_code` text DEFAULT '' NOT NULL,
	`link_url` text DEFAULT '' NOT NULL,
	`payment_status` text DEFAULT 'unpaid' NOT NULL,
	`payment_minor` integer,
	`paid_on` text,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `collaborations_brand_stage_idx` ON `collaborations` (`brand_id`,`stage`,`follow_up_on`);--> statement-breakpoint
CREATE INDEX `collaborations_brand_follow_up_idx` ON `collaborations` (`brand_id`,`follow_up_on`);--> statement-breakpoint
CREATE INDEX `collaborations_brand_campaign_idx` ON `collaborations` (`brand_id`,`campaign_id`);--> statement-breakpoint
CREATE INDEX `collaborations_creator_idx` ON `collaborations` (`creator_id`);--> statement-breakpoint
CREATE TABLE `creator_profiles` (
	`id` text PRIMARY KEY NOT NULL,
	`creator_id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`platform` text NOT NULL,
	`handle` text NOT NULL,
	`handle_key` text NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`followers` integer,
	`avg_views` integer,
	`engagement_bp` integer,
	`measured_on` text,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `creator_profiles_handle_idx` ON `creator_profiles` (`workspace_id`,`platform`,`handle_key`);--> statement-breakpoint
CREATE INDEX `creator_profiles_creator_idx` ON `creator_profiles` (`creator_id`,`position`);--> statement-breakpoint
CREATE TABLE `creators` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`niche` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`country` text DEFAULT '' NOT NULL,
	`language` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`wechat` text DEFAULT '' NOT NULL,
	`whatsapp` text DEFAULT '' NOT NULL,
	`agent` text DEFAULT '' NOT NULL,
	`rate_card` text DEFAULT '[]' NOT NULL,
	`shipping_address` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`do_not_contact` integer DEFAULT false NOT NULL,
	`do_not_contact_reason` text DEFAULT '' NOT NULL,
	`total_followers` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `creators_workspace_name_idx` ON `creators` (`workspace_id`,`name`);--> statement-breakpoint
CREATE INDEX `creators_workspace_followers_idx` ON `creators` (`workspace_id`,`total_followers`);--> statement-breakpoint
CREATE TABLE `deliverables` (
	`id` text PRIMARY KEY NOT NULL,
	`collaboration_id` text NOT NULL,
	`kind` text NOT NULL,
	`platform` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`due_on` text,
	`caption` text DEFAULT '' NOT NULL,
	`content_item_id` text,
	`channel_id` text,
	`published_url` text DEFAULT '' NOT NULL,
	`views` integer,
	`engagements` integer,
	`clicks` integer,
	`orders` integer,
	`revenue_minor` integer,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`content_item_id`) REFERENCES `content_items`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `deliverables_collab_idx` ON `deliverables` (`collaboration_id`,`position`);--> statement-breakpoint
CREATE INDEX `deliverables_item_idx` ON `deliverables` (`content_item_id`);--> statement-breakpoint
CREATE TABLE `samples` (
	`id` text PRIMARY KEY NOT NULL,
	`collaboration_id` text NOT NULL,
	`product` text NOT NULL,
	`sku` text DEFAULT '' NOT NULL,
	`quantity` integer DEFAULT 1 NOT NULL,
	`ship_from` text DEFAULT 'china' NOT NULL,
	`carrier` text DEFAULT '' NOT NULL,
	`tracking_number` text DEFAULT '' NOT NULL,
	`shipped_on` text,
	`delivered_on` text,
	`landed_cost_minor` integer,
	`shipping_cost_minor` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `samples_collab_idx` ON `samples` (`collaboration_id`,`shipped_on`);