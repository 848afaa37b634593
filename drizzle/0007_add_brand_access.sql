CREATE TABLE `invitation_brands` (
	`invitation_id` text NOT NULL,
	`brand_id` text NOT NULL,
	PRIMARY KEY(`invitation_id`, `brand_id`),
	FOREIGN KEY (`invitation_id`) REFERENCES `invitations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `invitation_brands_brand_idx` ON `invitation_brands` (`brand_id`);--> statement-breakpoint
CREATE TABLE `member_brands` (
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`brand_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`brand_id`, `user_id`),
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workspace_id`,`user_id`) REFERENCES `memberships`(`workspace_id`,`user_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `member_brands_member_idx` ON `member_brands` (`workspace_id`,`user_id`);--> statement-breakpoint
ALTER TABLE `invitations` ADD `brand_scope` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `memberships` ADD `brand_scope` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `memberships` ADD `version` integer DEFAULT 1 NOT NULL;