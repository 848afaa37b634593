import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreatorCsvVocabulary } from '../../../domain/creator-csv';
import { creators } from '../../db/schema';
import { createTestDatabase, makeUser } from '../../testing';
import { checkCreatorImport, importCreatorFile } from './creators';

// A race lost to someone else's import cannot be staged from one connection: `race` makes the
// write answer it once, as the query does when the unique handle index refuses a profile.
const race = vi.hoisted(() => ({ next: false }));
vi.mock('../../queries/creator-import', async (original) => {
	const actual = await original<typeof import('../../queries/creator-import')>();
	return {
		...actual,
		importCreators: (...args: Parameters<typeof actual.importCreators>) => {
			if (!race.next) return actual.importCreators(...args);
			race.next = false;
			return Promise.resolve({ ok: false, reason: 'conflict' });
		}
	};
});

const test = await createTestDatabase();
const db = test.db;
afterAll(() => test.cleanup());

const vocabulary = { platforms: {}, kinds: {} } as unknown as CreatorCsvVocabulary;
let scope: { workspaceId: string; userId: string };

beforeAll(async () => {
	scope = await makeUser(db);
});

const GOOD = 'name,platform,handle\nMia,tiktok,mia\nMia,instagram,mia_ig\n';
const token = (n: number) => String(n).padStart(32, 'a');
const names = async () =>
	(await db.select().from(creators).where(eq(creators.workspaceId, scope.workspaceId))).length;

describe('checkCreatorImport', () => {
	it('says per row what confirming would do, and counts it', async () => {
		const checked = await checkCreatorImport(db, scope, { text: GOOD, vocabulary });
		expect(checked).toMatchObject({ ok: true, counts: { creators: 1, profiles: 2, skipped: 0 } });
	});

	it('answers file for a file without a name column', async () => {
		expect(await checkCreatorImport(db, scope, { text: 'x\n1\n', vocabulary })).toMatchObject({
			ok: false,
			reason: 'file',
			problem: { code: 'no_column' }
		});
	});
});

describe('importCreatorFile', () => {
	it('writes once; the same confirmation again is already-imported', async () => {
		const first = await importCreatorFile(db, scope, { text: GOOD, token: token(1), vocabulary });
		expect(first).toMatchObject({ ok: true, creators: 1, profiles: 2 });
		const again = await importCreatorFile(db, scope, { text: GOOD, token: token(1), vocabulary });
		expect(again).toMatchObject({ ok: false, reason: 'already-imported' });
		expect(await names()).toBe(1);
	});

	it('answers not-ready for refused rows and file for an unreadable file, writing nothing', async () => {
		const bad = 'name,platform,handle\n,tiktok,nobody\n';
		expect(
			await importCreatorFile(db, scope, { text: bad, token: token(2), vocabulary })
		).toMatchObject({ ok: false, reason: 'not-ready', checked: { parsed: { errors: 1 } } });
		expect(
			await importCreatorFile(db, scope, { text: '', token: token(3), vocabulary })
		).toMatchObject({ ok: false, reason: 'file' });
		expect(await names()).toBe(1);
	});

	it('answers conflict with the directory checked again when another import won the race', async () => {
		race.next = true;
		const text = 'name,platform,handle\nZed,tiktok,zed\n';
		expect(await importCreatorFile(db, scope, { text, token: token(4), vocabulary })).toMatchObject(
			{
				ok: false,
				reason: 'conflict',
				checked: { counts: { creators: 1 } }
			}
		);
	});
});
