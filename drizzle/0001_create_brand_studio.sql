CREATE TABLE `brands` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`niche` text DEFAULT '' NOT NULL,
	`positioning` text DEFAULT '' NOT NULL,
	`value_proposition` text DEFAULT '' NOT NULL,
	`tone_of_voice` text DEFAULT '' NOT NULL,
	`target_markets` text DEFAULT '[]' NOT NULL,
	`home_time_zone` text DEFAULT 'Asia/Shanghai' NOT NULL,
	`market_time_zone` text NOT NULL,
	`currency` text DEFAULT 'USD' NOT NULL,
	`colour` text DEFAULT '#166534' NOT NULL,
	`website_url` text DEFAULT '' NOT NULL,
	`trademark_status` text DEFAULT 'none' NOT NULL,
	`trademark_office` text DEFAULT '' NOT NULL,
	`trademark_number` text DEFAULT '' NOT NULL,
	`trademark_filed_on` text,
	`trademark_registered_on` text,
	`brand_registry_status` text DEFAULT 'not_enrolled' NOT NULL,
	`archived_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `brands_workspace_id_idx` ON `brands` (`workspace_id`,`archived_at`,`name`);--> statement-breakpoint
CREATE TABLE `channels` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`handle` text DEFAULT '' NOT NULL,
	`ownership` text NOT NULL,
	`weekly_cadence` integer DEFAULT 0 NOT NULL,
	`time_zone` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `channels_brand_id_idx` ON `channels` (`brand_id`,`position`);--> statement-breakpoint
CREATE TABLE `personas` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`name` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`age_min` integer,
	`age_max` integer,
	`life_stage` text DEFAULT '' NOT NULL,
	`pains` text DEFAULT '' NOT NULL,
	`goals` text DEFAULT '' NOT NULL,
	`objections` text DEFAULT '' NOT NULL,
	`buying_triggers` text DEFAULT '' NOT NULL,
	`channel_kinds` text DEFAULT '[]' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `personas_brand_id_idx` ON `personas` (`brand_id`,`position`);--> statement-breakpoint
CREATE TABLE `pillars` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`colour` text DEFAULT '#166534' NOT NULL,
	`target_share` integer DEFAULT 0 NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pillars_brand_id_idx` ON `pillars` (`brand_id`,`position`);