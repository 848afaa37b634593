import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engagementRate, resultsOf } from '../../domain/results';
import { contentItems, workspaces } from '../db/schema';
import { createTestDatabase } from '../testing';
import { seedDemo } from './demo';
import { seedDemoResults } from './demo-results';
import { demoResults } from './demo-results';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(() => t.cleanup());

describe('demoResults', () => {
	it('is stable per seed and plausible: a few per cent engagement, inboxes without likes', () => {
		expect(demoResults('abc', 'instagram')).toEqual(demoResults('abc', 'instagram'));
		for (const seed of ['a', 'b', 'c', 'd', 'e']) {
			const social = demoResults(seed, 'instagram');
			const rate = engagementRate(social)!;
			expect(rate).toBeGreaterThan(0.02);
			expect(rate).toBeLessThan(0.1);
			expect(social.signUps!).toBeLessThanOrEqual(social.clicks!);
			const email = demoResults(seed, 'email');
			expect(email).toMatchObject({ likes: null, shares: null, saves: null });
			expect(email.clicks!).toBeGreaterThan(0);
		}
	});
});

describe('seedDemoResults', () => {
	it('fills results for published demo items only, once', async () => {
		await seedDemo(t.db);
		// seedDemo already ran it; start again from no results to see what it fills.
		const none = { views: null, likes: null, comments: null, shares: null, saves: null };
		await t.db.update(contentItems).set({ ...none, clicks: null, signUps: null });
		const [workspace] = await t.db.select().from(workspaces);
		const filled = await seedDemoResults(t.db, workspace.id);
		expect(filled).toBeGreaterThan(10);
		const items = await t.db.select().from(contentItems);
		for (const item of items) {
			if (item.status === 'published') expect(item.views).toBeGreaterThan(0);
			else expect(Object.values(resultsOf(item)).every((v) => v === null)).toBe(true);
		}
		expect(await seedDemoResults(t.db, workspace.id)).toBe(0);
		expect(await seedDemoResults(t.db, 'another-workspace')).toBe(0);
	});
});
