import Papa from 'papaparse';
import { contentItems } from '../../src/lib/server/db/schema';
import { itemInput, makeChannel } from '../../src/lib/server/testing/factories';
import { test } from '../support/roles';
import { createBrand, expect } from '../support/support';

test.use({ names: { owner: 'Exporter', viewer: 'Export viewer' } });

test('CSV export of a week: real rows, Excel-safe, for viewers too, bad ranges refused', async ({
	owner,
	viewer,
	db
}) => {
	const brandId = await createBrand(owner, { name: '大嚼家 Export' });
	const channelId = await makeChannel(db, brandId, 'instagram', { timeZone: 'Europe/London' });
	const insert = (id: string, title: string, date: string, caption: string) =>
		db.insert(contentItems).values({
			...itemInput({ channelId, title, caption, status: 'scheduled' }),
			id,
			brandId,
			scheduledDate: date,
			scheduledTime: '09:00',
			timeZone: 'Europe/London',
			scheduledAt: Date.parse(`${date}T09:00:00Z`)
		});
	await insert(`a-${brandId}`, '咬力测试, "round 2" 🐶', '2026-12-01', '=HYPERLINK("http://x")');
	await insert(`b-${brandId}`, 'Out of range', '2026-12-08', '');

	const url = `/w/${owner.workspaceId}/brands/${brandId}/calendar/export.csv?from=2026-11-30&to=2026-12-07`;
	const response = await owner.api.get(url);
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(response.headers()['content-disposition']).toContain('attachment;');
	const text = await response.text();
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
		header: true,
		skipEmptyLines: true
	});
	expect(parsed.data).toHaveLength(1);
	expect(parsed.data[0]).toMatchObject({
		date: '2026-12-01',
		time: '09:00',
		time_zone: 'Europe/London',
		utc: '2026-12-01T09:00:00.000Z',
		title: '咬力测试, "round 2" 🐶',
		caption: `'=HYPERLINK("http://x")`
	});

	expect((await viewer.api.get(url)).status()).toBe(200);

	const bad = await owner.api.get(
		`/w/${owner.workspaceId}/brands/${brandId}/calendar/export.csv?from=2026-12-07&to=2026-11-30`
	);
	expect(bad.status()).toBe(400);
});
