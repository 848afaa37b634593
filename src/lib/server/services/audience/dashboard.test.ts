import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, makeChannel, makeMetric, makeUserWithBrand } from '../../testing';
import { metricValues } from '../../db/schema';
import { loadDashboard } from './dashboard';
import { addDays } from '../../../domain/day-range';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;
let t: TestDb;
beforeEach(async () => {
	t = await createTestDatabase();
});
afterEach(() => t.cleanup());

// 20:00 UTC on 1 Dec is already 04:00 on 2 Dec in Shanghai: the brand's today is 2 Dec.
const NOW = Date.UTC(2026, 11, 1, 20);
const ZONE = 'Asia/Shanghai';

async function brand() {
	const { brandId: id } = await makeUserWithBrand(t.db, { marketTimeZone: ZONE });
	const channel = (kind: 'email' | 'tiktok') => makeChannel(t.db, id, kind, { timeZone: ZONE });
	const email = await channel('email');
	const tiktok = await channel('tiktok');
	return {
		brand: { brandId: id, marketTimeZone: ZONE },
		list: await makeMetric(t.db, id, email, 'email_subscribers'),
		signups: await makeMetric(t.db, id, email, 'signups'),
		followers: await makeMetric(t.db, id, tiktok, 'followers')
	};
}

describe('loadDashboard', () => {
	it('answers a date the library clamps (9999-12-31) with the default range and a notice', async () => {
		const b = await brand();
		for (const query of ['to=9999-12-31', 'from=9999-12-31', 'from=0001-01-01&to=9999-12-31']) {
			const data = await loadDashboard(t.db, b.brand, {
				params: new URLSearchParams(query),
				now: NOW
			});
			expect(data.days).toEqual({ from: '2026-11-05', to: '2026-12-02' });
			expect(data.notices.refusedDates.length).toBeGreaterThan(0);
		}
	});

	it('draws at most MAX_POINTS points a chart, rolled up, however long the range', async () => {
		const b = await brand();
		const params = new URLSearchParams('from=2016-12-03&to=2026-12-02&rollup=day&compare=year');
		const data = await loadDashboard(t.db, b.brand, { params, now: NOW });
		expect(data.view.rollup).toBe('month');
		expect(data.notices.coarsened).toEqual({ requested: 'day', points: 3652 });
		for (const chart of data.charts) expect(chart.points.length).toBe(121);
		expect(data.share).toHaveLength(121);
	});

	it('ends the range on the market’s today and says when there is nothing yet', async () => {
		const b = await brand();
		const data = await loadDashboard(t.db, b.brand, { params: new URLSearchParams(), now: NOW });
		expect(data.today).toBe('2026-12-02');
		expect(data.days).toEqual({ from: '2026-11-05', to: '2026-12-02' });
		expect(data).toMatchObject({ hasMetrics: true, hasValues: false });
		expect(data.charts.every((c) => c.empty)).toBe(true);
		expect(data.headline?.end.share).toBeNull();
	});

	it('charts each metric with its comparison, change and the owned share', async () => {
		const b = await brand();
		const put = (metricId: string, day: string, value: number) =>
			t.db.insert(metricValues).values({ metricId, day, value });
		// 60 days up to today: the list +10 a day from 1000, followers flat at 3000, 5 sign-ups a day.
		for (let i = 0; i < 60; i++) {
			const day = addDays('2026-12-02', i - 59);
			await put(b.list, day, 1000 + 10 * i);
			await put(b.followers, day, 3000);
			await put(b.signups, day, 5);
		}
		const params = new URLSearchParams('range=4w&rollup=week&compare=previous');
		const data = await loadDashboard(t.db, b.brand, { params, now: NOW });
		const list = data.charts.find((c) => c.id === b.list)!;
		// Weeks from Mon 2 Nov to Mon 30 Nov; the last (30 Nov – 2 Dec) ends on today's 1590.
		expect(list.points.map((p) => p.period)).toEqual([
			'2026-11-02',
			'2026-11-09',
			'2026-11-16',
			'2026-11-23',
			'2026-11-30'
		]);
		expect(list.points.at(-1)).toMatchObject({ value: 1590 });
		expect(list.change).toMatchObject({ base: 1310, current: 1590, absolute: 280 });
		const signups = data.charts.find((c) => c.id === b.signups)!;
		// 28 days × 5 against the previous 28 days × 5.
		expect(signups.change).toMatchObject({ current: 140, base: 140, absolute: 0, percent: 0 });
		expect(data.headline?.end).toEqual({ owned: 1590, rented: 3000, share: 1590 / 4590 });
		expect(data.headline?.start.owned).toBe(1310);
		// The share's trend, one point per week: the week's last day, capped at today.
		expect(data.share.map((s) => s.period)).toEqual(list.points.map((p) => p.period));
		expect(data.share.at(-1)).toMatchObject({ owned: 1590, share: 1590 / 4590 });
		// Sun 8 Nov is 24 days before today, day 35 counting from 0: the list stands at 1000 + 10 × 35.
		expect(data.share[0]).toMatchObject({ owned: 1350, rented: 3000 });

		const one = await loadDashboard(t.db, b.brand, { params, now: NOW, metricId: b.signups });
		expect(one.charts.map((c) => c.id)).toEqual([b.signups]);
		expect(one.charts[0].points.map((p) => p.value)).toEqual(signups.points.map((p) => p.value));
	});
});
