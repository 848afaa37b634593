import { captionCheck, type Format, type Status } from '../../../domain/content';
import type { Rule } from '../../../domain/recurrence';
import { scheduleAt, UNSCHEDULED } from '../../../domain/schedule';
import { normaliseLineBreaks } from '../../../schemas/fields';
import type { Db } from '../../db/client';
import type { ContentItem } from '../../db/schema';
import { getChannel } from '../../queries/channels';
import * as items from '../../queries/items';
import * as series from '../../queries/series';
import { checkReferences, type ReferenceField } from '../references';

export type ItemScope = { workspaceId: string; brandId: string; marketTimeZone: string };

/** An item as the form sends it, validated: empty strings for "none chosen" and "no date". */
export type ItemDraft = {
	channelId: string;
	format: Format;
	title: string;
	brief: string;
	caption: string;
	pillarId: string;
	personaId: string;
	campaignId: string;
	ownerId: string;
	status: Status;
	linkUrl: string;
	publishedUrl: string;
	scheduledDate: string;
	scheduledTime: string;
};

export type ItemRefusal =
	| { reason: 'unknown-reference'; field: ReferenceField }
	| { reason: 'caption-over'; field: 'caption'; limit: number };

/** Every refusal of the draft at once (a form marks each field); the first as `reason`/`field`. */
export type Refused = { ok: false; refusals: ItemRefusal[] } & ItemRefusal;

/** What was stored, and how the DST rule changed or chose the time asked for (null: it did not). */
export type Stored = { input: items.ItemInput; adjustment: 'gap' | 'overlap' | null };

/**
 * A draft → what is stored, after the checks that need the database: every chosen id is the
 * brand's (the owner: the workspace's) and the caption fits the channel. The time is read in the
 * channel's zone (the brand's market without a channel).
 */
export async function prepareItem(
	db: Db,
	scope: ItemScope,
	draft: ItemDraft
): Promise<({ ok: true } & Stored) | Refused> {
	const { channelId, pillarId, personaId, campaignId, ownerId } = draft;
	const [checked, channel] = await Promise.all([
		checkReferences(db, scope, { channelId, pillarId, personaId, campaignId, ownerId }),
		channelId ? getChannel(db, scope.brandId, channelId) : null
	]);
	const refusals: ItemRefusal[] = checked.ok
		? []
		: checked.fields.map((field) => ({ reason: 'unknown-reference', field }));
	const caption = normaliseLineBreaks(draft.caption);
	const check = captionCheck(caption, channel?.kind ?? '');
	if (check.over) refusals.push({ reason: 'caption-over', field: 'caption', limit: check.limit! });
	if (refusals.length) return { ok: false, ...refusals[0], refusals };

	const zone = channel?.timeZone ?? scope.marketTimeZone;
	const scheduled = draft.scheduledDate
		? scheduleAt(draft.scheduledDate, draft.scheduledTime, zone)
		: { ...UNSCHEDULED, adjustment: null };
	const { adjustment, ...schedule } = scheduled;
	const input: items.ItemInput = {
		channelId: channelId || null,
		format: draft.format,
		title: draft.title,
		brief: normaliseLineBreaks(draft.brief),
		caption,
		pillarId: pillarId || null,
		personaId: personaId || null,
		campaignId: campaignId || null,
		ownerId: ownerId || null,
		status: draft.status,
		linkUrl: draft.linkUrl,
		publishedUrl: draft.publishedUrl,
		...schedule
	};
	return { ok: true, input, adjustment };
}

/**
 * A new item: one item, or (with a rule) the series and every occurrence in one transaction.
 * Answers the id of the item to open: the first occurrence.
 */
export async function createItem(
	db: Db,
	scope: ItemScope,
	{ draft, rule, userId }: { draft: ItemDraft; rule: Rule | null; userId: string }
): Promise<({ ok: true; id: string } & Stored) | Refused> {
	const prepared = await prepareItem(db, scope, draft);
	if (!prepared.ok) return prepared;
	const { input, adjustment } = prepared;
	if (!rule || !input.timeZone) {
		return {
			ok: true,
			id: await items.createItem(db, scope.brandId, input, userId),
			input,
			adjustment
		};
	}
	const { scheduledDate: _d, scheduledTime: _t, timeZone, scheduledAt: _a, ...rest } = input;
	// The time asked for, not the one saved on the first date: a DST gap moves that date only.
	const at = { time: draft.scheduledTime, zone: timeZone };
	const created = await series.createSeries(db, scope.brandId, rule, rest, at, userId);
	// The route's schema has already judged the rule with the same function: a refusal is a bug.
	if (!created.ok) throw new Error(`rule refused after validation: ${created.reason}`);
	return { ok: true, id: created.itemIds[0], input, adjustment };
}

/** The item as stored and its series' stamp, for the answer to a save that lost to another. */
export type Stale = { theirs: ContentItem; seriesStamp: string | null };

export type ItemSave =
	| ({
			ok: true;
			version: number;
			/** "Apply to the whole series": how many occurrences took it, and the dates a DST gap moved. */
			series: { updated: number; adjusted: string[] } | null;
	  } & Stored)
	| Refused
	| ({ ok: false; reason: 'conflict'; field?: undefined; wholeSeries: boolean } & Stale)
	| { ok: false; reason: 'not-found'; field?: undefined };

/**
 * An item's save, version-checked. With `wholeSeries` it also copies its content and time of day
 * to the series' unsettled occurrences (refused when the series changed since `seriesStamp`); an
 * item no longer in a series is saved alone. A stale save answers 'conflict' with the item as
 * stored; an item deleted meanwhile 'not-found'.
 */
export async function saveItem(
	db: Db,
	scope: ItemScope,
	input: {
		id: string;
		version: number;
		draft: ItemDraft;
		wholeSeries: boolean;
		seriesStamp: string;
	}
): Promise<ItemSave> {
	const { id, version, draft } = input;
	const prepared = await prepareItem(db, scope, draft);
	if (!prepared.ok) return prepared;
	const { input: stored, adjustment } = prepared;
	if (input.wholeSeries) {
		const expected = { version, stamp: input.seriesStamp };
		const time = draft.scheduledTime || null;
		const result = await series.saveSeries(db, scope.brandId, id, expected, stored, time);
		if (result.ok) {
			const { updated, adjusted } = result;
			return {
				ok: true,
				version: result.version,
				input: stored,
				adjustment,
				series: { updated, adjusted }
			};
		}
		if (result.reason === 'conflict') return stale(db, scope, id, true);
	}
	const result = await items.updateItem(db, scope.brandId, id, version, stored);
	if (!result.ok) return stale(db, scope, id, false);
	return { ok: true, version: result.version, input: stored, adjustment, series: null };
}

async function stale(
	db: Db,
	scope: ItemScope,
	id: string,
	wholeSeries: boolean
): Promise<ItemSave> {
	const theirs = await items.getItem(db, scope.brandId, id);
	if (!theirs) return { ok: false, reason: 'not-found' };
	const found = theirs.seriesId ? await series.getSeries(db, scope.brandId, theirs.seriesId) : null;
	return { ok: false, reason: 'conflict', wholeSeries, theirs, seriesStamp: found?.stamp ?? null };
}

/** Deletes the item, or it and every unpublished occurrence of its series. */
export async function deleteItem(
	db: Db,
	scope: Pick<ItemScope, 'brandId'>,
	{ id, wholeSeries }: { id: string; wholeSeries: boolean }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' }> {
	const deleted = wholeSeries
		? (await series.deleteSeriesFrom(db, scope.brandId, id)) > 0
		: await items.deleteItem(db, scope.brandId, id);
	return deleted ? { ok: true } : { ok: false, reason: 'not-found' };
}
