import { and, eq } from 'drizzle-orm';
import type { Locator, Page } from '@playwright/test';
import * as t from '../../src/lib/server/db/schema';
import { seedDemoAudience } from '../../src/lib/server/seed/demo-audience';
import { seedDemoBrands } from '../../src/lib/server/seed/demo-brands';
import { seedDemoOutreach } from '../../src/lib/server/seed/demo-outreach';
import { test as roles } from '../support/roles';
import { expect } from '../support/support';

/**
 * Tables on a phone are cards: no row is wider than the screen, every value and its label can be
 * read without panning, and the actions a row offers take a finger (44 px high, WCAG 2.5.5).
 * Measured on the demo's creators, outreach table, weekly entry and metrics, in both languages.
 */
const test = roles.extend<{ brandId: string }>({
	brandId: ({ once, owner, db }, use) =>
		once('demo', async () => {
			const [user] = await db.select().from(t.users).where(eq(t.users.email, owner.email));
			await seedDemoBrands(db, owner.workspaceId);
			await seedDemoOutreach(db, owner.workspaceId, [user.id]);
			await seedDemoAudience(db, owner.workspaceId, user.id);
			const [brand] = await db
				.select()
				.from(t.brands)
				.where(and(eq(t.brands.workspaceId, owner.workspaceId), eq(t.brands.name, 'Bump & Bloom')));
			return brand.id;
		}).then(use)
});
test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** Each page, the rows of its table and the row actions a finger must be able to hit. */
const PAGES: { name: string; path: (ws: string, brand: string) => string; actions: string }[] = [
	{
		name: 'creators',
		path: (ws) => `/w/${ws}/creators`,
		actions: 'tbody th > a'
	},
	{
		name: 'outreach table',
		path: (ws, brand) => `/w/${ws}/brands/${brand}/outreach?view=table`,
		actions: 'tbody a[href*="/outreach/"], tbody label:has(input[type="checkbox"])'
	},
	{
		name: 'weekly entry',
		path: (ws, brand) => `/w/${ws}/brands/${brand}/dashboard/entry`,
		actions: 'tbody input[name="value"], main form button[type="submit"]'
	},
	{
		name: 'metrics',
		path: (ws, brand) => `/w/${ws}/brands/${brand}/dashboard/metrics`,
		actions: 'tbody button[type="submit"], tbody input[name="label"]'
	}
];

for (const locale of ['en', 'zh-CN']) {
	for (const { name, path, actions } of PAGES) {
		test(`${name}: rows fit the screen as labelled cards, actions take a finger (${locale})`, async ({
			page,
			owner,
			client,
			brandId
		}) => {
			await client.execute({
				sql: 'UPDATE users SET locale = ? WHERE email = ?',
				args: [locale, owner.email]
			});
			await page.context().addCookies((await owner.api.storageState()).cookies);
			await page.goto(path(owner.workspaceId, brandId));
			const screen = page.viewportSize()!.width;

			const rows = page.locator('main table tbody tr');
			expect(await rows.count(), 'rows on the page').toBeGreaterThan(1);
			for (const row of await rows.all()) {
				const box = (await row.boundingBox())!;
				expect(box.x, 'a row starts on the screen').toBeGreaterThanOrEqual(0);
				expect(box.x + box.width, 'a row ends on the screen').toBeLessThanOrEqual(screen);
			}
			expect(await offScreenValues(page, screen), 'values out of sight').toEqual([]);
			expect(await unlabelledValues(page), 'values shown without their label').toEqual([]);

			const targets = page.locator(actions);
			expect(await targets.count(), 'row actions').toBeGreaterThan(1);
			for (const target of await targets.all()) await expectFingerSized(target);
		});
	}
}

/** Every cell of every row whose box reaches past either edge of the screen. */
function offScreenValues(page: Page, screen: number) {
	return page.evaluate(
		(screen) =>
			[...document.querySelectorAll<HTMLElement>('main table tbody :is(th, td)')]
				.filter((cell) => cell.checkVisibility() && cell.textContent?.trim())
				.map((cell) => ({ cell, box: cell.getBoundingClientRect() }))
				.filter(({ box }) => box.left < 0 || box.right > screen + 0.5)
				.map(({ cell, box }) => `${cell.textContent!.trim().slice(0, 40)} (${box.right})`),
		screen
	);
}

/** Data cells that lost their column's name on the way to a card (no visible label beside it). */
function unlabelledValues(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLTableCellElement>('main table tbody td')]
			.filter((cell) => cell.checkVisibility() && cell.textContent?.trim())
			.filter((cell) => {
				// A cell in a card shows its label before it; the header row is out of sight.
				const label = getComputedStyle(cell, '::before').content;
				const header = cell.closest('table')!.querySelector('thead');
				const headerSeen = !!header && header.getBoundingClientRect().height > 1;
				// A cell that is a link or a control names itself (the card's title, its actions).
				const named = cell.querySelector('a, label, input, button') || cell.colSpan > 1;
				return !headerSeen && !named && (!cell.dataset.label || label === 'none');
			})
			.map((cell) => cell.textContent!.trim().slice(0, 40))
	);
}

async function expectFingerSized(target: Locator) {
	const box = await target.boundingBox();
	const what = (await target.getAttribute('aria-label')) ?? (await target.innerText());
	expect(box, what).not.toBeNull();
	expect(box!.height, `${what} is tall enough for a finger`).toBeGreaterThanOrEqual(44);
}
