import type { Client } from '@libsql/client';
import { openE2eDatabase, openE2eDb, type E2eDb } from './database';
import { ApiUser, test as base } from './support';

/**
 * The people of one spec file, as fixtures: `owner` (signed up, with a workspace of their own),
 * `editor` and `viewer` (invited into the owner's workspace by link), `outsider` (a member of
 * another workspace). Each is made on first use and kept for the rest of the file, as a
 * `beforeAll` would, so serial journeys build on the same workspace; the next file gets new
 * people. `db` is the e2e server's database (`client` raw, `db` through drizzle, for the
 * factories of src/lib/server/testing).
 *
 * A spec adds its own arranged state the same way, once per file:
 *
 *     const test = base.extend<{ brandId: string }>({
 *       brandId: ({ once, owner }, use) => once('brandId', () => createBrand(owner)).then(use)
 *     });
 */
export type Roles = {
	owner: ApiUser;
	editor: ApiUser;
	viewer: ApiUser;
	outsider: ApiUser;
	/** The people's names, where a spec shows or checks them: `test.use({ names: { … } })`. */
	names: Partial<Record<'owner' | 'editor' | 'viewer' | 'outsider', string>>;
	/** A value made once per spec file, under a name (see above). */
	once: <T>(name: string, make: () => Promise<T>) => Promise<T>;
};

type Workers = { files: FileScope; client: Client; db: E2eDb };

/** What has been made for the spec file the worker is running; dropped when the next starts. */
class FileScope {
	#file = '';
	#values = new Map<string, Promise<unknown>>();

	async get<T>(file: string, name: string, make: () => Promise<T>): Promise<T> {
		if (file !== this.#file) {
			await this.dispose();
			this.#file = file;
		}
		let value = this.#values.get(name) as Promise<T> | undefined;
		if (!value) {
			value = make();
			this.#values.set(name, value);
		}
		return value;
	}

	async dispose() {
		const values = await Promise.allSettled(this.#values.values());
		this.#values.clear();
		await Promise.all(
			values.map((v) =>
				v.status === 'fulfilled' && v.value instanceof ApiUser ? v.value.dispose() : null
			)
		);
	}
}

export const test = base.extend<Roles, Workers>({
	files: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from its pattern
		async ({}, use) => {
			const files = new FileScope();
			await use(files);
			await files.dispose();
		},
		{ scope: 'worker' }
	],
	client: [
		// Opened on first use: the server writes where its database is only once it has started.
		// eslint-disable-next-line no-empty-pattern -- as above
		async ({}, use) => {
			const client = openE2eDatabase();
			await use(client);
			client.close();
		},
		{ scope: 'worker' }
	],
	db: [async ({ client }, use) => use(openE2eDb(client)), { scope: 'worker' }],
	once: async ({ files }, use, testInfo) => {
		await use((name, make) => files.get(testInfo.file, name, make));
	},
	names: [{}, { option: true }],
	owner: async ({ once, names, baseURL }, use) => {
		await use(await once('owner', () => ApiUser.signUp(baseURL!, names.owner ?? 'Owner')));
	},
	editor: async ({ once, names, owner, baseURL }, use) => {
		await use(
			await once('editor', () => member(owner, baseURL!, names.editor ?? 'Editor', 'editor'))
		);
	},
	viewer: async ({ once, names, owner, baseURL }, use) => {
		await use(
			await once('viewer', () => member(owner, baseURL!, names.viewer ?? 'Viewer', 'viewer'))
		);
	},
	outsider: async ({ once, names, baseURL }, use) => {
		await use(await once('outsider', () => ApiUser.signUp(baseURL!, names.outsider ?? 'Outsider')));
	}
});

async function member(owner: ApiUser, baseURL: string, name: string, role: 'editor' | 'viewer') {
	const user = await ApiUser.signUp(baseURL, name);
	await user.accept(await owner.invite(role));
	return user;
}

export { expect } from './support';
