import { describe, expect, it } from 'vitest';
import { LATE_WINDOW_MS, planHealth, type HealthItem } from './plan-health';

const now = Date.UTC(2026, 10, 23, 0, 0);
const item = (overrides: Partial<HealthItem>): HealthItem => ({
	id: Math.random().toString(36).slice(2),
	channelId: 'ig',
	pillarId: 'p1',
	personaId: 'sarah',
	ownerId: 'lin',
	status: 'approved',
	scheduledAt: now + 5 * 24 * 3_600_000,
	hasBrief: true,
	...overrides
});
const base = {
	channels: [
		{ id: 'ig', weeklyCadence: 3 },
		{ id: 'mail', weeklyCadence: 1 }
	],
	pillars: [
		{ id: 'p1', targetShare: 50 },
		{ id: 'p2', targetShare: 50 }
	],
	personas: [{ id: 'sarah' }, { id: 'ines' }],
	now
};

describe('planHealth', () => {
	it('counts cadence per channel, ignoring skipped items', () => {
		const result = planHealth({
			...base,
			items: [item({}), item({}), item({ status: 'skipped' }), item({ channelId: 'mail' })]
		});
		expect(result.cadence).toEqual([
			{ channelId: 'ig', planned: 2, target: 3, status: 'under' },
			{ channelId: 'mail', planned: 1, target: 1, status: 'ok' }
		]);
	});

	it('compares the pillar mix with the targets', () => {
		const items = [item({}), item({}), item({}), item({ pillarId: 'p2' })];
		const result = planHealth({ ...base, items });
		expect(result.mix).toEqual([
			{ pillarId: 'p1', count: 3, share: 75, target: 50, delta: 25, off: true },
			{ pillarId: 'p2', count: 1, share: 25, target: 50, delta: -25, off: true }
		]);
	});

	it('finds personas with nothing planned, and items with no owner or brief', () => {
		const noOwner = item({ ownerId: null });
		const noBrief = item({ hasBrief: false });
		const result = planHealth({ ...base, items: [noOwner, noBrief] });
		expect(result.personasWithoutContent).toEqual(['ines']);
		expect(result.withoutOwner).toEqual([noOwner.id]);
		expect(result.withoutBrief).toEqual([noBrief.id]);
	});

	it('flags ideas and drafts within 48 hours of their time, not later ones or finished ones', () => {
		const soon = item({ status: 'draft', scheduledAt: now + LATE_WINDOW_MS - 1 });
		const overdue = item({ status: 'idea', scheduledAt: now - 1 });
		const later = item({ status: 'draft', scheduledAt: now + LATE_WINDOW_MS + 60_000 });
		const ready = item({ status: 'approved', scheduledAt: now + 60_000 });
		const result = planHealth({ ...base, items: [soon, overdue, later, ready] });
		expect(result.late.sort()).toEqual([soon.id, overdue.id].sort());
	});

	it('reports a healthy week as zero findings', () => {
		const items = [
			item({ pillarId: 'p1', personaId: 'sarah' }),
			item({ pillarId: 'p2', personaId: 'ines' }),
			item({ pillarId: 'p1', personaId: 'ines' }),
			item({ pillarId: 'p2', channelId: 'mail' })
		];
		const result = planHealth({ ...base, items });
		expect(result.findings).toBe(0);
	});
});
