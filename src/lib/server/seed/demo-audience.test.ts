import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, desc, eq } from 'drizzle-orm';
import { METRIC_INFO } from '../../domain/metrics';
import { addDays, today } from '../../domain/zoned-time';
import { annotations, brands, metrics, metricValues } from '../db/schema';
import { createTestDatabase } from '../testing';
import { seedDemo } from './demo';
import { DEMO_DAYS, demoAudience, season } from './demo-audience';
import { listGoalsWithPace } from '../queries/goals';
import { listMetrics } from '../queries/metrics';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let seconds = 0;
beforeAll(async () => {
	t = await createTestDatabase();
	const started = performance.now();
	await seedDemo(t.db);
	seconds = (performance.now() - started) / 1000;
}, 120_000);
afterAll(() => t.cleanup());

const days = Array.from({ length: 60 }, (_, i) => addDays('2026-01-01', i));

describe('demo audience series', () => {
	it('is deterministic for a seed and differs between seeds', () => {
		const a = demoAudience('Bump & Bloom', days, []);
		expect(demoAudience('Bump & Bloom', days, [])).toEqual(a);
		expect(demoAudience('Bump & Bloom', days, [], 'other')).not.toEqual(a);
	});

	it('keeps sign-ups − unsubscribes equal to the change of the list', () => {
		const series = demoAudience('Bump & Bloom', days, []);
		const list = series.find((s) => s.kind === 'email_subscribers')!.values;
		const signups = series.find((s) => s.kind === 'signups')!.values;
		const unsubs = series.find((s) => s.kind === 'unsubscribes')!.values;
		for (let i = 1; i < list.length; i++)
			expect(list[i] - list[i - 1]).toBe(signups[i] - unsubs[i]);
		expect(Math.min(...signups, ...unsubs)).toBeGreaterThanOrEqual(0);
	});

	it('peaks on Black Friday and slows in January', () => {
		expect(season('2026-11-27')).toBeGreaterThan(2);
		expect(season('2025-11-28')).toBeGreaterThan(2);
		expect(season('2026-11-26')).toBeLessThan(2);
		expect(season('2027-01-10')).toBeLessThan(1);
	});
});

describe('seeded demo audience', () => {
	it('seeds fast enough for npm start', () => {
		console.info(`seedDemo took ${seconds.toFixed(2)} s`);
		expect(seconds).toBeLessThan(30);
	});

	it('gives every demo brand eighteen months of daily values ending yesterday', async () => {
		for (const brand of await t.db.select().from(brands)) {
			const list = await listMetrics(t.db, brand.id);
			expect(list.length).toBeGreaterThanOrEqual(11);
			const kinds = new Set(list.map((m) => m.kind));
			for (const kind of ['email_subscribers', 'signups', 'followers', 'sessions', 'revenue'])
				expect(kinds.has(kind as never)).toBe(true);
			const yesterday = addDays(today(brand.marketTimeZone), -1);
			const [first] = await t.db
				.select()
				.from(metricValues)
				.where(eq(metricValues.metricId, list[0].id))
				.orderBy(asc(metricValues.day))
				.limit(1);
			const [last] = await t.db
				.select()
				.from(metricValues)
				.where(eq(metricValues.metricId, list[0].id))
				.orderBy(desc(metricValues.day))
				.limit(1);
			expect(last.day).toBe(yesterday);
			expect(first.day).toBe(addDays(yesterday, -(DEMO_DAYS - 1)));
			const notes = await t.db.select().from(annotations).where(eq(annotations.brandId, brand.id));
			expect(notes.length).toBeGreaterThanOrEqual(3);
			expect(notes.length).toBeLessThanOrEqual(4);
		}
	});

	it('has a plausible owned share that rises', async () => {
		for (const brand of await t.db.select().from(brands)) {
			const list = await listMetrics(t.db, brand.id);
			const audience = list.filter((m) => METRIC_INFO[m.kind].audience);
			const share = async (day: string) => {
				let owned = 0;
				let all = 0;
				for (const metric of audience) {
					const [row] = await t.db
						.select({ value: metricValues.value })
						.from(metricValues)
						.where(and(eq(metricValues.metricId, metric.id), eq(metricValues.day, day)));
					all += row.value;
					if (metric.ownership === 'owned') owned += row.value;
				}
				return owned / all;
			};
			const yesterday = addDays(today(brand.marketTimeZone), -1);
			const start = await share(addDays(yesterday, -(DEMO_DAYS - 1)));
			const end = await share(yesterday);
			expect(start).toBeGreaterThan(0.15);
			expect(end).toBeLessThan(0.35);
			expect(end).toBeGreaterThan(start);
		}
	});

	it('sets two goals per brand that pace.ts reads as one on track and one at risk', async () => {
		for (const brand of await t.db.select().from(brands)) {
			const goals = await listGoalsWithPace(t.db, brand.id, today(brand.marketTimeZone));
			expect(goals.map((g) => g.pace.status).sort()).toEqual(['at_risk', 'on_track']);
		}
	});

	it('names only metrics of its own brand', async () => {
		const all = await t.db.select().from(metrics);
		expect(all.length).toBeGreaterThan(20);
	});
});
