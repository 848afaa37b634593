/**
 * CSV import: the brand's vocabulary for matching names, and the one-transaction write of a batch.
 *
 * Idempotency without server state: a batch's item ids are derived from the brand, a random
 * token handed out with the preview and the exact file text. The first 8 characters name the
 * batch, so submitting the same confirmation again finds its items and writes nothing; a new
 * upload gets a new token and is a new batch.
 */
import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { and, eq, gte, lt, min, count } from 'drizzle-orm';
import type { Format, Status } from '../../domain/content';
import type { ImportItem, Vocabulary } from '../../domain/item-import';
import type { Db } from '../db/client';
import { contentItems } from '../db/schema';
import { listChannels } from './channels';
import { listPillars } from './pillars';
import { listPersonas } from './personas';
import { listMembers } from './workspaces';

export const BATCH_LENGTH = 8;
// 500 rows × ~20 columns keeps each INSERT well under SQLite's 32,766 bound parameters.
const CHUNK = 500;

// Node's native SHA-256: a batch hashes the whole file once and then a short string per row.
const hash = (text: string) =>
	encodeBase32LowerCaseNoPadding(createHash('sha256').update(text).digest());

/** The batch name and one id per item, all 16 characters like `newId()`. */
export function batchIds(seed: string, items: number) {
	// The seed holds the whole file: it is hashed once, and each id from that digest.
	const digest = hash(seed);
	const batch = digest.slice(0, BATCH_LENGTH);
	const ids = new Set<string>();
	for (let i = 0, attempt = 0; ids.size < items; attempt++) {
		const id = batch + hash(`${digest}\u0000${i}\u0000${attempt}`).slice(0, 16 - BATCH_LENGTH);
		if (!ids.has(id)) {
			ids.add(id);
			i++;
		}
	}
	return { batch, ids: [...ids] };
}

export const isBatch = (value: string) => new RegExp(`^[a-z2-7]{${BATCH_LENGTH}}$`).test(value);
// Ids are base32 (a–z, 2–7), so every id of a batch sorts in [batch, batch + '~').
const inBatch = (brandId: string, batch: string) =>
	and(
		eq(contentItems.brandId, brandId),
		gte(contentItems.id, batch),
		lt(contentItems.id, `${batch}~`)
	);

/** How many items a batch created (still there) and the first scheduled day among them. */
export async function getBatch(db: Db, brandId: string, batch: string) {
	const [row] = await db
		.select({ items: count(), firstDate: min(contentItems.scheduledDate) })
		.from(contentItems)
		.where(inBatch(brandId, batch));
	return { items: row?.items ?? 0, firstDate: row?.firstDate ?? null };
}

export type ImportOutcome =
	| { ok: true; batch: string; items: number }
	| { ok: false; reason: 'already-imported'; batch: string };

/**
 * Writes every item or none: one write transaction, refused when the batch is already there
 * (a second submit of the same confirmation). Ids of channels, pillars, personas and owners
 * must already be checked against the brand (the domain module does, from `loadVocabulary`).
 */
export async function importItems(
	db: Db,
	brandId: string,
	seed: string,
	items: ImportItem[],
	createdBy: string
): Promise<ImportOutcome> {
	const { batch, ids } = batchIds(`${brandId}\u0000${seed}`, items.length);
	return db.transaction(async (tx) => {
		const [existing] = await tx
			.select({ id: contentItems.id })
			.from(contentItems)
			.where(inBatch(brandId, batch))
			.limit(1);
		if (existing) return { ok: false as const, reason: 'already-imported' as const, batch };
		const rows = items.map((item, i) => ({ ...item, id: ids[i], brandId, createdBy }));
		for (let i = 0; i < rows.length; i += CHUNK) {
			await tx.insert(contentItems).values(rows.slice(i, i + CHUNK));
		}
		return { ok: true as const, batch, items: rows.length };
	});
}

/** Every accepted spelling of kinds, formats and statuses, in the languages we speak. */
export type Spellings = {
	channelKinds: (kind: string) => string[];
	formats: Record<Format, string[]>;
	statuses: Record<Status, string[]>;
};

/** The brand's channels, pillars, personas and the workspace's members, as names to match. */
export async function loadVocabulary(
	db: Db,
	brand: { id: string; workspaceId: string; marketTimeZone: string },
	spellings: Spellings,
	limits: Vocabulary['limits']
): Promise<Vocabulary> {
	const [channels, pillars, personas, members] = await Promise.all([
		listChannels(db, brand.id),
		listPillars(db, brand.id),
		listPersonas(db, brand.id),
		listMembers(db, brand.workspaceId)
	]);
	return {
		channels: channels.map((c) => {
			const kindNames = spellings.channelKinds(c.kind);
			return {
				id: c.id,
				label: c.label,
				kind: c.kind,
				timeZone: c.timeZone,
				// The label first (it wins over the kind's names), or the kind's name when unlabelled.
				names: [c.label || kindNames[0] || c.kind, c.kind, ...kindNames]
			};
		}),
		pillars: pillars.map((p) => ({ id: p.id, names: [p.name] })),
		personas: personas.map((p) => ({ id: p.id, names: [p.name] })),
		members: members.map((mem) => ({ id: mem.userId, names: [mem.name, mem.email] })),
		formats: spellings.formats,
		statuses: spellings.statuses,
		marketTimeZone: brand.marketTimeZone,
		limits
	};
}
