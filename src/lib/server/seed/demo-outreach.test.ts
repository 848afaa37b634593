import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { checkCompliance, compensationOf } from '../../domain/compliance';
import { isOverdue, STAGES, EXITS } from '../../domain/pipeline';
import { today } from '../../domain/zoned-time';
import {
	brands,
	collaborationEvents,
	collaborations,
	contentItems,
	creatorProfiles,
	creators,
	deliverables,
	samples
} from '../db/schema';
import { createTestDatabase } from '../testing';
import { seedDemo } from './demo';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
	t = await createTestDatabase();
	await seedDemo(t.db);
});
afterAll(() => t.cleanup());

describe('demo outreach', () => {
	it('fills a directory of thirty creators across platforms and countries, one do-not-contact', async () => {
		const all = await t.db.select().from(creators);
		expect(all).toHaveLength(30);
		const profiles = await t.db.select().from(creatorProfiles);
		expect(new Set(profiles.map((p) => p.platform)).size).toBeGreaterThanOrEqual(7);
		expect(new Set(all.map((c) => c.country)).size).toBeGreaterThanOrEqual(4);
		expect(all.filter((c) => c.doNotContact)).toHaveLength(1);
		for (const creator of all) {
			const own = profiles.filter((p) => p.creatorId === creator.id);
			expect(creator.totalFollowers).toBe(own.reduce((sum, p) => sum + (p.followers ?? 0), 0));
		}
	});

	it('spreads twenty collaborations over every stage with logs, samples, codes and results', async () => {
		const rows = await t.db.select().from(collaborations);
		expect(rows).toHaveLength(20);
		const stages = new Set(rows.map((r) => r.stage));
		for (const stage of [...STAGES, ...EXITS]) expect(stages, stage).toContain(stage);
		const events = await t.db.select().from(collaborationEvents);
		for (const row of rows) {
			const log = events.filter((e) => e.collaborationId === row.id);
			expect(log[0]?.kind).toBe('created');
			expect(log.at(-1)?.toStage).toBe(row.stage);
		}
		expect((await t.db.select().from(samples)).length).toBeGreaterThanOrEqual(10);
		expect(rows.filter((r) => r.promoCode).length).toBeGreaterThanOrEqual(8);
		expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['USD', 'GBP', 'CNY']));
		// Some follow-ups are overdue and some are due soon, so both lists show something.
		const [brand] = await t.db.select().from(brands);
		const day = today(brand.marketTimeZone);
		expect(rows.some((r) => isOverdue(r.stage, r.followUpOn, day))).toBe(true);
		expect(rows.some((r) => r.followUpOn !== null && r.followUpOn >= day)).toBe(true);
	});

	it('plans deliverables as calendar items; live ones are published with results', async () => {
		const rows = await t.db.select().from(deliverables);
		const linked = rows.filter((d) => d.contentItemId);
		expect(linked.length).toBeGreaterThanOrEqual(7);
		for (const d of linked) {
			const [item] = await t.db
				.select()
				.from(contentItems)
				.where(eq(contentItems.id, d.contentItemId!));
			expect(item.channelId).toBe(d.channelId);
			expect(item.scheduledDate).toBe(d.dueOn);
			if (d.views !== null) {
				expect(item.status).toBe('published');
				expect(item.views).toBe(d.views);
			}
		}
		expect(rows.filter((d) => d.revenueMinor !== null).length).toBeGreaterThanOrEqual(6);
	});

	it('has exactly one compliance finding to fix: a paid live caption without a disclosure', async () => {
		const rows = await t.db.select().from(collaborations);
		const people = await t.db.select().from(creators);
		const parts = await t.db.select().from(deliverables);
		const found = rows.flatMap((row) => {
			const creator = people.find((c) => c.id === row.creatorId)!;
			const findings = checkCompliance({
				stage: row.stage,
				compensation: compensationOf(row.feeMinor, row.productGiven),
				disclosureRequired: row.disclosureRequired,
				brief: row.brief,
				creator: { doNotContact: creator.doNotContact },
				audienceLanguage: creator.language || undefined,
				deliverables: parts
					.filter((d) => d.collaborationId === row.id)
					.map((d) => ({ id: d.id, platform: d.platform, caption: d.caption }))
			});
			return findings.map((f) => ({ creator: creator.name, rule: f.rule }));
		});
		expect(found).toEqual([{ creator: 'Brooke Alvarez', rule: 'missing-disclosure' }]);
	});
});
