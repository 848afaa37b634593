import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, STATUSES } from '../../domain/content';
import {
	decodeCsv,
	previewImport,
	type ImportItem,
	type Vocabulary
} from '../../domain/item-import';
import { scheduleAt, UNSCHEDULED } from '../../domain/schedule';
import { contentItems } from '../db/schema';
import {
	createTestDatabase,
	makeBrand,
	makeChannel,
	makeUser,
	personaInput,
	pillarInput
} from '../testing';
import { createPillar } from './pillars';
import { createPersona } from './personas';
import { listItemsForExport, toCsv } from './export';
import { batchIds, getBatch, importItems, loadVocabulary, type Spellings } from './import';
import { createItem, type ItemInput } from './items';

let t: Awaited<ReturnType<typeof createTestDatabase>>;
let userId: string;
let brandId: string;
let otherBrandId: string;
let ny: string;
let berlin: string;
let pillarId: string;
let personaId: string;
let vocab: Vocabulary;

const spellings: Spellings = {
	channelKinds: (kind) => [kind[0].toUpperCase() + kind.slice(1)],
	formats: Object.fromEntries(FORMATS.map((f) => [f, [f]])) as Spellings['formats'],
	statuses: Object.fromEntries(STATUSES.map((s) => [s, [s]])) as Spellings['statuses']
};
const limits = { title: 200, brief: 5000, caption: 10000, url: 2000 };

const item = (title: string, extra: Partial<ImportItem> = {}): ImportItem => ({
	channelId: ny,
	format: 'other',
	title,
	brief: '',
	caption: '',
	pillarId: null,
	personaId: null,
	ownerId: null,
	status: 'draft',
	linkUrl: '',
	publishedUrl: '',
	...UNSCHEDULED,
	...extra
});

const countItems = async (b = brandId) =>
	(await t.db.select().from(contentItems).where(eq(contentItems.brandId, b))).length;

beforeAll(async () => {
	t = await createTestDatabase();
	const user = await makeUser(t.db, { name: 'Mei Lin' });
	userId = user.userId;
	const brand = { marketTimeZone: 'America/New_York', workspaceId: user.workspaceId };
	brandId = await makeBrand(t.db, user.workspaceId, { name: '大嚼家' });
	otherBrandId = await makeBrand(t.db, user.workspaceId, { name: 'Other' });
	const channel = (kind: 'instagram' | 'email', label: string, timeZone: string) =>
		makeChannel(t.db, brandId, kind, { label, weeklyCadence: 3, timeZone });
	ny = await channel('instagram', '', 'America/New_York');
	berlin = await channel('email', 'Newsletter DE', 'Europe/Berlin');
	pillarId = await createPillar(
		t.db,
		brandId,
		pillarInput({ name: 'Education', colour: '#1d4ed8', targetShare: 40 })
	);
	personaId = await createPersona(t.db, brandId, personaInput({ name: '大狗主人' }));
	vocab = await loadVocabulary(t.db, { ...brand, id: brandId }, spellings, limits);
});
afterAll(() => t.cleanup());

describe('loadVocabulary', () => {
	it('names channels by label first, then by kind; members by name and email', () => {
		expect(vocab.channels.map((c) => c.names)).toEqual([
			['Instagram', 'instagram', 'Instagram'],
			['Newsletter DE', 'email', 'Email']
		]);
		expect(vocab.members).toEqual([{ id: userId, names: ['Mei Lin', expect.any(String)] }]);
	});
});

describe('round trip', () => {
	it('rows the export writes re-import to the same items', async () => {
		const { adjustment: _gap, ...gap } = scheduleAt('2026-03-08', '02:30', 'America/New_York');
		const { adjustment: _ok, ...berlinTime } = scheduleAt('2026-03-10', '18:00', 'Europe/Berlin');
		const inputs: Omit<ItemInput, 'campaignId'>[] = [
			item('=HYPERLINK("http://evil.test")', {
				...gap,
				caption: '+1 line\r\nsecond; line, "quoted"',
				// Guarded after each separator in the export (Excel in German splits on `;`).
				brief: 'x;=1+1, -2; @3\t=4'
			}),
			item('大狗咬不烂的玩具', {
				...berlinTime,
				channelId: berlin,
				format: 'email',
				status: 'approved',
				brief: '@team 开箱视频',
				pillarId,
				personaId,
				ownerId: userId,
				linkUrl: 'https://shop.example/toy?utm_source=email',
				publishedUrl: 'https://shop.example/p/1'
			})
		];
		for (const input of inputs)
			await createItem(t.db, brandId, { ...input, campaignId: null }, userId);
		const csv = toCsv(await listItemsForExport(t.db, brandId, '2026-03-01', '2026-03-15'));
		const decoded = decodeCsv(new TextEncoder().encode(csv));
		if (!decoded.ok) throw new Error('export did not decode');
		const result = previewImport(decoded.text, vocab);
		if (!result.ok) throw new Error(JSON.stringify(result.problem));
		expect(result.ignored).toEqual(['utc', 'id']);
		expect(result.errors).toBe(0);
		const normalised = inputs.map((i) => ({ ...i, caption: i.caption.replace(/\r\n/g, '\n') }));
		expect(result.rows.map((r) => r.item)).toEqual(normalised);
		await t.db.delete(contentItems).where(eq(contentItems.brandId, brandId));
	});
});

describe('importItems', () => {
	it('writes every item in one go, and a second submit of the same batch writes nothing', async () => {
		const items = [item('one'), item('two', scheduleAt('2026-05-04', '09:00', 'America/New_York'))];
		const first = await importItems(t.db, brandId, 'token-1\u0000file', items, userId);
		expect(first).toMatchObject({ ok: true, items: 2 });
		const again = await importItems(t.db, brandId, 'token-1\u0000file', items, userId);
		expect(again).toEqual({ ok: false, reason: 'already-imported', batch: first.batch });
		expect(await countItems()).toBe(2);
		expect(await getBatch(t.db, brandId, first.batch)).toEqual({
			items: 2,
			firstDate: '2026-05-04'
		});
		// Same file, new preview token: a deliberate second import.
		expect(await importItems(t.db, brandId, 'token-2\u0000file', items, userId)).toMatchObject({
			ok: true
		});
		expect(await countItems()).toBe(4);
		// A batch is read within its brand only.
		expect(await getBatch(t.db, otherBrandId, first.batch)).toEqual({ items: 0, firstDate: null });
	});

	it('writes nothing when any row fails', async () => {
		const before = await countItems();
		const items = [
			...Array.from({ length: 250 }, (_, i) => item(`ok ${i}`)),
			item('bad', { channelId: 'no-such-channel' })
		];
		await expect(importItems(t.db, brandId, 'token-3', items, userId)).rejects.toThrow();
		expect(await countItems()).toBe(before);
	});

	it('gives every item of a batch a distinct 16-character id under the batch prefix', () => {
		const { batch, ids } = batchIds('seed', 2000);
		expect(new Set(ids).size).toBe(2000);
		expect(ids.every((id) => id.length === 16 && id.startsWith(batch))).toBe(true);
		expect(batchIds('seed', 3).ids).toEqual(ids.slice(0, 3));
		// A seed holds a whole file (up to the import limit): hashed once, not once per row.
		const started = performance.now();
		batchIds('x'.repeat(400_000), 2000);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});
