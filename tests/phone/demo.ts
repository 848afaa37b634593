import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import * as t from '../../src/lib/server/db/schema';
import { seedDemoAudience } from '../../src/lib/server/seed/demo-audience';
import { seedDemoBrands } from '../../src/lib/server/seed/demo-brands';
import { seedDemoCalendar, seedDemoSeries } from '../../src/lib/server/seed/demo-calendar';
import { seedDemoOutreach } from '../../src/lib/server/seed/demo-outreach';
import { seedDemoResults } from '../../src/lib/server/seed/demo-results';
import { addComment } from '../../src/lib/server/queries/comments';
import type { E2eDb } from '../support/database';
import type { Targets } from '../support/targets';

/**
 * The demo's two brands (what `npm start` shows a new user: eight weeks of calendar, thirty
 * creators, a year and a half of metrics) seeded into the targets' workspace, so the phone pages
 * are measured full, as people see them, not empty.
 */
export async function seedDemoInto(db: E2eDb, { owner, ids }: Targets) {
	const team = [ids.ownerUserId];
	await seedDemoBrands(db, owner.workspaceId);
	await seedDemoCalendar(db, owner.workspaceId, team);
	await seedDemoSeries(db, owner.workspaceId, team);
	await seedDemoResults(db, owner.workspaceId);
	await seedDemoOutreach(db, owner.workspaceId, team);
	await seedDemoAudience(db, owner.workspaceId, ids.ownerUserId);
	// A comment on every collaboration, with a mention and a long unbroken link that must wrap.
	const deals = await db
		.select({ id: t.collaborations.id, brandId: t.collaborations.brandId })
		.from(t.collaborations)
		.innerJoin(t.brands, eq(t.brands.id, t.collaborations.brandId))
		.where(eq(t.brands.workspaceId, owner.workspaceId));
	for (const deal of deals) {
		await addComment(
			db,
			{ kind: 'collaboration', brandId: deal.brandId, id: deal.id },
			ids.ownerUserId,
			'@Owner tracking: https://www.ups.com/track?loc=en_US&tracknum=1Z999AA10123456784&requester=ST/trackdetails',
			new Date(),
			[ids.ownerUserId]
		);
	}
	// The demo imports nothing: one import batch per brand, on its latest value of a metric.
	const brands = await db
		.select()
		.from(t.brands)
		.where(eq(t.brands.workspaceId, owner.workspaceId));
	for (const brand of brands) {
		const [metric] = await db.select().from(t.metrics).where(eq(t.metrics.brandId, brand.id));
		if (!metric) continue;
		const [latest] = await db
			.select()
			.from(t.metricValues)
			.where(eq(t.metricValues.metricId, metric.id))
			.orderBy(desc(t.metricValues.day))
			.limit(1);
		const batchId = `batch-${brand.id}`.slice(0, 30);
		await db.insert(t.importBatches).values({
			id: batchId,
			brandId: brand.id,
			fileName: 'klaviyo-export.csv',
			format: 'plain',
			rowCount: 1,
			changedCount: 1
		});
		await db.insert(t.importChanges).values({
			batchId,
			metricId: metric.id,
			day: latest.day,
			previous: null,
			value: latest.value
		});
	}
}

/** Real ids of one demo brand for every route parameter a brand's pages take. */
export async function demoParams(db: E2eDb, { owner }: Targets, brandName: string) {
	const [brand] = await db
		.select()
		.from(t.brands)
		.where(and(eq(t.brands.workspaceId, owner.workspaceId), eq(t.brands.name, brandName)));
	const first = async <T>(rows: Promise<T[]>) => {
		const [row] = await rows;
		if (!row) throw new Error(`the demo brand ${brandName} has no row for a page parameter`);
		return row;
	};
	const item = await first(
		db
			.select()
			.from(t.contentItems)
			.where(and(eq(t.contentItems.brandId, brand.id), isNotNull(t.contentItems.scheduledDate)))
			.orderBy(asc(t.contentItems.scheduledAt))
	);
	// A collaboration with both a deliverable and a sample, so their pages show real rows.
	const [part] = await db
		.select({
			collaboration: t.collaborations,
			deliverableId: t.deliverables.id,
			sampleId: t.samples.id
		})
		.from(t.collaborations)
		.innerJoin(t.deliverables, eq(t.deliverables.collaborationId, t.collaborations.id))
		.innerJoin(t.samples, eq(t.samples.collaborationId, t.collaborations.id))
		.where(eq(t.collaborations.brandId, brand.id))
		.limit(1);
	if (!part) throw new Error(`the demo brand ${brandName} has no collaboration with parts`);
	const profile = await first(
		db
			.select()
			.from(t.creatorProfiles)
			.where(eq(t.creatorProfiles.creatorId, part.collaboration.creatorId))
	);
	return {
		brandId: brand.id,
		personaId: (await first(db.select().from(t.personas).where(eq(t.personas.brandId, brand.id))))
			.id,
		pillarId: (await first(db.select().from(t.pillars).where(eq(t.pillars.brandId, brand.id)))).id,
		channelId: (await first(db.select().from(t.channels).where(eq(t.channels.brandId, brand.id))))
			.id,
		itemId: item.id,
		campaignId: (
			await first(db.select().from(t.campaigns).where(eq(t.campaigns.brandId, brand.id)))
		).id,
		creatorId: part.collaboration.creatorId,
		profileId: profile.id,
		collaborationId: part.collaboration.id,
		deliverableId: part.deliverableId,
		sampleId: part.sampleId,
		metricId: (await first(db.select().from(t.metrics).where(eq(t.metrics.brandId, brand.id)))).id,
		goalId: (await first(db.select().from(t.goals).where(eq(t.goals.brandId, brand.id)))).id,
		annotationId: (
			await first(db.select().from(t.annotations).where(eq(t.annotations.brandId, brand.id)))
		).id,
		batchId: (
			await first(db.select().from(t.importBatches).where(eq(t.importBatches.brandId, brand.id)))
		).id
	};
}
