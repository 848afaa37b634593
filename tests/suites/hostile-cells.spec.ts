import type { Client } from '@libsql/client';
import type { APIResponse } from '@playwright/test';
import { makeChannel, makeMetric } from '../../src/lib/server/testing/factories';
import { snapshot } from '../support/database';
import { test as roles } from '../support/roles';
import { createBrand, expect, type ApiUser } from '../support/support';

// Long cells (issue 15): one 100 kB cell sent to every import step, preview or straight to the
// confirmation (nobody has to look at a preview first). Each answer comes back quickly, never as a
// 5xx, names the row and column in the user's language, and the database is left as it was.

const KB_100 = 100_000;
/** The shape that froze the server for 61 s at 200 kB: a rate card of `a`, spaces and `b`. */
const SPACES = `a${' '.repeat(KB_100)}b`;
const DIGITS = '1'.repeat(KB_100);
/** Generous: a 100 kB cell is read in milliseconds; before the fix it took a minute. */
const ANSWER_WITHIN_MS = 5_000;

// Arranged in code: this spec is about the imports, not the channel and metric forms.
const test = roles.extend<{ brand: { brandId: string; sessionsId: string } }>({
	brand: async ({ once, owner, db }, use) => {
		const brand = once('brand', async () => {
			const brandId = await createBrand(owner, { name: 'Long cells brand' });
			const channelId = await makeChannel(db, brandId, 'storefront');
			return { brandId, sessionsId: await makeMetric(db, brandId, channelId, 'sessions') };
		});
		await use(await brand);
	}
});
test.use({ names: { owner: 'Long cells' } });

type Step = { action: string; fields: FormData };

/** Sends each step and checks the answer: quick, not 5xx, the message on the page, no writes. */
async function expectRefused(
	{ owner, client }: { owner: ApiUser; client: Client },
	path: string,
	steps: Step[],
	message: string
) {
	const before = await snapshot(client);
	for (const { action, fields } of steps) {
		const started = Date.now();
		const response: APIResponse = await owner.api.post(`${path}?/${action}`, {
			multipart: fields,
			maxRedirects: 0,
			timeout: 60_000
		});
		const took = Date.now() - started;
		expect(response.status(), `${action}: status`).toBeLessThan(500);
		expect(response.status(), `${action}: status`).not.toBe(303);
		expect(took, `${action}: answered in ${took} ms`).toBeLessThan(ANSWER_WITHIN_MS);
		expect(await response.text(), `${action}: row and column named`).toContain(message);
	}
	expect(await snapshot(client)).toEqual(before);
}

const form = (fields: Record<string, string | string[]>, file?: string) => {
	const data = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
	}
	if (file !== undefined) data.append('file', new File([file], 'long.csv', { type: 'text/csv' }));
	return data;
};
const TOKEN = 'a'.repeat(32);

test('the creator import: a 100 kB rate card is refused on its row, preview or not', async ({
	owner,
	client
}) => {
	const csv = `name,platform,handle,rate_card\r\nLong,tiktok,long_cells,"${SPACES}"\r\n`;
	await expectRefused(
		{ owner, client },
		`/w/${owner.workspaceId}/creators/import`,
		[
			{ action: 'preview', fields: form({ text: '' }, csv) },
			{ action: 'preview', fields: form({ text: csv }) },
			{ action: 'confirm', fields: form({ csv, token: TOKEN }) }
		],
		'Row 2, column “rate_card”: longer than 2000 characters.'
	);
});

test('the calendar import: a 100 kB channel is refused on its row, preview or not', async ({
	owner,
	client,
	brand: { brandId }
}) => {
	const csv = `title,date,time,channel,time_zone\r\nFine,2026-03-02,09:00,"${SPACES}",${DIGITS}\r\n`;
	await expectRefused(
		{ owner, client },
		`/w/${owner.workspaceId}/brands/${brandId}/calendar/import`,
		[
			{ action: 'preview', fields: form({ text: '' }, csv) },
			{ action: 'confirm', fields: form({ csv, token: TOKEN }) }
		],
		'Row 2, column “channel”: longer than 300 characters.'
	);
});

test('the audience import: a 100 kB Shopify value is refused on its row at every step', async ({
	owner,
	client,
	brand: { brandId, sessionsId }
}) => {
	const csv = `Day,Online store visitors,Sessions\r\n2026-03-02,10,12\r\n2026-03-03,11,${DIGITS}\r\n`;
	const mapping = {
		csv,
		fileName: 'long.csv',
		dateColumn: '0',
		dateFormat: 'iso',
		targets: ['', '', sessionsId]
	};
	await expectRefused(
		{ owner, client },
		`/w/${owner.workspaceId}/brands/${brandId}/dashboard/import`,
		[
			{ action: 'preview', fields: form({ text: '' }, csv) },
			{ action: 'map', fields: form(mapping) },
			{ action: 'confirm', fields: form(mapping) }
		],
		'Row 3: the cell in Sessions is longer than 100 characters; no day or number is that long.'
	);
});
