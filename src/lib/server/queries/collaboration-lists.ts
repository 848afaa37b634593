/* A brand's collaborations as the board, the table and the due list show them. */
import { and, asc, eq, inArray, isNotNull, lt, sql, type SQL } from 'drizzle-orm';
import { collabMetrics } from '../../domain/creator-metrics';
import type { CreatorPlatform } from '../../domain/creators';
import { STAGES, isOpen, isOverdue, type Stage } from '../../domain/pipeline';
import { compareRows, type TableSort } from '../../domain/pipeline-table';
import type { Db } from '../db/client';
import { campaigns, collaborations, creatorProfiles, creators, users } from '../db/schema';
import { collabTotals } from './collab-totals';

export type CollabFilters = Partial<{
	stages: Stage[];
	campaignIds: string[];
	ownerIds: string[];
	/** The creator has a profile on one of these platforms. */
	platforms: CreatorPlatform[];
	/** Only open collaborations whose follow-up day is before `today`. */
	overdue: boolean;
}>;

/** The creator's first profile (by position): what a card shows as "platform · handle". */
const mainProfile = (column: 'platform' | 'handle') =>
	sql<
		string | null
	>`(SELECT ${sql.raw(column)} FROM creator_profiles p WHERE p.creator_id = ${collaborations.creatorId} ORDER BY p.position, p.id LIMIT 1)`;

const OPEN_STAGES = STAGES.filter((stage) => isOpen(stage));

function filterConditions(brandId: string, filters: CollabFilters, today: string): SQL[] {
	const where: SQL[] = [eq(collaborations.brandId, brandId)];
	if (filters.stages?.length) where.push(inArray(collaborations.stage, filters.stages));
	if (filters.campaignIds?.length)
		where.push(inArray(collaborations.campaignId, filters.campaignIds));
	if (filters.ownerIds?.length) where.push(inArray(collaborations.ownerId, filters.ownerIds));
	if (filters.platforms?.length) {
		where.push(
			sql`EXISTS (SELECT 1 FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${collaborations.creatorId} AND ${inArray(creatorProfiles.platform, filters.platforms)})`
		);
	}
	if (filters.overdue) {
		where.push(inArray(collaborations.stage, OPEN_STAGES), lt(collaborations.followUpOn, today));
	}
	return where;
}

const cardColumns = {
	id: collaborations.id,
	stage: collaborations.stage,
	version: collaborations.version,
	creatorId: collaborations.creatorId,
	creatorName: creators.name,
	doNotContact: creators.doNotContact,
	platform: mainProfile('platform'),
	handle: mainProfile('handle'),
	campaignId: collaborations.campaignId,
	campaignName: campaigns.name,
	ownerId: collaborations.ownerId,
	ownerName: users.name,
	nextStep: collaborations.nextStep,
	followUpOn: collaborations.followUpOn,
	currency: collaborations.currency,
	feeMinor: collaborations.feeMinor
};

function cardsQuery(db: Db, where: SQL[]) {
	return db
		.select(cardColumns)
		.from(collaborations)
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.leftJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
		.leftJoin(users, eq(users.id, collaborations.ownerId))
		.where(and(...where))
		.$dynamic();
}

type CardRow = Awaited<ReturnType<typeof cardsQuery>>[number];
export type CollabCard = Omit<CardRow, 'platform'> & {
	platform: CreatorPlatform | null;
	overdue: boolean;
};

const toCard = (today: string) => (row: CardRow) =>
	({
		...row,
		platform: row.platform as CreatorPlatform | null,
		overdue: isOverdue(row.stage, row.followUpOn, today)
	}) satisfies CollabCard;

/** Follow-up day first (none last), then the creator's name: what needs doing soonest on top. */
const cardOrder = [
	asc(sql`${collaborations.followUpOn} IS NULL`),
	asc(collaborations.followUpOn),
	asc(sql`${creators.name} COLLATE NOCASE`),
	asc(collaborations.id)
];

/**
 * The board's columns: at most `perStage` cards a stage (the soonest follow-ups first, the order
 * of the list) and how many each stage holds in all. A busy brand has hundreds of
 * collaborations; a column that drew every card made the board a megabyte of HTML.
 */
export async function listBoardColumns(
	db: Db,
	brandId: string,
	filters: CollabFilters,
	today: string,
	perStage: number
) {
	const cards = await listBoard(db, brandId, filters, today);
	const totals: Partial<Record<Stage, number>> = {};
	const shown = cards.filter((card) => {
		totals[card.stage] = (totals[card.stage] ?? 0) + 1;
		return totals[card.stage]! <= perStage;
	});
	return { cards: shown, totals };
}

/** Every collaboration of the brand matching the filters, as board cards (grouped by the page). */
export async function listBoard(db: Db, brandId: string, filters: CollabFilters, today: string) {
	const rows = await cardsQuery(db, filterConditions(brandId, filters, today)).orderBy(
		...cardOrder
	);
	return rows.map(toCard(today));
}

/**
 * Open collaborations whose follow-up falls before `weekEnd` (exclusive): the rest of this week
 * and everything overdue, soonest first. Days are the brand's market days.
 */
export async function listDue(db: Db, brandId: string, today: string, weekEnd: string) {
	const rows = await cardsQuery(db, [
		eq(collaborations.brandId, brandId),
		inArray(collaborations.stage, OPEN_STAGES),
		isNotNull(collaborations.followUpOn),
		lt(collaborations.followUpOn, weekEnd)
	]).orderBy(...cardOrder);
	return rows.map(toCard(today));
}

export type TablePage = { sort: TableSort; dir: 'asc' | 'desc'; page: number; size: number };

/**
 * One page of the table. Metrics come from the deliverables and samples (collabTotals) through
 * the domain's collabMetrics, so the table sorts by them in memory: a brand has hundreds of
 * collaborations, not millions. The order is the domain's compareRows (missing values last,
 * money within its currency).
 */
export async function listTable(
	db: Db,
	brand: { id: string; currency: string },
	filters: CollabFilters,
	page: TablePage,
	today: string
) {
	const [cards, totals] = await Promise.all([
		listBoard(db, brand.id, filters, today),
		collabTotals(db, brand.id)
	]);
	const byId = new Map(totals.map((t) => [t.collaborationId, t]));
	const rows = cards.map((card) => {
		const total = byId.get(card.id);
		const metrics = total
			? collabMetrics(total.costs, total.results)
			: { cost: 0, cpmMinor: null, cpeMinor: null, cpoMinor: null, roas: null };
		return {
			...card,
			metrics,
			costs: total?.costs ?? null,
			results: total?.results ?? null,
			reported: total?.reported ?? 0,
			deliverables: total?.deliverables ?? 0
		};
	});
	rows.sort(compareRows(page.sort, page.dir, brand.currency));
	const start = (page.page - 1) * page.size;
	return { rows: rows.slice(start, start + page.size), total: rows.length };
}

/** The creator's name of each collaboration of the brand among `ids` (for a bulk report). */
export async function collaborationNames(db: Db, brandId: string, ids: string[]) {
	if (!ids.length) return new Map<string, string>();
	const rows = await db
		.select({ id: collaborations.id, name: creators.name })
		.from(collaborations)
		.innerJoin(creators, eq(creators.id, collaborations.creatorId))
		.where(and(eq(collaborations.brandId, brandId), inArray(collaborations.id, ids)));
	return new Map(rows.map((row) => [row.id, row.name]));
}
