import { and, eq, gte, lt } from 'drizzle-orm';
import { METRIC_INFO, type MetricKind } from '../../domain/metrics';
import { goalPace } from '../../domain/pace';
import { addDays, today } from '../../domain/zoned-time';
import type { Db } from '../db/client';
import {
	annotations,
	brands,
	campaigns,
	channels,
	collaborations,
	contentItems,
	deliverables,
	goals,
	metrics,
	metricValues
} from '../db/schema';
import { newId } from '../db/ids';
import { random } from './demo-results';

/** Eighteen months of daily values, ending yesterday in the brand's market zone. */
export const DEMO_DAYS = 548;

type Stock = { from: number; to: number; curve: 's' | 'compound' };
type Flow = { from: number; to: number };
type Note = { daysAgo: number; text: string; kind?: MetricKind; channel?: string; lift: number };
type DemoAudience = {
	stocks: Record<string, Stock>; // channel kind → followers (or the owned channel's level)
	email: Stock;
	community: Stock;
	sessions: Flow;
	conversion: number;
	/** Average order value in major units of the brand currency. */
	orderValue: number;
	weekendSessions: number;
	notes: Note[];
};

// Levels picked so the owned share (email + community ÷ all audience) starts near 17 % and
// climbs past 22 %: the story of a brand moving its audience off rented land.
const PLANS: Record<string, DemoAudience> = {
	'Bump & Bloom': {
		stocks: {
			instagram: { from: 7200, to: 15800, curve: 's' },
			tiktok: { from: 1800, to: 10400, curve: 's' },
			pinterest: { from: 900, to: 2600, curve: 'compound' },
			amazon_posts: { from: 300, to: 1100, curve: 'compound' }
		},
		email: { from: 1900, to: 6900, curve: 'compound' },
		community: { from: 250, to: 1650, curve: 's' },
		sessions: { from: 320, to: 980 },
		conversion: 0.021,
		orderValue: 62,
		weekendSessions: 1.12,
		notes: [
			{ daysAgo: 400, text: 'Klaviyo welcome flow launched', kind: 'email_subscribers', lift: 0.8 },
			{ daysAgo: 210, text: 'Price test on bundles: mat + strap $79', kind: 'orders', lift: 0.4 },
			{ daysAgo: 95, text: 'Reel with @yogamama went viral', channel: 'instagram', lift: 6 },
			{
				daysAgo: 40,
				text: 'Bloom club moved to a private community',
				kind: 'community_members',
				lift: 1.5
			}
		]
	},
	'大嚼家 BigChew': {
		stocks: {
			instagram: { from: 4000, to: 9500, curve: 's' },
			youtube: { from: 1200, to: 5800, curve: 's' },
			tiktok: { from: 2500, to: 14000, curve: 'compound' },
			amazon_store: { from: 600, to: 2100, curve: 'compound' }
		},
		email: { from: 1800, to: 7400, curve: 's' },
		community: { from: 100, to: 2300, curve: 's' },
		sessions: { from: 260, to: 850 },
		conversion: 0.026,
		orderValue: 24,
		weekendSessions: 1.25,
		notes: [
			{ daysAgo: 300, text: 'Bark Club community opened', kind: 'community_members', lift: 2 },
			{ daysAgo: 180, text: 'Price test on bundles 捆绑价测试', kind: 'orders', lift: 0.4 },
			{ daysAgo: 130, text: 'YouTube chew test passed 200k views', channel: 'youtube', lift: 5 },
			{
				daysAgo: 60,
				text: 'Klaviyo welcome flow launched 欢迎邮件上线',
				kind: 'email_subscribers',
				lift: 0.8
			}
		]
	}
};

// Chinese New Year: the sourcing team is off, fewer posts go out and follower growth slows.
const NEW_YEAR = ['2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13'];

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

/** Black Friday: the day after the fourth Thursday of November. */
function blackFriday(year: number) {
	const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
	return `${year}-11-${String(1 + ((4 - first + 7) % 7) + 21 + 1).padStart(2, '0')}`;
}

/** Shopping seasons: Q4 builds to Black Friday–Cyber Monday, December tails off, January is slow. */
export function season(day: string) {
	const [year, month, date] = day.split('-').map(Number);
	const friday = blackFriday(year);
	const sinceFriday = Math.round((Date.parse(day) - Date.parse(friday)) / 86_400_000);
	if (sinceFriday >= 0 && sinceFriday <= 3) return [2.6, 2.0, 1.8, 2.4][sinceFriday];
	if (month === 11) return 1.25;
	if (month === 12) return date <= 20 ? 1.35 : 0.9;
	if (month === 1) return 0.85;
	return 1;
}

function newYearSlowdown(day: string) {
	return NEW_YEAR.some((d) => Math.abs(Date.parse(day) - Date.parse(d)) <= 7 * 86_400_000)
		? 0.55
		: 1;
}

/** A spike that fades: +lift on its day, halving about every `halfLife` days. */
type Spike = { day: string; lift: number; halfLife: number; channel?: string };
const spiked = (day: string, spikes: Spike[]) =>
	spikes.reduce((f, s) => {
		const after = Math.round((Date.parse(day) - Date.parse(s.day)) / 86_400_000);
		return after < 0 ? f : f + s.lift * 0.5 ** (after / s.halfLife);
	}, 1);

/**
 * Daily levels of a stock from `from` to `to`: net adds follow an S-curve or compounding growth,
 * shaped by the weekday, the season, spikes and noise, then scaled so the last day lands on `to`.
 */
export function stockSeries(
	days: string[],
	plan: Stock,
	shape: (day: string) => number,
	next: () => number
) {
	const n = days.length;
	const growth = (x: number) =>
		plan.curve === 's'
			? Math.exp(-6 * (x - 0.55)) / (1 + Math.exp(-6 * (x - 0.55))) ** 2
			: (plan.to / plan.from) ** x;
	const raw = days.map((day, i) => growth(i / n) * shape(day) * (0.6 + 0.8 * next()));
	const scale = (plan.to - plan.from) / raw.reduce((s, v) => s + v, 0);
	let level = plan.from;
	return raw.map((adds) => Math.round((level += adds * scale)));
}

type Generated = { kind: MetricKind; channel: string; values: number[] };

/** Every demo metric of one brand over `days`, deterministic for a seed. */
export function demoAudience(name: string, days: string[], spikes: Spike[], seed = name) {
	const plan = PLANS[name];
	if (!plan) return [];
	const next = random(seed);
	const social = (day: string) => (weekday(day) % 6 === 0 ? 0.8 : 1.05) * newYearSlowdown(day);
	const noteSpikes = (match: (note: Note) => boolean) =>
		plan.notes
			.filter(match)
			.map((n) => ({ day: addDays(days.at(-1)!, -n.daysAgo + 1), lift: n.lift, halfLife: 6 }));
	const out: Generated[] = [];
	for (const [channel, stock] of Object.entries(plan.stocks)) {
		const own = [
			...spikes.filter((s) => s.channel === channel),
			...noteSpikes((n) => n.channel === channel)
		];
		const shape = (day: string) => social(day) * spiked(day, own);
		out.push({ kind: 'followers', channel, values: stockSeries(days, stock, shape, next) });
	}
	const emailSpikes = [...spikes, ...noteSpikes((n) => n.kind === 'email_subscribers')];
	const list = stockSeries(days, plan.email, (d) => season(d) * spiked(d, emailSpikes), next);
	const unsubscribes = list.map((level, i) =>
		Math.round(level * 0.0007 * season(days[i]) * (0.5 + next()))
	);
	const signups = list.map(
		(level, i) => level - (i ? list[i - 1] : plan.email.from) + unsubscribes[i]
	);
	out.push({ kind: 'email_subscribers', channel: 'email', values: list });
	out.push({ kind: 'signups', channel: 'email', values: signups });
	out.push({ kind: 'unsubscribes', channel: 'email', values: unsubscribes });
	const communitySpikes = noteSpikes((n) => n.kind === 'community_members');
	const community = (d: string) => social(d) * spiked(d, communitySpikes);
	out.push({
		kind: 'community_members',
		channel: 'community',
		values: stockSeries(days, plan.community, community, next)
	});

	const orderSpikes = noteSpikes((n) => n.kind === 'orders');
	const sessions = days.map((day, i) => {
		const base = plan.sessions.from * (plan.sessions.to / plan.sessions.from) ** (i / days.length);
		const weekend = weekday(day) % 6 === 0 ? plan.weekendSessions : 1;
		return Math.round(base * weekend * season(day) * spiked(day, spikes) * (0.85 + 0.3 * next()));
	});
	const orders = sessions.map((s, i) => {
		const deal = season(days[i]) > 1.5 ? 1.3 : 1;
		return Math.round(
			s * plan.conversion * deal * spiked(days[i], orderSpikes) * (0.75 + 0.5 * next())
		);
	});
	out.push({ kind: 'sessions', channel: 'storefront', values: sessions });
	out.push({
		kind: 'visitors',
		channel: 'storefront',
		values: sessions.map((s) => Math.round(s * (0.74 + 0.08 * next())))
	});
	out.push({ kind: 'orders', channel: 'storefront', values: orders });
	out.push({
		kind: 'revenue',
		channel: 'storefront',
		values: orders.map((o) => Math.round(o * plan.orderValue * 100 * (0.85 + 0.3 * next())))
	});
	return out;
}

/** Creator content that went live and campaign starts: the spikes a seller would recognise. */
async function brandSpikes(db: Db, brandId: string, from: string, to: string): Promise<Spike[]> {
	const live = await db
		.select({ day: contentItems.scheduledDate, platform: deliverables.platform })
		.from(deliverables)
		.innerJoin(collaborations, eq(collaborations.id, deliverables.collaborationId))
		.innerJoin(contentItems, eq(contentItems.id, deliverables.contentItemId))
		.where(
			and(
				eq(collaborations.brandId, brandId),
				eq(contentItems.status, 'published'),
				gte(contentItems.scheduledDate, from),
				lt(contentItems.scheduledDate, to)
			)
		);
	const started = await db
		.select({ day: campaigns.startDate })
		.from(campaigns)
		.where(and(eq(campaigns.brandId, brandId), lt(campaigns.startDate, to)));
	return [
		...live.flatMap((r) =>
			r.day ? [{ day: r.day, lift: 1.2, halfLife: 3, channel: r.platform }] : []
		),
		...started.map((r) => ({ day: r.day, lift: 0.6, halfLife: 10 }))
	];
}

const BATCH = 2000;

/**
 * Metrics on each demo brand's channels with eighteen months of daily values ending yesterday
 * (market zone), hand-written notes, and two goals: one on track, one at risk (targets are set
 * from the seeded trend with pace.ts, so they read that way on the day of seeding).
 */
export async function seedDemoAudience(
	db: Db,
	workspaceId: string,
	userId: string | null,
	now = Date.now()
) {
	const demoBrands = await db.select().from(brands).where(eq(brands.workspaceId, workspaceId));
	for (const brand of demoBrands) {
		const plan = PLANS[brand.name];
		if (!plan) continue;
		const day = today(brand.marketTimeZone, now);
		const days = Array.from({ length: DEMO_DAYS }, (_, i) => addDays(day, i - DEMO_DAYS));
		const spikes = await brandSpikes(db, brand.id, days[0], day);
		const generated = demoAudience(brand.name, days, spikes);
		const brandChannels = await db.select().from(channels).where(eq(channels.brandId, brand.id));
		const ids = new Map<string, string>();
		const rows: (typeof metricValues.$inferInsert)[] = [];
		const metricRows = generated.flatMap((series, position) => {
			const channel = brandChannels.find((c) => c.kind === series.channel);
			if (!channel) return [];
			const id = newId();
			ids.set(`${series.channel}:${series.kind}`, id);
			series.values.forEach((value, i) => rows.push({ metricId: id, day: days[i], value }));
			return [{ id, brandId: brand.id, channelId: channel.id, kind: series.kind, position }];
		});
		const noteRows = plan.notes.map((note) => ({
			id: newId(),
			brandId: brand.id,
			day: addDays(day, -note.daysAgo),
			text: note.text,
			metricId: null,
			createdBy: userId
		}));
		const goalRows = demoGoals(brand.id, day, generated, ids, days, brand.currency, userId);
		// One transaction, big batches: ~6,600 rows a brand in well under a second.
		await db.transaction(async (tx) => {
			await tx.insert(metrics).values(metricRows);
			for (let i = 0; i < rows.length; i += BATCH)
				await tx.insert(metricValues).values(rows.slice(i, i + BATCH));
			await tx.insert(annotations).values(noteRows);
			if (goalRows.length) await tx.insert(goals).values(goalRows);
		});
	}
}

function demoGoals(
	brandId: string,
	day: string,
	generated: Generated[],
	ids: Map<string, string>,
	days: string[],
	currency: string,
	userId: string | null
) {
	const list = generated.find((g) => g.kind === 'email_subscribers');
	const revenue = generated.find((g) => g.kind === 'revenue');
	const listId = ids.get('email:email_subscribers');
	const revenueId = ids.get('storefront:revenue');
	if (!list || !revenue || !listId || !revenueId) return [];
	const projection = (series: Generated, startDay: string, dueDay: string) =>
		goalPace({
			nature: METRIC_INFO[series.kind].nature,
			target: Number.MAX_SAFE_INTEGER,
			startDay,
			dueDay,
			today: day,
			values: series.values.map((value, i) => ({ day: days[i], value }))
		});
	// On track: the list 80 % of the way to where its trend lands in three months.
	const listDue = addDays(day, 90);
	const listPace = projection(list, addDays(day, -30), listDue);
	const listTarget = listPace.current! + 0.8 * (listPace.projected! - listPace.current!);
	// At risk: this quarter's revenue a quarter above what the trend brings in.
	const revenueStart = addDays(day, -45);
	const revenueDue = addDays(day, 45);
	const revenuePace = projection(revenue, revenueStart, revenueDue);
	const unit = currency === 'JPY' ? 100 : 10_000;
	return [
		{
			id: newId(),
			brandId,
			metricId: listId,
			target: Math.floor(listTarget / 100) * 100,
			startDay: addDays(day, -30),
			dueDay: listDue,
			note: 'Grow the list with the welcome flow and the holiday lead magnet.',
			createdBy: userId
		},
		{
			id: newId(),
			brandId,
			metricId: revenueId,
			target: Math.ceil((revenuePace.projected! * 1.25) / unit) * unit,
			startDay: revenueStart,
			dueDay: revenueDue,
			note: 'Storefront revenue this quarter: more of it from owned channels.',
			createdBy: userId
		}
	];
}
