import {
	and,
	asc,
	count,
	desc,
	eq,
	exists,
	gte,
	inArray,
	isNull,
	lte,
	ne,
	or,
	sql,
	type SQL
} from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { handleKey, type CreatorPlatform } from '../../domain/creators';
import type { Db } from '../db/client';
import {
	brands,
	campaigns,
	collaborations,
	creatorProfiles,
	creators,
	type Creator,
	type CreatorProfile
} from '../db/schema';
import { newId } from '../db/ids';

/** A creator only through its workspace: an id of another workspace is simply not found. */
export async function getCreator(db: Db, workspaceId: string, id: string) {
	const [row] = await db
		.select()
		.from(creators)
		.where(and(eq(creators.id, id), eq(creators.workspaceId, workspaceId)));
	return row ?? null;
}

/** A creator's profiles in the order they were added. */
export async function listProfiles(db: Db, workspaceId: string, creatorId: string) {
	return db
		.select()
		.from(creatorProfiles)
		.where(
			and(eq(creatorProfiles.creatorId, creatorId), eq(creatorProfiles.workspaceId, workspaceId))
		)
		.orderBy(asc(creatorProfiles.position), asc(creatorProfiles.id));
}

// ---------------------------------------------------------------------------------------------
// The directory: search, filters, sort, pages.

export const DIRECTORY_SORTS = ['name', 'reach', 'engagement', 'newest'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const DIRECTORY_PAGE_SIZE = 50;

export type DirectoryFilters = {
	/** Name, any profile's handle, niche, a tag or the email contain this (letter case ignored). */
	q?: string;
	/** Has a profile on this platform; the follower and engagement limits then apply to it. */
	platform?: CreatorPlatform | null;
	minFollowers?: number | null;
	maxFollowers?: number | null;
	/** Basis points (350 = 3.5 %). */
	minEngagementBp?: number | null;
	niche?: string;
	country?: string;
	language?: string;
	/** One exact tag (letter case ignored). */
	tag?: string;
	/** Do-not-contact creators: listed with the others (default), left out, or the only ones. */
	doNotContact?: 'show' | 'hide' | 'only';
	/**
	 * Only creators who have a collaboration with one of these brands: what a member limited to
	 * chosen brands as viewer or approver may see (domain/access.ts `creatorScope`). Not a filter a
	 * person sets: the guard's scope, so the page, its counts and the export agree.
	 */
	withBrands?: readonly string[];
};

/** Creators who collaborate with one of `brandIds` (none: no creator at all). */
function collaboratesWith(db: Db, brandIds: readonly string[]) {
	if (brandIds.length === 0) return sql`0`;
	const theirs = db
		.select({ one: sql`1` })
		.from(collaborations)
		.where(
			and(eq(collaborations.creatorId, creators.id), inArray(collaborations.brandId, [...brandIds]))
		);
	return exists(theirs);
}

export type DirectoryPage = { sort: DirectorySort; dir: 'asc' | 'desc'; page: number };

/** `%` and `_` typed in a search are letters, not LIKE wildcards. */
export function escapeLike(text: string) {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
const contains = (column: SQLiteColumn | SQL, text: string) =>
	sql`${column} LIKE ${`%${escapeLike(text)}%`} ESCAPE '\\'`;

/** The WHERE of the directory's filters, shared by its pages and its CSV export. */
export function directoryConditions(db: Db, workspaceId: string, f: DirectoryFilters) {
	const conditions: SQL[] = [eq(creators.workspaceId, workspaceId)];
	if (f.withBrands) conditions.push(collaboratesWith(db, f.withBrands));
	const q = f.q?.trim();
	if (q) {
		const key = handleKey(q);
		const matches = [
			contains(creators.name, q),
			contains(creators.niche, q),
			contains(creators.email, q),
			sql`EXISTS (SELECT 1 FROM json_each(${creators.tags}) WHERE value LIKE ${`%${escapeLike(q)}%`} ESCAPE '\\')`
		];
		if (key) {
			const handles = db
				.select({ one: sql`1` })
				.from(creatorProfiles)
				.where(
					and(eq(creatorProfiles.creatorId, creators.id), contains(creatorProfiles.handleKey, key))
				);
			matches.push(exists(handles));
		}
		conditions.push(or(...matches)!);
	}
	// Platform, followers and engagement are judged on one and the same profile.
	const profile: SQL[] = [];
	if (f.platform) profile.push(eq(creatorProfiles.platform, f.platform));
	if (f.minFollowers != null) profile.push(gte(creatorProfiles.followers, f.minFollowers));
	if (f.maxFollowers != null) profile.push(lte(creatorProfiles.followers, f.maxFollowers));
	if (f.minEngagementBp != null) profile.push(gte(creatorProfiles.engagementBp, f.minEngagementBp));
	if (profile.length) {
		const matching = db
			.select({ one: sql`1` })
			.from(creatorProfiles)
			.where(and(eq(creatorProfiles.creatorId, creators.id), ...profile));
		conditions.push(exists(matching));
	}
	if (f.niche?.trim()) conditions.push(contains(creators.niche, f.niche.trim()));
	if (f.country) conditions.push(eq(creators.country, f.country));
	if (f.language) conditions.push(eq(creators.language, f.language));
	if (f.tag?.trim()) {
		conditions.push(
			sql`EXISTS (SELECT 1 FROM json_each(${creators.tags}) WHERE value = ${f.tag.trim()} COLLATE NOCASE)`
		);
	}
	if (f.doNotContact === 'hide') conditions.push(eq(creators.doNotContact, false));
	if (f.doNotContact === 'only') conditions.push(eq(creators.doNotContact, true));
	return conditions;
}

/** The best engagement rate among the creator's profiles (of the chosen platform, if any). */
function bestEngagement(platform: CreatorPlatform | null | undefined) {
	const onPlatform = platform ? sql` AND ${creatorProfiles.platform} = ${platform}` : sql``;
	return sql`(SELECT max(${creatorProfiles.engagementBp}) FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${creators.id}${onPlatform})`;
}

const directoryColumns = {
	id: creators.id,
	name: creators.name,
	niche: creators.niche,
	tags: creators.tags,
	country: creators.country,
	language: creators.language,
	doNotContact: creators.doNotContact,
	doNotContactReason: creators.doNotContactReason,
	totalFollowers: creators.totalFollowers,
	createdAt: creators.createdAt
};

/**
 * One page of the directory, as a query (tests read its plan). Name and reach are read in the
 * order of their index, (workspace_id, name) and (workspace_id, total_followers); names sort by
 * code point, as the index holds them.
 */
export function directoryQuery(
	db: Db,
	workspaceId: string,
	filters: DirectoryFilters,
	page: DirectoryPage
) {
	const by = page.dir === 'desc' ? desc : asc;
	const engagement = bestEngagement(filters.platform);
	const order: Record<DirectorySort, SQL[]> = {
		name: [by(creators.name), by(creators.id)],
		reach: [by(creators.totalFollowers), by(creators.id)],
		// Creators without any rate last, whichever the direction.
		engagement: [sql`${engagement} IS NULL`, by(engagement), asc(creators.name), asc(creators.id)],
		newest: [by(creators.createdAt), by(creators.id)]
	};
	return db
		.select(directoryColumns)
		.from(creators)
		.where(and(...directoryConditions(db, workspaceId, filters)))
		.orderBy(...order[page.sort])
		.limit(DIRECTORY_PAGE_SIZE)
		.offset((page.page - 1) * DIRECTORY_PAGE_SIZE);
}

export type DirectoryProfile = Pick<
	CreatorProfile,
	'id' | 'platform' | 'handle' | 'url' | 'followers' | 'engagementBp'
>;

/** A page of the directory with every listed creator's profiles, and how many match in all. */
export async function listCreators(
	db: Db,
	workspaceId: string,
	filters: DirectoryFilters,
	page: DirectoryPage
) {
	const [rows, [{ total }]] = await Promise.all([
		directoryQuery(db, workspaceId, filters, page),
		db
			.select({ total: count() })
			.from(creators)
			.where(and(...directoryConditions(db, workspaceId, filters)))
	]);
	// One query for the whole page's profiles, not one per creator.
	const profiles = rows.length
		? await db
				.select({
					creatorId: creatorProfiles.creatorId,
					id: creatorProfiles.id,
					platform: creatorProfiles.platform,
					handle: creatorProfiles.handle,
					url: creatorProfiles.url,
					followers: creatorProfiles.followers,
					engagementBp: creatorProfiles.engagementBp
				})
				.from(creatorProfiles)
				.where(
					inArray(
						creatorProfiles.creatorId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(creatorProfiles.creatorId), asc(creatorProfiles.position))
		: [];
	const byCreator = new Map<string, DirectoryProfile[]>();
	for (const { creatorId, ...profile } of profiles) {
		byCreator.set(creatorId, [...(byCreator.get(creatorId) ?? []), profile]);
	}
	return {
		total,
		rows: rows.map((row) => ({
			...row,
			profiles: byCreator.get(row.id) ?? []
		}))
	};
}

/**
 * What the filter form offers: the tags and countries the directory uses, and its size — of the
 * creators the member may see (`withBrands`, see DirectoryFilters).
 */
export async function listDirectoryFacets(
	db: Db,
	workspaceId: string,
	scope: Pick<DirectoryFilters, 'withBrands'> = {}
) {
	const visible = and(
		eq(creators.workspaceId, workspaceId),
		scope.withBrands ? collaboratesWith(db, scope.withBrands) : undefined
	);
	const [[{ total }], tags, countries] = await Promise.all([
		db.select({ total: count() }).from(creators).where(visible),
		db.all<{ tag: string }>(
			sql`SELECT DISTINCT tag.value AS tag FROM ${creators}, json_each(${creators.tags}) AS tag WHERE ${visible} ORDER BY tag.value COLLATE NOCASE LIMIT 500`
		),
		db
			.selectDistinct({ country: creators.country })
			.from(creators)
			.where(and(visible, ne(creators.country, '')))
	]);
	return {
		total,
		tags: [...new Map(tags.map((t) => [t.tag.toLowerCase(), t.tag])).values()],
		countries: countries.map((c) => c.country)
	};
}

// ---------------------------------------------------------------------------------------------
// Writes.

export type CreatorInput = Pick<
	Creator,
	| 'name'
	| 'niche'
	| 'tags'
	| 'country'
	| 'language'
	| 'email'
	| 'wechat'
	| 'whatsapp'
	| 'agent'
	| 'rateCard'
	| 'shippingAddress'
	| 'notes'
	| 'doNotContact'
	| 'doNotContactReason'
>;

export type ProfileInput = Pick<
	CreatorProfile,
	'platform' | 'handle' | 'url' | 'followers' | 'avgViews' | 'engagementBp' | 'measuredOn'
>;

export type HandleRef = { platform: CreatorPlatform; handle: string };

/**
 * A platform + handle that is taken: by a creator of the directory, or (creatorId null) by
 * another row of the same submission.
 */
export type Duplicate = {
	platform: CreatorPlatform;
	/** As the caller gave it. */
	handle: string;
	creatorId: string | null;
	creatorName: string | null;
	profileId: string | null;
};

type Duplicated = { ok: false; reason: 'duplicate'; duplicates: Duplicate[] };

/**
 * Which of these platform + handle pairs already belong to a creator of the workspace (compared
 * as `handleKey`: "@Chewy.Tales" is "chewy.tales"), read through the unique index.
 */
export async function findDuplicates(
	db: Db,
	workspaceId: string,
	refs: readonly HandleRef[],
	exceptCreatorId?: string
): Promise<Duplicate[]> {
	const wanted = refs
		.map((ref) => ({ ...ref, key: handleKey(ref.handle) }))
		.filter((ref) => ref.key !== '');
	if (!wanted.length) return [];
	const rows = await db
		.select({
			profileId: creatorProfiles.id,
			platform: creatorProfiles.platform,
			handleKey: creatorProfiles.handleKey,
			creatorId: creators.id,
			creatorName: creators.name
		})
		.from(creatorProfiles)
		.innerJoin(creators, eq(creators.id, creatorProfiles.creatorId))
		.where(
			and(
				eq(creatorProfiles.workspaceId, workspaceId),
				or(
					...wanted.map((ref) =>
						and(eq(creatorProfiles.platform, ref.platform), eq(creatorProfiles.handleKey, ref.key))
					)
				),
				exceptCreatorId ? ne(creatorProfiles.creatorId, exceptCreatorId) : undefined
			)
		);
	return wanted.flatMap((ref) =>
		rows
			.filter((row) => row.platform === ref.platform && row.handleKey === ref.key)
			.map((row) => ({
				platform: ref.platform,
				handle: ref.handle,
				creatorId: row.creatorId,
				creatorName: row.creatorName,
				profileId: row.profileId
			}))
	);
}

/** Pairs named twice in one submission (the later ones). */
function repeatedIn(profiles: readonly HandleRef[]): Duplicate[] {
	const seen = new Set<string>();
	return profiles.flatMap((p) => {
		const key = `${p.platform}\u0000${handleKey(p.handle)}`;
		if (!seen.has(key)) {
			seen.add(key);
			return [];
		}
		return [
			{
				platform: p.platform,
				handle: p.handle,
				creatorId: null,
				creatorName: null,
				profileId: null
			}
		];
	});
}

/** The unique (workspace, platform, handle_key) index refused a row: someone got there first. */
export function isHandleTaken(error: unknown): boolean {
	for (let e = error; e instanceof Error; e = e.cause) {
		if (/UNIQUE constraint failed: creator_profiles\./.test(e.message)) return true;
	}
	return false;
}

/** Keeps `creators.total_followers` the sum of the profiles', in the batch that changes them. */
const syncReach = (db: Db, creatorId: string) =>
	db
		.update(creators)
		.set({
			totalFollowers: sql`(SELECT coalesce(sum(${creatorProfiles.followers}), 0) FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${creators.id})`,
			updatedAt: new Date()
		})
		.where(eq(creators.id, creatorId));

const profileRow = (workspaceId: string, creatorId: string, p: ProfileInput, position: number) => ({
	...p,
	id: newId(),
	creatorId,
	workspaceId,
	handleKey: handleKey(p.handle),
	position
});

/**
 * Adds a creator with its profiles, all or nothing. A platform + handle already in the
 * directory (or named twice) is answered as a duplicate — also when another request took it
 * between our check and our insert (the unique index decides; never a 500).
 */
export async function createCreator(
	db: Db,
	workspaceId: string,
	input: CreatorInput,
	profiles: readonly ProfileInput[],
	userId: string | null,
	now = new Date()
): Promise<{ ok: true; id: string } | Duplicated> {
	const repeated = repeatedIn(profiles);
	if (repeated.length) return { ok: false, reason: 'duplicate', duplicates: repeated };
	const taken = await findDuplicates(db, workspaceId, profiles);
	if (taken.length) return { ok: false, reason: 'duplicate', duplicates: taken };
	const id = newId();
	const totalFollowers = profiles.reduce((sum, p) => sum + (p.followers ?? 0), 0);
	const statements: [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]] = [
		db.insert(creators).values({
			...input,
			id,
			workspaceId,
			totalFollowers,
			createdBy: userId,
			createdAt: now,
			updatedAt: now
		})
	];
	if (profiles.length) {
		const rows = profiles.map((p, position) => profileRow(workspaceId, id, p, position));
		statements.push(db.insert(creatorProfiles).values(rows));
	}
	try {
		await db.batch(statements);
	} catch (error) {
		if (!isHandleTaken(error)) throw error;
		return {
			ok: false,
			reason: 'duplicate',
			duplicates: await findDuplicates(db, workspaceId, profiles)
		};
	}
	return { ok: true, id };
}

type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict' | 'not-found' };

/** Saves only if the creator is still at `version` (nobody saved it meanwhile). */
export async function updateCreator(
	db: Db,
	workspaceId: string,
	id: string,
	version: number,
	input: CreatorInput
): Promise<SaveResult> {
	const rows = await db
		.update(creators)
		.set({ ...input, version: sql`${creators.version} + 1`, updatedAt: new Date() })
		.where(
			and(eq(creators.id, id), eq(creators.workspaceId, workspaceId), eq(creators.version, version))
		)
		.returning({ version: creators.version });
	if (rows.length) return { ok: true, version: rows[0].version };
	return (await getCreator(db, workspaceId, id))
		? { ok: false, reason: 'conflict' }
		: { ok: false, reason: 'not-found' };
}

/** Deletes a creator; its profiles and collaborations (with their parts) go with it. */
export async function deleteCreator(db: Db, workspaceId: string, id: string) {
	const rows = await db
		.delete(creators)
		.where(and(eq(creators.id, id), eq(creators.workspaceId, workspaceId)))
		.returning({ id: creators.id });
	return rows.length > 0;
}

/** Adds a profile after the creator's others; reach follows in the same batch. */
export async function addProfile(
	db: Db,
	workspaceId: string,
	creatorId: string,
	profile: ProfileInput
): Promise<{ ok: true; id: string } | { ok: false; reason: 'not-found' } | Duplicated> {
	if (!(await getCreator(db, workspaceId, creatorId))) return { ok: false, reason: 'not-found' };
	const taken = await findDuplicates(db, workspaceId, [profile]);
	if (taken.length) return { ok: false, reason: 'duplicate', duplicates: taken };
	const row = profileRow(workspaceId, creatorId, profile, 0);
	const next = sql`(SELECT coalesce(max(${creatorProfiles.position}), -1) + 1 FROM ${creatorProfiles} WHERE ${creatorProfiles.creatorId} = ${creatorId})`;
	try {
		await db.batch([
			db.insert(creatorProfiles).values({ ...row, position: next }),
			syncReach(db, creatorId)
		]);
	} catch (error) {
		if (!isHandleTaken(error)) throw error;
		return {
			ok: false,
			reason: 'duplicate',
			duplicates: await findDuplicates(db, workspaceId, [profile])
		};
	}
	return { ok: true, id: row.id };
}

const same = (column: SQLiteColumn, value: string | number | null) =>
	value === null ? isNull(column) : eq(column, value);

/**
 * Saves a profile only if it still holds `expected` (what the form was loaded with): profiles
 * carry no version column, so the values themselves are compared. Reach follows in the batch.
 */
export async function updateProfile(
	db: Db,
	workspaceId: string,
	creatorId: string,
	profileId: string,
	expected: ProfileInput,
	input: ProfileInput
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'conflict' } | Duplicated> {
	const taken = (await findDuplicates(db, workspaceId, [input])).filter(
		(d) => d.profileId !== profileId
	);
	if (taken.length) return { ok: false, reason: 'duplicate', duplicates: taken };
	const owned = and(
		eq(creatorProfiles.id, profileId),
		eq(creatorProfiles.creatorId, creatorId),
		eq(creatorProfiles.workspaceId, workspaceId)
	);
	const unchanged = (Object.keys(expected) as (keyof ProfileInput)[]).map((key) =>
		same(creatorProfiles[key], expected[key])
	);
	let updated: { id: string }[];
	try {
		[updated] = await db.batch([
			db
				.update(creatorProfiles)
				.set({ ...input, handleKey: handleKey(input.handle) })
				.where(and(owned, ...unchanged))
				.returning({ id: creatorProfiles.id }),
			syncReach(db, creatorId)
		]);
	} catch (error) {
		if (!isHandleTaken(error)) throw error;
		const duplicates = (await findDuplicates(db, workspaceId, [input])).filter(
			(d) => d.profileId !== profileId
		);
		return { ok: false, reason: 'duplicate', duplicates };
	}
	if (updated.length) return { ok: true };
	const [still] = await db.select({ id: creatorProfiles.id }).from(creatorProfiles).where(owned);
	return { ok: false, reason: still ? 'conflict' : 'not-found' };
}

/** Removes one of a creator's profiles; reach follows in the same batch. */
export async function removeProfile(
	db: Db,
	workspaceId: string,
	creatorId: string,
	profileId: string
) {
	const [removed] = await db.batch([
		db
			.delete(creatorProfiles)
			.where(
				and(
					eq(creatorProfiles.id, profileId),
					eq(creatorProfiles.creatorId, creatorId),
					eq(creatorProfiles.workspaceId, workspaceId)
				)
			)
			.returning({ id: creatorProfiles.id }),
		syncReach(db, creatorId)
	]);
	return removed.length > 0;
}

// ---------------------------------------------------------------------------------------------
// The creator page: their collaborations across the workspace's brands (read-only here).

/**
 * Whether a member whose scope is `withBrands` (see DirectoryFilters) may see the creator: a
 * creator out of their sight answers 404 like a missing one.
 */
export async function isCreatorVisible(
	db: Db,
	workspaceId: string,
	creatorId: string,
	scope: Pick<DirectoryFilters, 'withBrands'>
) {
	if (!scope.withBrands) return true;
	const [row] = await db
		.select({ id: creators.id })
		.from(creators)
		.where(
			and(
				eq(creators.workspaceId, workspaceId),
				eq(creators.id, creatorId),
				collaboratesWith(db, scope.withBrands)
			)
		);
	return Boolean(row);
}

/** `brandIds`: only the collaborations of these brands (a member limited to chosen brands). */
export async function listCreatorCollaborations(
	db: Db,
	workspaceId: string,
	creatorId: string,
	brandIds: readonly string[] | null = null
) {
	return db
		.select({
			id: collaborations.id,
			brandId: brands.id,
			brandName: brands.name,
			brandArchived: sql<boolean>`${brands.archivedAt} IS NOT NULL`.mapWith(Boolean),
			marketTimeZone: brands.marketTimeZone,
			stage: collaborations.stage,
			campaignId: campaigns.id,
			campaignName: campaigns.name,
			nextStep: collaborations.nextStep,
			followUpOn: collaborations.followUpOn,
			stageChangedAt: collaborations.stageChangedAt
		})
		.from(collaborations)
		.innerJoin(
			brands,
			and(eq(brands.id, collaborations.brandId), eq(brands.workspaceId, workspaceId))
		)
		.leftJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
		.where(
			and(
				eq(collaborations.creatorId, creatorId),
				brandIds ? inArray(collaborations.brandId, [...brandIds]) : undefined
			)
		)
		.orderBy(asc(brands.name), desc(collaborations.stageChangedAt), asc(collaborations.id));
}
