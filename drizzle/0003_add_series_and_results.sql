CREATE TABLE `item_series` (
	`id` text PRIMARY KEY NOT NULL,
	`brand_id` text NOT NULL,
	`frequency` text NOT NULL,
	`interval` integer DEFAULT 1 NOT NULL,
	`weekdays` text DEFAULT '[]' NOT NULL,
	`start_date` text NOT NULL,
	`until` text,
	`count` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `item_series_brand_id_idx` ON `item_series` (`brand_id`);--> statement-breakpoint
ALTER TABLE `content_items` ADD `views` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `likes` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `comments` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `shares` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `saves` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `clicks` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `sign_ups` integer;--> statement-breakpoint
ALTER TABLE `content_items` ADD `series_id` text REFERENCES item_series(id) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE INDEX `content_items_series_idx` ON `content_items` (`series_id`,`scheduled_date`);