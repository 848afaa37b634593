import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../domain/roles';
import { memberships } from './schema';
import { openDatabase, prepareDatabase, type Database } from './client';
import { createAccount } from '../queries/users';
import { hashPassword } from '../password';

/**
 * A throw-away database file migrated with the real `drizzle/` folder. Not `:memory:`: with
 * @libsql/client an in-memory database is lost on the connection a transaction opens.
 */
export async function createTestDatabase(): Promise<Database & { cleanup: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'freehold-test-'));
	const handle = openDatabase(`file:${join(dir, 'test.db')}`);
	await prepareDatabase(handle);
	return {
		...handle,
		cleanup() {
			handle.client.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

let counter = 0;
// Hashing is deliberately slow; factories share one hash of the default password.
let defaultHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'correct horse battery';

export async function makeUser(
	db: Database['db'],
	overrides: Partial<{ name: string; email: string; workspaceName: string }> = {}
) {
	counter += 1;
	defaultHash ??= hashPassword(TEST_PASSWORD);
	const email = overrides.email ?? `user${counter}-${Date.now()}@example.test`;
	const result = await createAccount(db, {
		name: overrides.name ?? `User ${counter}`,
		email,
		passwordHash: await defaultHash,
		workspaceName: overrides.workspaceName ?? `Workspace ${counter}`
	});
	if (!result.ok) throw new Error(`could not create ${email}: ${result.reason}`);
	return { ...result, email };
}

export async function addMember(
	db: Database['db'],
	workspaceId: string,
	userId: string,
	role: Role
) {
	await db.insert(memberships).values({ workspaceId, userId, role });
}
