import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import * as t from '../../src/lib/server/db/schema';
import { scheduleAt } from '../../src/lib/domain/schedule';
import { collaborationRow, makeChannel, makeMetric } from '../../src/lib/server/testing/factories';
import { test as roles } from '../support/roles';
import { createBrand, expect } from '../support/support';

/**
 * What people do on the way, on a phone, in both languages: see today's posts in the day agenda,
 * open one, move it to tomorrow by touch, move a collaboration one stage, enter a week of one
 * metric. The words come from the message files, so each language is checked in its own.
 */
const test = roles.extend({});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const FEATURES = ['calendar', 'items', 'outreach', 'audience-entry'];
const words = (locale: string) => {
	const all: Record<string, string> = {};
	for (const feature of FEATURES)
		Object.assign(all, JSON.parse(readFileSync(`messages/${feature}/${locale}.json`, 'utf8')));
	return (key: string, values: Record<string, string> = {}) =>
		all[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
};
const ZONE = 'America/New_York';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

for (const locale of ['en', 'zh-CN']) {
	test(`a phone: today's agenda, a move by touch, a stage, a week of values (${locale})`, async ({
		page,
		owner,
		db,
		client
	}) => {
		const w = words(locale);
		await client.execute({
			sql: 'UPDATE users SET locale = ? WHERE email = ?',
			args: [locale, owner.email]
		});
		const brandId = await createBrand(owner, { name: `Bloom ${locale}`, marketTimeZone: ZONE });
		const channelId = await makeChannel(db, brandId, 'email');
		const metricId = await makeMetric(db, brandId, channelId, 'email_subscribers');
		const itemId = `phone-item-${brandId}`.slice(0, 30);
		const title = `Stretch reel ${locale}`;
		await db.insert(t.contentItems).values({
			id: itemId,
			brandId,
			channelId,
			title,
			status: 'scheduled',
			...scheduleAt(today, '09:00', ZONE)
		});
		const creatorId = `phone-creator-${brandId}`.slice(0, 30);
		const collaborationId = `phone-collab-${brandId}`.slice(0, 30);
		const creator = `Maya ${locale}`;
		await db
			.insert(t.creators)
			.values({ id: creatorId, workspaceId: owner.workspaceId, name: creator });
		await db
			.insert(t.collaborations)
			.values(collaborationRow({ id: collaborationId, brandId, creatorId }));
		await page.context().addCookies((await owner.api.storageState()).cookies);
		const brand = `/w/${owner.workspaceId}/brands/${brandId}`;

		// Today's posts, one day at a time: a phone opens the calendar on today's agenda when the
		// URL names no view (a desktop opens the week).
		await page.goto(`${brand}/calendar`);
		const agenda = page.getByTestId('day-agenda');
		await expect(agenda.getByRole('heading', { level: 2 })).toContainText(w('cal_today'));
		await expect(agenda.getByRole('link', { name: title })).toBeVisible();
		const views = page.getByRole('navigation', { name: w('cal_month_view_nav') });
		await expect(views.getByRole('link', { name: w('cal_view_day') })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await agenda.getByRole('link', { name: title }).tap();
		await expect(page).toHaveURL(`${brand}/calendar/items/${itemId}`);
		await expect(page.getByLabel(w('item_field_title'))).toHaveValue(title);
		await page.goBack();

		// Moved to tomorrow by touch, through the move dialog; the time of day stays.
		await agenda.getByRole('button', { name: w('cal_move_item', { title }) }).tap();
		const dialog = page.getByRole('dialog', { name: w('cal_move_item', { title }) });
		await dialog.getByLabel(w('cal_field_date')).fill(shift(today, 1));
		await dialog.getByRole('button', { name: w('cal_move_submit') }).tap();
		await expect(agenda.getByRole('link', { name: title })).toHaveCount(0);
		await page.getByRole('link', { name: w('cal_next_day') }).tap();
		await expect(agenda.getByRole('link', { name: title })).toBeVisible();
		const [moved] = await db.select().from(t.contentItems).where(eq(t.contentItems.id, itemId));
		expect([moved.scheduledDate, moved.scheduledTime]).toEqual([shift(today, 1), '09:00']);

		// The month as a list of days with counts (no grid to pan), each day a link to its agenda.
		await views.getByRole('link', { name: w('cal_month_month') }).tap();
		const tomorrow = page.getByTestId('month-list').locator(`[data-list-day="${shift(today, 1)}"]`);
		await expect(tomorrow).toContainText(w('cal_month_day_count', { count: '1' }));
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
		await tomorrow.getByRole('link').tap();
		await expect(page).toHaveURL(/[?&]view=day(&|$)/);
		await expect(page).toHaveURL(new RegExp(`[?&]week=${shift(today, 1)}(&|$)`));
		await expect(agenda.getByRole('link', { name: title })).toBeVisible();
		await page.getByRole('link', { name: w('cal_go_today') }).tap();
		await expect(agenda.getByRole('heading', { level: 2 })).toContainText(w('cal_today'));

		// A collaboration one stage on, from the board's list for its stage.
		await page.goto(`${brand}/outreach`);
		const card = page.locator(`[data-collaboration-id="${collaborationId}"]`);
		await card.locator('summary').tap();
		await card
			.getByLabel(w('outreach_move_to_label', { name: creator }))
			.selectOption({ label: w('outreach_stage_contacted') });
		await card.getByRole('button', { name: w('outreach_move_submit') }).tap();
		await expect
			.poll(async () => {
				const [row] = await db
					.select()
					.from(t.collaborations)
					.where(eq(t.collaborations.id, collaborationId));
				return row.stage;
			})
			.toBe('contacted');

		// A week of one metric, its days one below the other.
		await page.goto(`${brand}/dashboard/entry?week=${shift(today, -14)}`);
		const fields = page.locator('input[name="value"]');
		await expect(fields).toHaveCount(7);
		for (let day = 0; day < 7; day++) await fields.nth(day).fill(String(1000 + day));
		await page.getByRole('button', { name: w('entry_save') }).tap();
		await expect
			.poll(async () =>
				(await db.select().from(t.metricValues).where(eq(t.metricValues.metricId, metricId)))
					.map((row) => row.value)
					.sort()
			)
			.toEqual([1000, 1001, 1002, 1003, 1004, 1005, 1006]);
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
			)
		).toBe(true);
	});
}
