import type { Client, InStatement, InValue } from '@libsql/client';
import type { Database } from '../db/client';
import { newId } from '../db/ids';
import { hashPassword } from '../password';
import { createAccount } from '../queries/users';
import { random } from './demo-results';
import { addDays, daysBetween, resolveWall, today } from '../../domain/zoned-time';
import { METRIC_INFO, type MetricKind } from '../../domain/metrics';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/channels';

/**
 * Agency-size data for benchmarks and the reliability suites (issue 7): one workspace with many
 * brands, years of calendar items, thousands of creators and collaborations, and daily values for
 * twenty metrics per brand. Deterministic from `seed`; written with multi-row INSERTs in one
 * transaction per table and brand, so the full agency loads in about a minute, not hours.
 */
export type SeedScale = {
	brands: number;
	itemsPerBrand: number;
	creators: number;
	collaborations: number;
	/** Days of metric values ending yesterday (market zone). */
	days: number;
};

export const AGENCY: SeedScale = {
	brands: 50,
	itemsPerBrand: 2_000,
	creators: 5_000,
	collaborations: 20_000,
	days: 5 * 365 + 1
};

export const LARGE_ACCOUNT = { email: 'agency@freehold.test', password: 'freehold-agency' };

const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo'];
// Twelve channels whose metrics make twenty: 3 email, 5 storefront, 3 SMS, 1 community and a
// followers count on each of eight platforms.
const CHANNELS: [ChannelKind, MetricKind[]][] = [
	['email', ['email_subscribers', 'signups', 'unsubscribes']],
	['storefront', ['sessions', 'visitors', 'orders', 'revenue', 'customers']],
	['sms', ['sms_subscribers', 'signups', 'unsubscribes']],
	['community', ['community_members']],
	...(
		[
			'tiktok',
			'instagram',
			'xiaohongshu',
			'youtube',
			'facebook',
			'pinterest',
			'douyin',
			'bilibili'
		] as const
	).map((k): [ChannelKind, MetricKind[]] => [k, ['followers']])
];
const STAGE_WEIGHTS: [string, number][] = [
	['prospect', 30],
	['contacted', 20],
	['negotiating', 10],
	['agreed', 8],
	['sample_shipped', 7],
	['content_live', 8],
	['paid', 10],
	['declined', 4],
	['no_reply', 3]
];
const PLATFORMS = ['tiktok', 'instagram', 'xiaohongshu', 'youtube', 'douyin'];
const TIMES = ['08:00', '09:30', '12:00', '17:30', '19:00', '20:30'];
const ROWS_PER_INSERT = 400;
/** The columns of a seeded calendar item row, in the order the rows list them. */
const ITEM_COLUMNS = [
	'id',
	'brand_id',
	'channel_id',
	'format',
	'title',
	'status',
	'scheduled_date',
	'scheduled_time',
	'time_zone',
	'scheduled_at',
	'owner_id'
];

export type SeedSummary = {
	workspaceId: string;
	userId: string;
	brandIds: string[];
	counts: Record<'brands' | 'items' | 'creators' | 'collaborations' | 'metricValues', number>;
};

export async function seedLarge(
	handle: Pick<Database, 'client' | 'db'>,
	scale: SeedScale = AGENCY,
	{ seed = 'freehold-large', now = Date.now() }: { seed?: string; now?: number } = {}
): Promise<SeedSummary> {
	const rand = random(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
	const account = await createAccount(handle.db, {
		name: 'Agency owner',
		email: LARGE_ACCOUNT.email,
		passwordHash: await hashPassword(LARGE_ACCOUNT.password),
		workspaceName: 'Cross-border agency'
	});
	if (!account.ok) throw new Error(`${LARGE_ACCOUNT.email} exists already: seed an empty database`);
	const { workspaceId, userId } = account;
	const insert = insertRows(handle.client);
	const counts = { brands: 0, items: 0, creators: 0, collaborations: 0, metricValues: 0 };

	const brandIds: string[] = [];
	const brandZone = new Map<string, string>();
	const brandChannels = new Map<string, string[]>();
	for (let b = 0; b < scale.brands; b++) {
		const id = newId();
		const zone = ZONES[b % ZONES.length];
		brandIds.push(id);
		brandZone.set(id, zone);
		const channels = await insertBrand(
			insert,
			{ id, workspaceId, zone },
			{
				name: `Brand ${String(b + 1).padStart(2, '0')}`,
				cadence: (kind) => (kind === 'email' || kind === 'storefront' ? 1 : 3)
			}
		);
		brandChannels.set(id, channels);
		counts.brands++;
	}

	// Calendar items: a brand's items spread over four years back and one ahead, published in the
	// past (a few skipped), planned ahead; times are market wall times with their instants.
	const first = addDays(today(ZONES[0], now), -4 * 365);
	for (const brandId of brandIds) {
		const zone = brandZone.get(brandId)!;
		const channels = brandChannels.get(brandId)!;
		const todayDay = today(zone, now);
		const rows: unknown[][] = [];
		for (let i = 0; i < scale.itemsPerBrand; i++) {
			const day = addDays(first, Math.floor(rand() * 5 * 365));
			const time = pick(TIMES);
			const instant = resolveWall(day, time, zone).instant;
			const past = day < todayDay;
			const status = past
				? rand() < 0.05
					? 'skipped'
					: 'published'
				: pick(['idea', 'draft', 'scheduled']);
			rows.push([
				newId(),
				brandId,
				pick(channels.slice(4)),
				pick(['short_video', 'carousel', 'story']),
				`Post ${i + 1}`,
				status,
				day,
				time,
				zone,
				instant,
				userId
			]);
		}
		await insert('content_items', ITEM_COLUMNS, rows);
		counts.items += rows.length;
	}

	// Creators, one profile each with a unique handle; follower counts log-normal-ish.
	const creatorIds: string[] = [];
	const creators: unknown[][] = [];
	const profiles: unknown[][] = [];
	for (let c = 0; c < scale.creators; c++) {
		const id = newId();
		creatorIds.push(id);
		creators.push([id, workspaceId, `Creator ${c + 1}`, pick(['US', 'DE', 'JP', 'GB', 'CN'])]);
		const handle = `creator_${c + 1}`;
		const followers = Math.round(1000 * Math.exp(rand() * 7));
		profiles.push([newId(), id, workspaceId, pick(PLATFORMS), handle, handle, followers]);
	}
	await insert('creators', ['id', 'workspace_id', 'name', 'country'], creators);
	await insert(
		'creator_profiles',
		['id', 'creator_id', 'workspace_id', 'platform', 'handle', 'handle_key', 'followers'],
		profiles
	);
	counts.creators = creators.length;

	const totalWeight = STAGE_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
	const stage = () => {
		let r = rand() * totalWeight;
		for (const [name, w] of STAGE_WEIGHTS) if ((r -= w) < 0) return name;
		return 'prospect';
	};
	const collaborations: unknown[][] = [];
	for (let k = 0; k < scale.collaborations; k++) {
		const changed = now - Math.floor(rand() * 2 * 365 * 86_400_000);
		collaborations.push([
			newId(),
			brandIds[k % brandIds.length],
			creatorIds[Math.floor(rand() * creatorIds.length)],
			stage(),
			'USD',
			changed
		]);
	}
	await insert(
		'collaborations',
		['id', 'brand_id', 'creator_id', 'stage', 'currency', 'stage_changed_at'],
		collaborations
	);
	counts.collaborations = collaborations.length;

	// Twenty metrics a brand, a value every day up to yesterday: stocks grow from a base with
	// noise, flows follow a weekday rhythm around a growing mean.
	for (const brandId of brandIds) {
		const zone = brandZone.get(brandId)!;
		const channels = brandChannels.get(brandId)!;
		const last = addDays(today(zone, now), -1);
		const start = addDays(last, -(scale.days - 1));
		const metricRows: unknown[][] = [];
		const valueRows: unknown[][] = [];
		CHANNELS.forEach(([, kinds], c) => {
			for (const kind of kinds) {
				const metricId = newId();
				metricRows.push([metricId, brandId, channels[c], kind, metricRows.length]);
				const stock = METRIC_INFO[kind].nature === 'stock';
				let level = 500 + Math.floor(rand() * 20_000);
				const growth = 0.0002 + rand() * 0.001;
				for (let d = 0; d < scale.days; d++) {
					const day = addDays(start, d);
					if (stock) level = Math.max(0, Math.round(level * (1 + growth) + (rand() - 0.4) * 10));
					const mean = (kind === 'revenue' ? 4_000 : 40) * (1 + (d / scale.days) * 2);
					const weekend = new Date(`${day}T00:00:00Z`).getUTCDay() % 6 === 0 ? 0.8 : 1;
					const value = stock
						? level
						: Math.max(0, Math.round(mean * weekend * (0.7 + rand() * 0.6)));
					valueRows.push([metricId, day, value]);
				}
			}
		});
		await insert('metrics', ['id', 'brand_id', 'channel_id', 'kind', 'position'], metricRows);
		await insert('metric_values', ['metric_id', 'day', 'value'], valueRows);
		counts.metricValues += valueRows.length;
	}
	return { workspaceId, userId, brandIds, counts };
}

/**
 * A launch month for the month view's worst case: one more brand of the workspace with `items`
 * calendar items inside `month` (YYYY-MM), spread over its days, channels and times. The bench
 * reads this brand's month to check what 2,000 items cost to send.
 */
export async function seedBusyMonth(
	handle: Pick<Database, 'client'>,
	{ workspaceId, userId }: Pick<SeedSummary, 'workspaceId' | 'userId'>,
	{ items, month, seed = 'freehold-busy' }: { items: number; month: string; seed?: string }
) {
	const rand = random(seed);
	const insert = insertRows(handle.client);
	const zone = ZONES[0];
	const brandId = newId();
	const channels = await insertBrand(
		insert,
		{ id: brandId, workspaceId, zone },
		{
			name: 'Launch brand',
			cadence: () => 3
		}
	);
	const first = `${month}-01`;
	const days = daysBetween(first, addDays(`${month}-28`, 4).slice(0, 7) + '-01');
	const rows: unknown[][] = [];
	for (let i = 0; i < items; i++) {
		const day = addDays(first, i % days);
		const time = TIMES[Math.floor(rand() * TIMES.length)];
		rows.push([
			newId(),
			brandId,
			channels[4 + Math.floor(rand() * (channels.length - 4))],
			'short_video',
			`Launch post ${i + 1}`,
			'scheduled',
			day,
			time,
			zone,
			resolveWall(day, time, zone).instant,
			userId
		]);
	}
	await insert('content_items', ITEM_COLUMNS, rows);
	return brandId;
}

type Insert = ReturnType<typeof insertRows>;

/** A brand with the twelve channels, all in its market zone; returns the channel ids in order. */
async function insertBrand(
	insert: Insert,
	brand: { id: string; workspaceId: string; zone: string },
	{ name, cadence }: { name: string; cadence: (kind: ChannelKind) => number }
) {
	const { id, workspaceId, zone } = brand;
	await insert(
		'brands',
		['id', 'workspace_id', 'name', 'niche', 'market_time_zone', 'target_markets'],
		[[id, workspaceId, name, 'niche goods', zone, '["US"]']]
	);
	const channels = CHANNELS.map(([kind], position) => [
		newId(),
		id,
		kind,
		CHANNEL_KINDS[kind].ownership,
		zone,
		position,
		cadence(kind)
	]);
	await insert(
		'channels',
		['id', 'brand_id', 'kind', 'ownership', 'time_zone', 'position', 'weekly_cadence'],
		channels
	);
	return channels.map((c) => String(c[0]));
}

/** Rows go in as multi-row INSERTs, all of one call in one write transaction. */
function insertRows(client: Client) {
	return async (table: string, columns: string[], rows: unknown[][]) => {
		const statements: InStatement[] = [];
		for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
			const chunk = rows.slice(i, i + ROWS_PER_INSERT);
			const marks = `(${columns.map(() => '?').join(', ')})`;
			statements.push({
				sql: `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => marks).join(', ')}`,
				args: chunk.flat() as InValue[]
			});
		}
		if (statements.length) await client.batch(statements, 'write');
	};
}
