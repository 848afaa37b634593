import { and, eq } from 'drizzle-orm';
import { membershipRoleFor } from '../../domain/access';
import type { Role } from '../../domain/roles';
import { UNSCHEDULED } from '../../domain/schedule';
import type { CreatorPlatform } from '../../domain/creators';
import {
	annotations,
	campaigns,
	collaborations,
	contentItems,
	deliverables,
	goals,
	itemSeries,
	memberBrands,
	memberships,
	samples
} from '../db/schema';
import { newId } from '../db/ids';
import type { Database } from '../db/client';
import { createAccount } from '../queries/users';
import { hashPassword } from '../password';
import { createBrand, type BrandInput } from '../queries/brands';
import { createChannel, type ChannelInput } from '../queries/channels';
import type { PillarInput } from '../queries/pillars';
import type { PersonaInput } from '../queries/personas';
import type { CampaignInput } from '../queries/campaigns';
import { createCreator, type CreatorInput, type ProfileInput } from '../queries/creators';
import type { DeliverableInput } from '../queries/deliverables';
import type { ItemInput } from '../queries/items';
import { addMetric } from '../queries/metrics';
import type { SampleInput } from '../queries/samples';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/channels';
import type { MetricKind } from '../../domain/metrics';

// Factories come in two kinds: `…Input` builds the complete input a query takes, with neutral
// defaults, so a test names only the fields it is about; `make…` writes rows and returns their ids.
// A default here is part of many tests' arrangement: change one and read the tests that rely on it.

type Db = Database['db'];

let counter = 0;
// Hashing is deliberately slow; factories share one hash of the default password.
let defaultHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

export async function makeUser(
	db: Db,
	overrides: Partial<{ name: string; email: string; workspaceName: string }> = {}
) {
	counter += 1;
	defaultHash ??= hashPassword(TEST_PASSWORD);
	const email = overrides.email ?? `user${counter}-${Date.now()}@example.test`;
	const result = await createAccount(db, {
		name: overrides.name ?? `User ${counter}`,
		email,
		passwordHash: await defaultHash,
		workspaceName: overrides.workspaceName ?? `Workspace ${counter}`
	});
	if (!result.ok) throw new Error(`could not create ${email}: ${result.reason}`);
	return { ...result, email };
}

/** The user's role in the workspace, or null when they are not a member. */
export async function membershipRole(db: Db, workspaceId: string, userId: string) {
	const [row] = await db
		.select({ role: memberships.role })
		.from(memberships)
		.where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
	return row?.role ?? null;
}

export async function addMember(db: Db, workspaceId: string, userId: string, role: Role) {
	await db.insert(memberships).values({ workspaceId, userId, role });
}

/** A member limited to chosen brands, with a role in each (`{ [brandId]: role }`). */
export async function addScopedMember(
	db: Db,
	workspaceId: string,
	userId: string,
	brandRoles: Record<string, Role>
) {
	const grants = Object.entries(brandRoles).map(([brandId, role]) => ({ brandId, role }));
	await db.insert(memberships).values({
		workspaceId,
		userId,
		role: membershipRoleFor(grants.map((g) => g.role)),
		brandScope: 'chosen'
	});
	if (grants.length) {
		await db.insert(memberBrands).values(grants.map((g) => ({ workspaceId, userId, ...g })));
	}
}

/** A complete brand as createBrand takes it; tests name only what they care about. */
export function brandInput(overrides: Partial<BrandInput> = {}): BrandInput {
	return {
		name: 'Bump & Bloom',
		niche: 'yoga mats for pregnant women',
		positioning: '',
		valueProposition: '',
		toneOfVoice: '',
		targetMarkets: ['US'],
		homeTimeZone: 'Asia/Shanghai',
		marketTimeZone: 'America/New_York',
		currency: 'USD',
		colour: '#166534',
		websiteUrl: '',
		trademarkStatus: 'none',
		trademarkOffice: '',
		trademarkNumber: '',
		trademarkFiledOn: null,
		trademarkRegisteredOn: null,
		brandRegistryStatus: 'not_enrolled',
		...overrides
	};
}

/** A complete persona as createPersona takes it. */
export function personaInput(overrides: Partial<PersonaInput> & { name: string }): PersonaInput {
	return {
		summary: '',
		ageMin: null,
		ageMax: null,
		lifeStage: '',
		pains: '',
		goals: '',
		objections: '',
		buyingTriggers: '',
		channelKinds: [],
		note: '',
		...overrides
	};
}

/** A complete channel as createChannel takes it; ownership follows the kind, as the form does. */
export function channelInput(
	kind: ChannelKind,
	overrides: Partial<ChannelInput> = {}
): ChannelInput {
	return {
		kind,
		label: '',
		handle: '',
		ownership: CHANNEL_KINDS[kind].ownership,
		weeklyCadence: 0,
		timeZone: 'America/New_York',
		...overrides
	};
}

/** A metric on a channel of the brand; fails the test if it cannot be added. */
export async function makeMetric(db: Db, brandId: string, channelId: string, kind: MetricKind) {
	const added = await addMetric(db, brandId, { channelId, kind });
	if (!added.ok) throw new Error(`could not add ${kind}: ${added.reason}`);
	return added.id;
}

/** A brand in an existing workspace. */
export function makeBrand(db: Db, workspaceId: string, overrides: Partial<BrandInput> = {}) {
	return createBrand(db, workspaceId, brandInput(overrides));
}

/** A new user, their own workspace and one brand in it: the usual start of a test. */
export async function makeUserWithBrand(db: Db, overrides: Partial<BrandInput> = {}) {
	const user = await makeUser(db);
	return { ...user, brandId: await makeBrand(db, user.workspaceId, overrides) };
}

/** A channel of the brand (see channelInput for its defaults). */
export function makeChannel(
	db: Db,
	brandId: string,
	kind: ChannelKind,
	overrides: Partial<ChannelInput> = {}
) {
	return createChannel(db, brandId, channelInput(kind, overrides));
}

/** A new user with a brand that has one channel and one metric on it. */
export async function makeBrandWithMetric(
	db: Db,
	channelKind: ChannelKind = 'email',
	metricKind: MetricKind = 'email_subscribers'
) {
	const { userId, workspaceId, brandId } = await makeUserWithBrand(db);
	const channelId = await makeChannel(db, brandId, channelKind);
	const metricId = await makeMetric(db, brandId, channelId, metricKind);
	return { userId, workspaceId, brandId, channelId, metricId };
}

/** A complete pillar as createPillar takes it. */
export function pillarInput(overrides: Partial<PillarInput> & { name: string }): PillarInput {
	return { description: '', colour: '#0f766e', targetShare: 25, ...overrides };
}

/** A complete, unscheduled draft as createItem takes it, on no channel. */
export function itemInput(overrides: Partial<ItemInput> = {}): ItemInput {
	return {
		channelId: null,
		format: 'short_video',
		title: 'Post',
		brief: '',
		caption: '',
		pillarId: null,
		personaId: null,
		campaignId: null,
		ownerId: null,
		status: 'draft',
		linkUrl: '',
		publishedUrl: '',
		...UNSCHEDULED,
		...overrides
	};
}

/** A complete campaign as createCampaign takes it. */
export function campaignInput(overrides: Partial<CampaignInput> = {}): CampaignInput {
	return {
		name: 'Holiday gifting',
		goal: 'Grow the list by 800',
		personaId: null,
		startDate: '2026-11-20',
		endDate: '2026-12-10',
		budgetMinor: 150_000,
		utmCampaign: 'holiday-2026',
		...overrides
	};
}

/** A complete creator as createCreator takes it: a name and nothing else. */
export function creatorInput(overrides: Partial<CreatorInput> = {}): CreatorInput {
	return {
		name: 'Creator',
		niche: '',
		tags: [],
		country: '',
		language: '',
		email: '',
		wechat: '',
		whatsapp: '',
		agent: '',
		rateCard: [],
		shippingAddress: '',
		notes: '',
		doNotContact: false,
		doNotContactReason: '',
		...overrides
	};
}

/** A creator's profile on one platform, with no numbers measured. */
export function profileInput(
	platform: CreatorPlatform,
	handle: string,
	overrides: Partial<ProfileInput> = {}
): ProfileInput {
	return {
		platform,
		handle,
		url: '',
		followers: null,
		avgViews: null,
		engagementBp: null,
		measuredOn: null,
		...overrides
	};
}

/** A sample shipped from China and not yet delivered. */
export function sampleInput(overrides: Partial<SampleInput> = {}): SampleInput {
	return {
		product: 'Bloom mat, sage',
		sku: 'BB-MAT-SAGE',
		quantity: 1,
		shipFrom: 'china',
		carrier: 'YunExpress',
		trackingNumber: 'YT2412345678901234',
		shippedOn: '2026-03-02',
		deliveredOn: null,
		landedCostMinor: 1_850,
		shippingCostMinor: 1_200,
		...overrides
	};
}

/** One TikTok video due 10 March 2026, its caption disclosed. */
export function deliverableInput(overrides: Partial<DeliverableInput> = {}): DeliverableInput {
	return {
		kind: 'short_video',
		platform: 'tiktok',
		count: 1,
		dueOn: '2026-03-10',
		caption: 'Our mat, day 3 of the challenge #ad',
		publishedUrl: '',
		...overrides
	};
}

/** When the outreach tests' collaborations last changed stage: 1 March 2026. */
export const STAGE_CHANGED_AT = new Date(Date.UTC(2026, 2, 1));

/**
 * A collaboration row to insert straight into the table (no log, no checks): in US dollars, at
 * the first stage, last moved at STAGE_CHANGED_AT.
 */
export function collaborationRow(
	row: Pick<typeof collaborations.$inferInsert, 'id' | 'brandId' | 'creatorId'> &
		Partial<typeof collaborations.$inferInsert>
): typeof collaborations.$inferInsert {
	return { currency: 'USD', stageChangedAt: STAGE_CHANGED_AT, ...row };
}

/** A campaign row to insert straight into the table: "Spring", all of March 2026. */
export function campaignRow(
	brandId: string,
	overrides: Partial<typeof campaigns.$inferInsert> = {}
): typeof campaigns.$inferInsert {
	return {
		id: 'spring',
		brandId,
		name: 'Spring',
		startDate: '2026-03-01',
		endDate: '2026-03-31',
		...overrides
	};
}

// Rows written straight into their tables (no log, no checks, no version bumps), each with a new
// id that is returned: for browser tests that arrange a page's data rather than click it together.
// Columns left out take the table's defaults, as an INSERT naming only the given ones would.

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/**
 * A content item of the brand, made by nobody: itemInput's unscheduled draft on no channel,
 * unless the test says otherwise (a scheduled item names its date, time, zone and instant).
 */
export async function makeItem(
	db: Db,
	brandId: string,
	overrides: Partial<Omit<Insert<typeof contentItems>, 'id' | 'brandId'>> = {}
) {
	const id = newId();
	await db.insert(contentItems).values({ ...itemInput(), ...overrides, id, brandId });
	return id;
}

/** A campaign of the brand: campaignRow's "Spring" (March 2026) unless told otherwise. */
export async function makeCampaign(
	db: Db,
	brandId: string,
	overrides: Partial<Omit<Insert<typeof campaigns>, 'id' | 'brandId'>> = {}
) {
	const id = newId();
	await db.insert(campaigns).values(campaignRow(brandId, { ...overrides, id }));
	return id;
}

/** A creator of the workspace with its profiles (none by default); fails the test on a duplicate. */
export async function makeCreator(
	db: Db,
	workspaceId: string,
	overrides: Partial<CreatorInput> = {},
	profiles: ProfileInput[] = []
) {
	const made = await createCreator(db, workspaceId, creatorInput(overrides), profiles, null);
	if (!made.ok) throw new Error(`could not add creator ${overrides.name ?? ''}: ${made.reason}`);
	return made.id;
}

/** A collaboration as collaborationRow builds it (US dollars, first stage), under a new id. */
export async function makeCollaboration(
	db: Db,
	row: Omit<Parameters<typeof collaborationRow>[0], 'id'>
) {
	const id = newId();
	await db.insert(collaborations).values(collaborationRow({ ...row, id }));
	return id;
}

/** A deliverable of the collaboration: one TikTok short video with nothing else filled in. */
export async function makeDeliverable(
	db: Db,
	collaborationId: string,
	overrides: Partial<Omit<Insert<typeof deliverables>, 'id' | 'collaborationId'>> = {}
) {
	const id = newId();
	await db
		.insert(deliverables)
		.values({ kind: 'short_video', platform: 'tiktok', ...overrides, id, collaborationId });
	return id;
}

/** A sample of the collaboration: a product name and nothing else filled in. */
export async function makeSample(
	db: Db,
	collaborationId: string,
	overrides: Partial<Omit<Insert<typeof samples>, 'id' | 'collaborationId'>> = {}
) {
	const id = newId();
	await db.insert(samples).values({ product: 'Mat', ...overrides, id, collaborationId });
	return id;
}

/** The rule of a series, without its items (add them with makeItem and `seriesId`): weekly, twice. */
export async function makeSeries(
	db: Db,
	brandId: string,
	overrides: Partial<Omit<Insert<typeof itemSeries>, 'id' | 'brandId'>> = {}
) {
	const id = newId();
	await db
		.insert(itemSeries)
		.values({ frequency: 'weekly', startDate: '2026-03-04', count: 2, ...overrides, id, brandId });
	return id;
}

/** A goal on one of the brand's metrics, made by nobody. */
export async function makeGoal(
	db: Db,
	brandId: string,
	row: Pick<Insert<typeof goals>, 'metricId' | 'target' | 'startDay' | 'dueDay'>
) {
	const id = newId();
	await db.insert(goals).values({ ...row, id, brandId });
	return id;
}

/** A note on every chart of the brand (no metric), made by nobody. */
export async function makeNote(
	db: Db,
	brandId: string,
	row: Pick<Insert<typeof annotations>, 'day' | 'text'> &
		Partial<Omit<Insert<typeof annotations>, 'id' | 'brandId'>>
) {
	const id = newId();
	await db.insert(annotations).values({ ...row, id, brandId });
	return id;
}
