import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekday } from '../../domain/recurrence';
import { contentItems, itemSeries, users } from '../db/schema';
import { createTestDatabase } from '../testing';
import { DEMO_EMAIL, seedDemo } from './demo';
import { seedDemoSeries } from './demo-calendar';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('seedDemoSeries', () => {
	it('lays out a weekly newsletter and a fortnightly live stream per demo brand', async () => {
		const now = Date.UTC(2026, 10, 25, 12);
		expect(await seedDemo(t.db)).toBe(true);
		// seedDemo laid out series from the real today; lay them out again from a fixed one.
		await t.db.delete(contentItems).where(isNotNull(contentItems.seriesId));
		await t.db.delete(itemSeries);
		const [owner] = await t.db.select().from(users).where(eq(users.email, DEMO_EMAIL));
		await seedDemoSeries(t.db, owner.lastWorkspaceId!, [owner.id], now);
		const series = await t.db.select().from(itemSeries);
		expect(series).toHaveLength(4);
		for (const s of series) {
			const items = await t.db
				.select()
				.from(contentItems)
				.where(eq(contentItems.seriesId, s.id))
				.orderBy(contentItems.scheduledDate);
			expect(items).toHaveLength(s.interval === 1 ? 8 : 4);
			expect(items.every((i) => s.weekdays.includes(isoWeekday(i.scheduledDate!)))).toBe(true);
			// Past occurrences went out; the future is still being planned.
			expect(items[0].status).toBe('published');
			expect(items.at(-1)!.status).toBe('draft');
			expect(new Set(items.map((i) => i.scheduledTime)).size).toBe(1);
		}
	});
});
