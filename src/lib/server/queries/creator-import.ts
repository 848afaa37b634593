/**
 * Creator CSV import and export against the workspace's directory.
 *
 * What is already there is never changed or doubled: a profile whose platform + handle is in the
 * directory is skipped, and so is a creator row whose creator (same name and email) is there. A
 * new profile of a creator already in the directory is added to that creator. Re-importing our
 * own export therefore adds nothing.
 *
 * Idempotency without server state, as in the calendar import (`import.ts`): ids derive from the
 * workspace, a random token handed out with the preview and the file's content; the first 8
 * characters name the batch, so the same confirmation sent twice finds its batch and writes
 * nothing.
 */
import { and, asc, eq, gte, inArray, lt, max, count, sql, type SQL } from 'drizzle-orm';
import {
	creatorIdentity,
	type CreatorCsv,
	type ExportCreator,
	type ProfileDraft
} from '../../domain/creator-csv';
import type { Db } from '../db/client';
import { creatorProfiles, creators } from '../db/schema';
import { directoryConditions, type DirectoryFilters } from './creators';
import { batchIds } from './import';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type Reader = Db | Tx;

/** What confirming would do with one clean row of the file. */
export type RowOutcome =
	| { kind: 'new' }
	/** The row's profile goes to a creator already in the directory. */
	| { kind: 'adds_to'; creator: string }
	/** Already in the directory: nothing is written for this row. */
	| { kind: 'skipped'; creator: string };

type Target = { id: string; name: string };
type Plan = {
	creators: {
		index: number;
		target: Target | null;
		profiles: (ProfileDraft & { row: number })[];
	}[];
	outcomes: Map<number, RowOutcome>;
};

// Handle keys per query: far under SQLite's 32,766 bound parameters.
const CHUNK = 500;
const chunks = <T>(items: T[], size = CHUNK) =>
	Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
		items.slice(i * size, (i + 1) * size)
	);

const profileKey = (p: { platform: string; handleKey: string }) =>
	`${p.platform}\u0000${p.handleKey}`;

/** The directory as it is now, compared with the file's creators. */
async function plan(db: Reader, workspaceId: string, parsed: CreatorCsv): Promise<Plan> {
	const keys = [...new Set(parsed.creators.flatMap((c) => c.profiles.map((p) => p.handleKey)))];
	const owners = new Map<string, Target>();
	for (const part of chunks(keys)) {
		const rows = await db
			.select({
				platform: creatorProfiles.platform,
				handleKey: creatorProfiles.handleKey,
				id: creators.id,
				name: creators.name
			})
			.from(creatorProfiles)
			.innerJoin(creators, eq(creators.id, creatorProfiles.creatorId))
			.where(
				and(eq(creatorProfiles.workspaceId, workspaceId), inArray(creatorProfiles.handleKey, part))
			);
		for (const row of rows) owners.set(profileKey(row), { id: row.id, name: row.name });
	}
	const people = new Map<string, Target>();
	const directory = await db
		.select({ id: creators.id, name: creators.name, email: creators.email })
		.from(creators)
		.where(eq(creators.workspaceId, workspaceId))
		.orderBy(asc(creators.createdAt), asc(creators.id));
	for (const c of directory) {
		const identity = creatorIdentity(c.name, c.email);
		if (!people.has(identity)) people.set(identity, { id: c.id, name: c.name });
	}

	const outcomes = new Map<number, RowOutcome>();
	const planned = parsed.creators.map((draft, index) => {
		const known = draft.profiles.map((p) => owners.get(profileKey(p)));
		// A handle already in the directory says who this is, even if they were renamed there.
		const target = known.find(Boolean) ?? people.get(draft.identity) ?? null;
		const profiles = draft.profiles.filter((_, i) => !known[i]);
		for (const row of draft.rows) {
			const i = draft.profiles.findIndex((p) => p.row === row);
			if (!target) outcomes.set(row, { kind: 'new' });
			else if (i >= 0 && !known[i]) outcomes.set(row, { kind: 'adds_to', creator: target.name });
			else outcomes.set(row, { kind: 'skipped', creator: (known[i] ?? target).name });
		}
		return { index, target, profiles };
	});
	return { creators: planned, outcomes };
}

export type ImportCounts = { creators: number; profiles: number; skipped: number };

function countsOf(p: Plan): ImportCounts {
	return {
		creators: p.creators.filter((c) => !c.target).length,
		profiles: p.creators.reduce((sum, c) => sum + c.profiles.length, 0),
		skipped: [...p.outcomes.values()].filter((o) => o.kind === 'skipped').length
	};
}

/**
 * What confirming would write, row by row (`rows[i]` for `parsed.rows[i]`; null for a row with
 * problems): new, added to a creator already in the directory, or skipped.
 */
export async function previewCreatorImport(db: Db, workspaceId: string, parsed: CreatorCsv) {
	const p = await plan(db, workspaceId, parsed);
	return {
		rows: parsed.rows.map((r) => (r.issues.length ? null : (p.outcomes.get(r.row) ?? null))),
		counts: countsOf(p)
	};
}

export { isBatch as isCreatorBatch } from './import';
// Ids are base32 (a–z, 2–7), so every id of a batch sorts in [batch, batch + '~').
const inBatch = (column: typeof creators.id | typeof creatorProfiles.id, batch: string) =>
	and(gte(column, batch), lt(column, `${batch}~`)) as SQL;

/** How many creators and profiles a batch added (still there). */
export async function getCreatorBatch(db: Reader, workspaceId: string, batch: string) {
	const [[made], [added]] = await Promise.all([
		db
			.select({ n: count() })
			.from(creators)
			.where(and(eq(creators.workspaceId, workspaceId), inBatch(creators.id, batch))),
		db
			.select({ n: count() })
			.from(creatorProfiles)
			.where(and(eq(creatorProfiles.workspaceId, workspaceId), inBatch(creatorProfiles.id, batch)))
	]);
	return { creators: made?.n ?? 0, profiles: added?.n ?? 0 };
}

export type CreatorImportOutcome =
	| ({ ok: true; batch: string } & ImportCounts)
	| { ok: false; reason: 'already-imported'; batch: string }
	/** Someone added one of these profiles between our check and our write. */
	| { ok: false; reason: 'conflict' };

function isUniqueViolation(error: unknown) {
	for (let e = error; e instanceof Error; e = e.cause) {
		if (/UNIQUE constraint failed/i.test(e.message)) return true;
	}
	return false;
}

/**
 * Writes every new creator and profile or none, in one write transaction that compares with the
 * directory again. `parsed` must be free of problems (the caller checked `errors === 0`).
 */
export async function importCreators(
	db: Db,
	workspaceId: string,
	userId: string,
	parsed: CreatorCsv,
	token: string,
	now = new Date()
): Promise<CreatorImportOutcome> {
	// The seed is the file as read, so line-break style or a BOM does not make a new batch.
	const seed = `${workspaceId}\u0000${token}\u0000${JSON.stringify(parsed.creators)}`;
	const profileTotal = parsed.creators.reduce((sum, c) => sum + c.profiles.length, 0);
	// Enough ids for everything in the file; creator i takes ids[i], profiles follow in file order.
	const { batch, ids } = batchIds(seed, parsed.creators.length + profileTotal);
	const profileIds = new Map(
		parsed.creators
			.flatMap((c) => c.profiles)
			.map((p, i) => [p.row, ids[parsed.creators.length + i]])
	);
	try {
		return await db.transaction(async (tx) => {
			const done = await getCreatorBatch(tx, workspaceId, batch);
			if (done.creators || done.profiles) {
				return { ok: false as const, reason: 'already-imported' as const, batch };
			}
			const p = await plan(tx, workspaceId, parsed);
			await write(tx, workspaceId, userId, parsed, p, { creatorIds: ids, profileIds }, now);
			return { ok: true as const, batch, ...countsOf(p) };
		});
	} catch (error) {
		if (isUniqueViolation(error)) return { ok: false, reason: 'conflict' };
		throw error;
	}
}

async function write(
	tx: Tx,
	workspaceId: string,
	userId: string,
	parsed: CreatorCsv,
	p: Plan,
	ids: { creatorIds: string[]; profileIds: Map<number, string> },
	now: Date
) {
	const fresh = p.creators.filter((c) => !c.target);
	const creatorRows = fresh.map(({ index, profiles }) => {
		const { identity: _, rows: __, profiles: ___, ...fields } = parsed.creators[index];
		const totalFollowers = profiles.reduce((sum, pr) => sum + (pr.followers ?? 0), 0);
		return {
			...fields,
			id: ids.creatorIds[index],
			workspaceId,
			totalFollowers,
			createdBy: userId,
			createdAt: now,
			updatedAt: now
		};
	});
	for (const part of chunks(creatorRows)) await tx.insert(creators).values(part);

	const targets = p.creators.flatMap((c) => (c.target && c.profiles.length ? [c.target.id] : []));
	const last = new Map<string, number>();
	for (const part of chunks(targets)) {
		const rows = await tx
			.select({ creatorId: creatorProfiles.creatorId, position: max(creatorProfiles.position) })
			.from(creatorProfiles)
			.where(inArray(creatorProfiles.creatorId, part))
			.groupBy(creatorProfiles.creatorId);
		for (const row of rows) last.set(row.creatorId, row.position ?? -1);
	}
	const profileRows = p.creators.flatMap(({ index, target, profiles }) => {
		const creatorId = target?.id ?? ids.creatorIds[index];
		const start = target ? (last.get(target.id) ?? -1) + 1 : 0;
		return profiles.map(({ row, ...profile }, i) => ({
			...profile,
			id: ids.profileIds.get(row)!,
			creatorId,
			workspaceId,
			position: start + i
		}));
	});
	for (const part of chunks(profileRows)) await tx.insert(creatorProfiles).values(part);

	// Creators that gained a profile: their reach is the sum again, and an open edit form is stale.
	for (const part of chunks(targets)) {
		await tx
			.update(creators)
			.set({
				totalFollowers: sql`(SELECT coalesce(sum(${creatorProfiles.followers}), 0) FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${creators.id})`,
				version: sql`${creators.version} + 1`,
				updatedAt: now
			})
			.where(and(eq(creators.workspaceId, workspaceId), inArray(creators.id, part)));
	}
}

/** The whole directory with every creator's profiles, for the CSV export: two queries. */
export async function listCreatorsForExport(
	db: Db,
	workspaceId: string,
	filters: DirectoryFilters = {}
): Promise<ExportCreator[]> {
	const where = and(...directoryConditions(db, workspaceId, filters));
	const chosen = db.select({ id: creators.id }).from(creators).where(where);
	const [people, profiles] = await Promise.all([
		db.select().from(creators).where(where).orderBy(asc(creators.name), asc(creators.id)),
		db
			.select()
			.from(creatorProfiles)
			.where(
				and(
					eq(creatorProfiles.workspaceId, workspaceId),
					inArray(creatorProfiles.creatorId, chosen)
				)
			)
			.orderBy(
				asc(creatorProfiles.creatorId),
				asc(creatorProfiles.position),
				asc(creatorProfiles.id)
			)
	]);
	const byCreator = new Map<string, ExportCreator['profiles']>();
	for (const p of profiles) {
		const list = byCreator.get(p.creatorId) ?? [];
		list.push({
			platform: p.platform,
			handle: p.handle,
			url: p.url,
			followers: p.followers,
			avgViews: p.avgViews,
			engagementBp: p.engagementBp,
			measuredOn: p.measuredOn
		});
		byCreator.set(p.creatorId, list);
	}
	return people.map((c) => ({
		name: c.name,
		niche: c.niche,
		tags: c.tags,
		country: c.country,
		language: c.language,
		email: c.email,
		wechat: c.wechat,
		whatsapp: c.whatsapp,
		agent: c.agent,
		rateCard: c.rateCard,
		shippingAddress: c.shippingAddress,
		notes: c.notes,
		doNotContact: c.doNotContact,
		doNotContactReason: c.doNotContactReason,
		profiles: byCreator.get(c.id) ?? []
	}));
}
